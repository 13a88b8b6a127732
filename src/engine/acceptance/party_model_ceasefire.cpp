// party_model_ceasefire.cpp — party utilities for line, status, separation, monitoring, foreign
// forces and limits on Ukraine's forces. Data, not logic (see party_model.h).
// Utility order in every row: {Ukraine, Russia, United States, Europe}, points −100 … +100.
#include "engine/acceptance/party_model_data.h"

namespace armistice::party_model_data {

using S = SourceId;

DimensionModel line() {
    return {Dim::Line, {16, 30, 8, 10}, S::Seed001,
            "territory is the core of both sides' stated demands (Russia's June 2024 demand; "
            "Ukraine's official position); weights are assumptions",
            {
                {"borders_1991", {100, -100, 40, 50}, S::Seed001,
                 "Ukraine's official aim is all its territory, Crimea included; Russia will not "
                 "give up annexed land (seed 003); West supports sovereignty (assumption on size)"},
                {"lines_2022", {70, -80, 35, 45}, S::Seed003,
                 "Putin invaded because he found the pre-2022 situation unacceptable"},
                {"after_gains", {60, -70, 30, 40}, S::Seed003,
                 "retaking Melitopol and the nuclear plant decides Ukraine's viability"},
                {"current_line", {-20, 30, 10, 0}, S::Seed001,
                 "Ukraine might accept a freeze only without recognition; seed 003: a freeze is "
                 "the best Russia would concede; US wants a quick end (assumption)"},
                {"donetsk_withdrawal", {-80, 70, 0, -30}, S::Reported2025,
                 "reported 2025 US drafts; Ukraine refuses to leave land it holds (seed 000)"},
                {"four_oblasts", {-100, 100, -40, -60}, S::Seed001,
                 "Russia's June 2024 demand; seed 001 calls it unacceptable to Ukraine and partners"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel status() {
    return {Dim::Status, {8, 12, 6, 7}, S::Seed001,
            "recognition is the condition attached to Ukraine's possible acceptance of a freeze",
            {
                {"no_recognition", {20, -30, 10, 20}, S::Seed001,
                 "freeze acceptable to Ukraine only without legal recognition of Russian gains"},
                {"intl_administration", {10, -60, 10, 15}, S::Seed000,
                 "special status instead of cession (seed 000); Russia losing control is an "
                 "assumption of strong opposition"},
                {"de_facto", {-40, 40, 0, -20}, S::Reported2025,
                 "US proposals of 2025 as reported; intensities are assumptions"},
                {"de_jure_crimea", {-80, 60, -10, -50}, S::Reported2025,
                 "US 'final offer' Apr 2025 as reported; Ukraine rejects legal recognition (seed 001)"},
                {"de_jure", {-100, 100, -40, -90}, S::Seed001,
                 "follows from Russia's June 2024 demand; Europe bound by Helsinki principles (seed 002)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel separation() {
    return {Dim::Separation, {3, 3, 2, 3}, S::Seed004,
            "seed 004 puts separation of forces first in the ceasefire track; weights assumed",
            {
                {"none", {-20, 0, -20, -20}, S::Seed003,
                 "the 2014-22 ceasefire without separation never stopped the fire"},
                {"pullback", {0, 10, 0, 0}, S::Historical, "Minsk II heavy-weapon lines"},
                {"dmz_narrow", {20, 10, 20, 20}, S::Seed004,
                 "demilitarised zones prevent incidents; Russia's view is an assumption"},
                {"dmz_wide", {30, 0, 25, 25}, S::Seed004,
                 "wider separation, Korean pattern; Russia's view is an assumption"},
                {"buffer_zone", {-50, 40, 0, -20}, S::Reported2025,
                 "buffer made of land Ukraine leaves (2025 drafts as reported)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel monitoring() {
    return {Dim::Monitoring, {5, 5, 6, 6}, S::Seed000,
            "enforcement is central for seed 000; who provides it is a cost for the West",
            {
                {"none", {-40, 20, -20, -30}, S::Assumption, "no one watches the line"},
                {"observers_with_party", {-30, 40, -10, -20}, S::Historical,
                 "OSCE mission under Minsk could only report"},
                {"neutral_observers", {20, 20, 20, 20}, S::Seed004,
                 "neutral non-aligned observers acceptable to both (seed 004); Russia's view assumed"},
                {"tech_monitoring", {30, -10, 20, 30}, S::Reported2025,
                 "US-led satellite monitoring, 2025 counter-proposals as reported"},
                {"neutral_armed_force", {50, -30, 30, 30}, S::Seed000,
                 "a force that may use force against violations; Russian dislike assumed"},
                {"western_force", {70, -100, -50, -10}, S::Seed000,
                 "NATO/EU peacekeepers on the line (seed 000); Russia refuses Western troops "
                 "(seed 001); US sends no troops and Europe is not ready (seed 001)"},
                {"force_with_party", {-80, 60, -30, -50}, S::Historical,
                 "Russian-provided peacekeepers: 3 of 4 cases broke down"},
                {"us_led_international", {60, -45, 5, 40}, S::Reported2025,
                 "2025-26 European and Ukrainian proposals as reported; Russia objects to "
                 "Western-led monitoring (intensities assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel foreign_forces() {
    return {Dim::ForeignForces, {4, 10, 4, 6}, S::Seed001,
            "Russia treats Western presence as a core issue (veto over guarantees, seed 001)",
            {
                {"not_addressed", {0, -20, 0, 0}, S::Assumption,
                 "silence leaves Western deployments possible, which Russia dislikes"},
                {"banned", {-60, 80, 0, -30}, S::Seed002,
                 "no NATO infrastructure in Ukraine (seed 002); Ukraine loses a deterrent option"},
                {"trainers", {20, -20, 10, 10}, S::Seed001,
                 "trainers are no deterrent and leave before a war"},
                {"reassurance", {40, -50, 10, 10}, S::Reported2025,
                 "coalition of the willing (2026) as reported; intensities assumed"},
                {"tripwire", {60, -100, 0, -20}, S::Seed001,
                 "a tripwire would put European states at war, without a US backstop"},
                {"bases", {70, -100, -10, -20}, S::Seed000,
                 "fallback of seed 000 if Russia refuses; Russia rejects Western troops"},
                {"no_nato_command", {10, -10, 5, 15}, S::Reported2025,
                 "E3 counter as reported: leaves national presences open (intensities assumed)"},
                {"unrestricted", {40, -80, 0, 10}, S::Reported2025,
                 "London counter as reported; Russia rejects any Western troops (assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
                {"us_troops", {80, -100, -80, 50}, S::Reported2025,
                 "Kyiv wants US soldiers in any deterrent force; Washington ruled them out in 2025; "
                 "Russia rejects any Western troops; intensities assumed"},
            }};
}

DimensionModel ukraine_forces() {
    return {Dim::UkraineForces, {10, 10, 6, 8}, S::Seed001,
            "the central conflict per seed 001: Russia wants a weakened Ukraine, Ukraine the "
            "means to deter",
            {
                {"none", {40, -60, 20, 30}, S::Seed001,
                 "Ukraine needs the ability to defend itself; Russia demands caps"},
                {"cap_800k", {20, -30, 20, 25}, S::Reported2025,
                 "European counter-proposal, Nov 2025, as reported"},
                {"cap_600k", {-30, 20, 0, -10}, S::Reported2025, "US 28-point draft as reported"},
                {"long_range_limits", {-20, 20, 0, 0}, S::Seed001,
                 "limits on offensive weapons could be discussed if Russia accepted NATO membership"},
                {"istanbul_caps", {-80, 70, -40, -50}, S::Seed001,
                 "Istanbul 2022 caps; massive limits unacceptable to Ukraine"},
                {"demilitarisation", {-100, 100, -60, -80}, S::Seed001,
                 "Russia's June 2024 demand; completely unacceptable to Ukraine and partners"},
                {"aid_halt", {-80, 70, 0, -50}, S::Reported2025,
                 "Russia's condition of Mar 2025 as reported; Ukraine and Europe call it a "
                 "path to defeat (intensities assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

}  // namespace armistice::party_model_data
