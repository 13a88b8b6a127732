// catalog_scope.cpp — catalog data for what a text settles (scope) and how long it runs (term).
//
// Data, not logic. Option order within a dimension is APPEND-ONLY (see catalog.h). Both
// dimensions default to the answer that reproduces what older links and files meant: the
// process clause then decides scope and term (scope.h).
#include "engine/catalog_data.h"

namespace armistice::catalog_data {

using S = SourceId;
using St = Stance;

Dimension scope() {
    return {Dim::Scope, "scope", "Scope of the text",
            "Does the text settle the war, stop the fighting first, or settle one issue only?",
            Track::Ceasefire, 0,
            {
                {"settlement", "Full settlement (or as the process implies)",
                 "The text is meant to settle the war. When the process clause describes an "
                 "interim ceasefire or an energy pause, that clause decides the scope instead.",
                 {{S::Assumption, St::Describes, "default: older links and files meant this"}},
                 make_mechanisms({})},
                {"ceasefire_then_settlement", "Ceasefire now, settlement later",
                 "The guns fall silent now; the political questions go to later talks.",
                 {{S::Seed004, St::Proposes, "a ceasefire track first, a political settlement second"},
                  {S::Reported2025, St::Describes, "Jeddah US–Ukraine statement, 11 Mar 2025"}},
                 make_mechanisms({})},
                {"partial", "Partial deal while fighting goes on",
                 "One issue is settled (energy strikes, shipping, prisoners, the nuclear plant) "
                 "while the war continues everywhere else.",
                 {{S::Reported2025, St::Describes, "energy-strike pause and Black Sea arrangements, Mar 2025"},
                  {S::Historical, St::Describes, "IAEA presence at the Zaporizhzhia plant agreed by both sides, Sep 2022"}},
                 make_mechanisms({})},
            }};
}

Dimension term() {
    return {Dim::Term, "term", "Term",
            "How long does the text run before it lapses or must be renewed?", Track::Ceasefire, 0,
            {
                {"open_ended", "Open-ended (or as the process implies)",
                 "No fixed term. When the process clause names one (the 30-day ceasefire or "
                 "energy pause), that term applies.",
                 {{S::Assumption, St::Describes, "default: older links and files meant this"}},
                 make_mechanisms({})},
                {"days_30", "30 days, extendable",
                 "The text runs for 30 days and can be extended by mutual agreement.",
                 {{S::Reported2025, St::Describes, "Jeddah statement and the energy-strike pause, Mar 2025"}},
                 make_mechanisms({})},
                {"days_90", "90 days, extendable",
                 "The text runs for 90 days and can be extended by mutual agreement.",
                 {{S::Assumption, St::Describes, "an intermediate term for exploration"}},
                 make_mechanisms({})},
                {"year_1", "One year, extendable",
                 "The text runs for a year and can be extended by mutual agreement.",
                 {{S::Assumption, St::Describes, "a long interim term for exploration"}},
                 make_mechanisms({})},
            }};
}

}  // namespace armistice::catalog_data
