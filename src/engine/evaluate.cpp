// evaluate.cpp — composes the three models (see evaluate.h).
#include "engine/evaluate.h"

namespace armistice {

Result evaluate(const Scenario& s, const EvaluateOptions& options) {
    Result r;
    r.acceptance = evaluate_acceptance(s, options.search);
    r.legal = check_legal(s);
    if (options.durability) {
        r.durability = durability::simulate_durability(s, options.durability_options);
    } else {
        r.durability.applicable = false;
        r.durability.reason = Message{"durability.not_requested", {}};
    }
    return r;
}

}  // namespace armistice
