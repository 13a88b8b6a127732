// describe.cpp — lever values with their units (see describe.h).
#include "engine/describe.h"

#include <cstdio>

namespace armistice {

std::string format_lever(Lever l, double value) {
    return format_lever(l, value, lever_info(l).unit);
}

std::string format_lever(Lever l, double value, std::string_view unit) {
    const LeverInfo& info = lever_info(l);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%g", value);
    std::string out = buf;
    // Units that read as words after a number ("%", "persons/day") follow it; scale
    // descriptions ("index 0-10") go in parentheses.
    const bool inline_unit = info.unit.rfind('%', 0) == 0 || info.unit.rfind("persons", 0) == 0;
    out += inline_unit ? " " : " (";
    out += unit;
    if (!inline_unit) out += ')';
    return out;
}

}  // namespace armistice
