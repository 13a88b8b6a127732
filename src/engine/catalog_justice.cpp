// catalog_justice.cpp — catalog data for the two dimensions the 2025 texts needed and the first
// catalog lacked (issue #11 item 4): a special status for the occupied areas, and accountability
// for the war (prosecution of aggression or war crimes; amnesty is the amnesty dimension's).
//
// Data, not logic. Option order within a dimension is APPEND-ONLY (see catalog.h). Both default
// to an option every party values at 0, so older links and files keep their verdicts.
#include "engine/catalog_data.h"

namespace armistice::catalog_data {

using M = Mechanism;
using S = SourceId;
using St = Stance;

namespace {

Option left_open() {
    return {"left_open",
            "Left open for later talks",
            "The text leaves this question to later talks; each party values it at what it "
            "expects those talks to give it, not as a position.",
            {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
            make_mechanisms({}),
            ClauseKind::LeftOpen};
}

}  // namespace

Dimension special_status() {
    return {Dim::SpecialStatus,
            "special_status",
            "Special status of occupied areas",
            "Do the areas Russia occupies get a special self-government regime, and under whose "
            "sovereignty?",
            Track::Political,
            0,
            {
                {"none",
                 "No special status",
                 "No special regime: Ukraine's constitution and its general decentralisation "
                 "laws apply wherever it governs.",
                 {{S::Assumption, St::Describes, "default: older links and files meant this"}},
                 make_mechanisms({})},
                {"under_sovereignty",
                 "Special status under Ukrainian sovereignty",
                 "The areas return to Ukraine with self-government written into its law: local "
                 "elections, local police, a say in appointing judges and prosecutors.",
                 {{S::Historical, St::Describes,
                   "Minsk II (Package of Measures, 12 Feb 2015), points 4, 9 and 11: local "
                   "elections, a permanent special-status law and constitutional decentralisation "
                   "before Ukraine regains the border"},
                  {S::Reported2025, St::Describes,
                   "not in the 2025-26 texts as reported: they freeze control instead"}},
                 make_mechanisms({M::SpecialStatus})},
                {"autonomy_guarantees",
                 "Autonomy with Russian-language guarantees",
                 "Wide autonomy for the areas inside Ukraine, with guarantees for the Russian "
                 "language, local militias and cross-border ties with Russian regions.",
                 {{S::Historical, St::Describes,
                   "the footnote to Minsk II point 11 listed language self-determination, local "
                   "people's militias and cross-border cooperation with Russian regions"},
                  {S::Reported2025, St::Describes,
                   "Russia's memorandum of Jun 2025 asked for the Russian language's status, as "
                   "reported (its territorial terms go further: annexation)"}},
                 make_mechanisms({M::SpecialStatus})},
                left_open(),
            }};
}

Dimension accountability() {
    return {
        Dim::Accountability,
        "accountability",
        "Accountability for the war",
        "Does the text provide for trying the crime of aggression or war crimes? (An amnesty "
        "instead is the Amnesty clause.)",
        Track::Political,
        0,
        {
            {"none",
             "No prosecution provided for",
             "The text sets up no tribunal and no prosecution; proceedings already under way "
             "are not its business (an amnesty, if any, is the Amnesty clause).",
             {{S::Assumption, St::Describes, "default: older links and files meant this"},
              {S::Reported2025, St::Describes,
               "the US 28-point draft (Nov 2025) has no prosecution and a full amnesty"}},
             make_mechanisms({})},
            {"aggression_tribunal",
             "Special Tribunal for the crime of aggression",
             "The parties accept a special tribunal that tries the leaders responsible for "
             "the aggression against Ukraine, and the prosecution of war crimes.",
             {{S::Reported2025, St::Describes,
               "Ukraine and the Council of Europe signed the agreement setting up the Special "
               "Tribunal for the Crime of Aggression on 25 Jun 2025"},
              {S::Reported2025, St::Describes,
               "Russia rejects any such tribunal and the ICC's jurisdiction over its officials"}},
             make_mechanisms({M::Prosecution})},
            {"war_crimes_prosecution",
             "War crimes prosecuted, no aggression tribunal",
             "War crimes and crimes against humanity are prosecuted (the ICC, national "
             "courts); the crime of aggression is not tried.",
             {{S::Historical, St::Describes,
               "ICC arrest warrants since Mar 2023 and Ukrainian war-crimes trials; the ICC "
               "cannot try aggression by a state outside its statute"},
              {S::Assumption, St::Describes,
               "a compromise short of the tribunal, for exploration"}},
             make_mechanisms({M::Prosecution})},
            left_open(),
        }};
}

}  // namespace armistice::catalog_data
