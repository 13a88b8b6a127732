// edit_summary.cpp — see edit_summary.h.
#include "engine/diff/edit_summary.h"

namespace armistice {

std::size_t count_edits(const ScenarioDiff& d) {
    return d.clauses.size() + d.levers.size() + d.red_lines.size() + (d.lens_differs ? 1 : 0);
}

}  // namespace armistice
