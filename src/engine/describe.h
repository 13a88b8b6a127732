// describe.h — a context lever's value with its unit, as the plain-text views show it.
//
// Purpose: the one formatter of lever values for `armistice show`/`diff`, the text summary and
// the page (text/scenario_text.h describes a whole scenario from the string tables). Invariant: a
// unit starting with "%" or "persons" follows the number; any other (a scale such as
// "index 0-10") goes in parentheses; the decision is the English unit's in every language.
#pragma once

#include <string>
#include <string_view>

#include "engine/context.h"

namespace armistice {

// Format a lever value with its unit, e.g. "1500 persons/day", "9.5 % per year".
std::string format_lever(Lever l, double value);
// The same with `unit` (the lever's unit in a reader's language) in place of the English one;
// whether it follows the number or goes in parentheses is decided by the English unit.
std::string format_lever(Lever l, double value, std::string_view unit);

}  // namespace armistice
