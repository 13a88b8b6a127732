// legal.cpp — applies the legal rule table to a scenario (see legal.h).
#include "engine/legal/legal.h"

#include <algorithm>
#include <array>

#include "engine/legal/legal_rules_data.h"

namespace armistice {

namespace {

struct PrincipleText {
    std::string_view id;
    std::string_view label;  // string-table key (data/strings/en/engine_law.csv)
};

constexpr std::array<PrincipleText, static_cast<std::size_t>(Principle::Count)> kPrinciples = {{
    {"un_charter_2_4", "law.principle.un_charter_2_4"},
    {"helsinki_frontiers", "law.principle.helsinki_frontiers"},
    {"helsinki_territorial_integrity", "law.principle.helsinki_territorial_integrity"},
    {"helsinki_non_intervention", "law.principle.helsinki_non_intervention"},
    {"budapest_memorandum", "law.principle.budapest_memorandum"},
    {"nato_russia_founding_act", "law.principle.nato_russia_founding_act"},
    {"osce_istanbul_charter", "law.principle.osce_istanbul_charter"},
    {"geneva_iii_118", "law.principle.geneva_iii_118"},
    {"internal_consistency", "law.principle.internal_consistency"},
}};

std::string qualified(const Catalog::Ref& r) {
    const Dimension& d = catalog().at(r.dim);
    return std::string(d.id) + "." + std::string(d.options[r.option].id);
}

}  // namespace

std::string_view principle_id(Principle p) { return kPrinciples[static_cast<std::size_t>(p)].id; }
std::string_view principle_label(Principle p) {
    return kPrinciples[static_cast<std::size_t>(p)].label;
}
std::string_view legal_status_id(LegalStatus s) {
    switch (s) {
        case LegalStatus::Violates: return "violates";
        case LegalStatus::InTension: return "in_tension";
        case LegalStatus::Consistent: return "consistent";
    }
    return "consistent";
}

const std::vector<LegalRule>& legal_rules() {
    static const std::vector<LegalRule> table = [] {
        std::vector<LegalRule> all = legal_data::principle_rules();
        std::vector<LegalRule> more = legal_data::consistency_rules();
        all.insert(all.end(), std::make_move_iterator(more.begin()),
                   std::make_move_iterator(more.end()));
        return all;
    }();
    return table;
}

std::vector<LegalFinding> check_legal(const Scenario& s) {
    std::vector<LegalFinding> out;
    static const Catalog::Ref none = option_ref("process.no_agreement");
    if (s.choice(none.dim) == none.option) {
        out.push_back({"un.no_agreement", Principle::UnCharter2_4, LegalStatus::Violates,
                       "process.no_agreement", "", Message{"law.un.no_agreement", {}}});
        return out;
    }
    for (const LegalRule& rule : legal_rules()) {
        const Catalog::Ref c = option_ref(rule.clause);
        if (s.choice(c.dim) != c.option) continue;
        std::string related;
        if (!rule.with.empty()) {
            for (std::string_view w : rule.with) {
                const Catalog::Ref r = option_ref(w);
                if (s.choice(r.dim) == r.option) {
                    related = qualified(r);
                    break;
                }
            }
            if (related.empty()) continue;
        }
        out.push_back({rule.id, rule.principle, rule.status, qualified(c), related,
                       Message{rule.explanation, {}}});
    }
    std::stable_sort(out.begin(), out.end(), [](const LegalFinding& a, const LegalFinding& b) {
        return static_cast<int>(a.status) < static_cast<int>(b.status);
    });
    return out;
}

const std::vector<std::pair<Catalog::Ref, Catalog::Ref>>& hard_contradictions() {
    static const std::vector<std::pair<Catalog::Ref, Catalog::Ref>> pairs = [] {
        std::vector<std::pair<Catalog::Ref, Catalog::Ref>> out;
        for (const LegalRule& rule : legal_rules()) {
            if (rule.principle != Principle::InternalConsistency ||
                rule.status != LegalStatus::Violates) {
                continue;
            }
            for (std::string_view w : rule.with) {
                out.emplace_back(option_ref(rule.clause), option_ref(w));
            }
        }
        return out;
    }();
    return pairs;
}

}  // namespace armistice
