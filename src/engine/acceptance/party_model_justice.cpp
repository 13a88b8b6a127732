// party_model_justice.cpp — party utilities for the special status of the occupied areas and for
// accountability (catalog_justice.cpp). Data, not logic (see party_model.h). Utility order:
// {Ukraine, Russia, United States, Europe}. The default options are worth 0 to everyone, so
// texts that do not use these dimensions keep their margins' sums (only the weights' total
// grows). No red line or core issue is sourced for either: no party has called them
// non-negotiable in the 2025-26 record used here.
#include "engine/acceptance/party_model_data.h"

namespace armistice::party_model_data {

using S = SourceId;

DimensionModel special_status() {
    return {Dim::SpecialStatus,
            {3, 3, 1, 1},
            S::Historical,
            "Minsk II's special status was the core quarrel of 2015-22 between Kyiv and Moscow; "
            "Western weights assumed",
            {
                {"none", {0, 0, 0, 0}, S::Assumption, "default: no special regime"},
                {"under_sovereignty",
                 {-30, 30, 10, 10},
                 S::Historical,
                 "Minsk II: Moscow pressed for the special-status law, the 2015 amendment met "
                 "violent protest in Kyiv, the Normandy-format states backed it"},
                {"autonomy_guarantees",
                 {-70, 70, 0, -30},
                 S::Historical,
                 "the Minsk II footnote terms Moscow insisted on; Kyiv saw them as a Russian veto "
                 "inside Ukraine (intensities assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel accountability() {
    return {Dim::Accountability,
            {3, 3, 1, 3},
            S::Reported2025,
            "Kyiv and European governments pursued the Special Tribunal through 2025; Moscow "
            "rejects any prosecution of its officials; the US weight is assumed",
            {
                {"none", {0, 0, 0, 0}, S::Assumption, "default: nothing set up by the text"},
                {"aggression_tribunal",
                 {70, -90, -20, 60},
                 S::Reported2025,
                 "Ukraine and the Council of Europe set it up in Jun 2025 with EU backing; Russia "
                 "rejects it; the US left the international centre preparing aggression cases in "
                 "Mar 2025, as reported"},
                {"war_crimes_prosecution",
                 {40, -60, 0, 40},
                 S::Historical,
                 "ICC warrants since Mar 2023, which Russia rejects; intensities assumed"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

}  // namespace armistice::party_model_data
