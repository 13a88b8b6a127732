// acceptance_seed_scenarios.h — the seeds' proposals built in code for the acceptance and legal
// tests and the search benchmark (bench/acceptance_bench.cpp). They mirror scenarios/*.json
// (committed presets) clause for clause, so the tests do not depend on the file loader.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/scenario.h"

namespace armistice::test_seeds {

struct Preset {
    std::string id;
    std::vector<std::pair<std::string, std::string>> clauses;  // dimension id, option id
    std::vector<std::pair<Lever, double>> context;             // overrides of the defaults
};

inline Scenario make(const std::vector<std::pair<std::string, std::string>>& clauses,
                     const std::vector<std::pair<Lever, double>>& context = {}) {
    Scenario s;
    const Catalog& cat = catalog();
    for (const auto& [dim, opt] : clauses) {
        const auto d = cat.find_dimension(dim);
        const auto o = d ? cat.find_option(*d, opt) : std::nullopt;
        if (!o) {
            s.name = "bad clause " + dim + "." + opt;  // makes tests fail loudly
            continue;
        }
        s.set_choice(*d, *o);
    }
    for (const auto& [lever, v] : context) s.context.set(lever, v);
    return s;
}

inline Scenario make_preset(const Preset& p) {
    Scenario s = make(p.clauses, p.context);
    s.base_preset = p.id;
    return s;
}

inline const std::vector<Preset>& presets() {
    static const std::vector<Preset> list = {
        {"armed_neutrality_settlement",
         {{"line", "current_line"}, {"alignment", "armed_neutrality"}, {"foreign_forces", "banned"},
          {"european_security", "cfe_ceilings"}, {"process", "two_tracks"}},
         {}},
        {"enforced_armistice",
         {{"line", "current_line"}, {"status", "intl_administration"}, {"alignment", "nato_deferred"},
          {"guarantee", "bilateral_pact"}, {"monitoring", "western_force"},
          {"black_sea", "supervised_trade"}, {"breach_response", "automatic_and_readiness"},
          {"sanctions", "kept_until_settlement"}},
         {}},
        {"european_tripwire",
         {{"line", "current_line"}, {"status", "no_recognition"}, {"alignment", "nato_deferred"},
          {"guarantee", "european_tripwire"}, {"foreign_forces", "tripwire"},
          {"sanctions", "kept_until_settlement"}},
         {}},
        {"freeze_no_recognition",
         {{"line", "current_line"}, {"status", "no_recognition"}, {"monitoring", "neutral_observers"},
          {"humanitarian", "prisoner_exchange"}, {"eu_accession", "path_open"}},
         {}},
        {"imposed_armistice",
         {{"line", "current_line"}, {"status", "no_recognition"}, {"monitoring", "western_force"},
          {"foreign_forces", "bases"}, {"guarantee", "bilateral_pact"},
          {"sanctions", "escalated_secondary"}, {"breach_response", "automatic_and_readiness"}},
         {{Lever::SanctionsPressure, 9}}},
        {"israel_model",
         {{"line", "current_line"}, {"status", "no_recognition"}, {"alignment", "nato_deferred"},
          {"guarantee", "israel_model_indirect_us"}, {"sanctions", "kept_until_settlement"},
          {"assets", "to_ukraine"}},
         {}},
        {"istanbul_neutrality",
         {{"line", "current_line"}, {"status", "no_recognition"}, {"alignment", "istanbul_neutrality"},
          {"guarantee", "guarantor_group_veto"}, {"ukraine_forces", "istanbul_caps"},
          {"foreign_forces", "banned"}},
         {}},
        {"liberate_first",
         {{"line", "after_gains"}, {"status", "no_recognition"}, {"zaporizhzhia_npp", "ukrainian"},
          {"guarantee", "israel_model"}, {"sanctions", "kept_until_settlement"},
          {"assets", "to_ukraine"}},
         {{Lever::WesternAid, 150}, {Lever::BattlefieldTrend, 0.5}}},
        {"nato_norway",
         {{"line", "current_line"}, {"status", "no_recognition"}, {"alignment", "nato_norway"},
          {"guarantee", "article5"}, {"foreign_forces", "banned"},
          {"sanctions", "kept_until_settlement"}, {"assets", "to_ukraine"}},
         {}},
        {"nato_west_germany",
         {{"line", "current_line"}, {"status", "no_recognition"}, {"alignment", "nato_west_germany"},
          {"guarantee", "article5"}, {"sanctions", "kept_until_settlement"}, {"assets", "to_ukraine"}},
         {}},
        {"no_agreement", {{"process", "no_agreement"}}, {}},
        {"russia_june_2024",
         {{"line", "four_oblasts"}, {"status", "de_jure"}, {"alignment", "demilitarised_neutrality"},
          {"ukraine_forces", "demilitarisation"}, {"foreign_forces", "banned"},
          {"guarantee", "guarantor_group_veto"}, {"sanctions", "lifted"}, {"assets", "returned"},
          {"reparations", "claims_waived"}, {"european_security", "basing_limits"},
          {"elections", "before_treaty"}},
         {}},
        {"two_track_ceasefire",
         {{"line", "current_line"}, {"status", "no_recognition"}, {"separation", "dmz_wide"},
          {"monitoring", "neutral_observers"}, {"implementation", "commission_third_party"},
          {"humanitarian", "prisoner_exchange"}, {"sanctions", "kept_until_settlement"},
          {"process", "two_tracks"}},
         {}},
        {"two_track_political",
         {{"line", "borders_1991"}, {"status", "no_recognition"}, {"separation", "dmz_wide"},
          {"monitoring", "neutral_armed_force"}, {"implementation", "compliance_commission"},
          {"humanitarian", "full"}, {"reparations", "russia_pays"},
          {"relations", "diplomatic_restored"}, {"sanctions", "phased_snapback"},
          {"process", "two_tracks"}},
         {}},
    };
    return list;
}

}  // namespace armistice::test_seeds
