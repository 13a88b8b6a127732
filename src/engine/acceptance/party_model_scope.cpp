// party_model_scope.cpp — party utilities for the scope and term of a text. Both carry no
// salience: scope and term change HOW a deal is judged (acceptance.h: an interim or partial text
// is judged against the war continuing over its own horizon), not what a party gets.
// Data, not logic (see party_model.h). Utility order: {Ukraine, Russia, United States, Europe}.
#include "engine/acceptance/party_model_data.h"

namespace armistice::party_model_data {

using S = SourceId;

DimensionModel scope() {
    return {Dim::Scope, {0, 0, 0, 0}, S::Assumption,
            "scope changes how the deal is judged, not its value (acceptance.h)",
            {
                {"settlement", {0, 0, 0, 0}, S::Assumption, "no value of its own"},
                {"ceasefire_then_settlement", {0, 0, 0, 0}, S::Assumption, "no value of its own"},
                {"partial", {0, 0, 0, 0}, S::Assumption, "no value of its own"},
            }};
}

DimensionModel term() {
    return {Dim::Term, {0, 0, 0, 0}, S::Assumption,
            "the term sets the horizon over which an interim text is judged (acceptance.h)",
            {
                {"open_ended", {0, 0, 0, 0}, S::Assumption, "no value of its own"},
                {"days_30", {0, 0, 0, 0}, S::Assumption, "no value of its own"},
                {"days_90", {0, 0, 0, 0}, S::Assumption, "no value of its own"},
                {"year_1", {0, 0, 0, 0}, S::Assumption, "no value of its own"},
            }};
}

}  // namespace armistice::party_model_data
