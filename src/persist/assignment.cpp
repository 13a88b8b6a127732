// assignment.cpp — see assignment.h.
#include "persist/assignment.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine/utf8_text.h"
#include "persist/text_util.h"

namespace armistice::persist {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Shortest "%.*g" that reads back as `p` (so 0.55 stays "0.55").
std::string shortest(double p) {
    char buf[40];
    for (int digits = 1; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, p);
        if (std::strtod(buf, nullptr) == p) break;
    }
    return buf;
}

// A decimal number only (digits, one '.', nothing else): no "inf", "nan", hex or exponents.
std::optional<double> parse_probability(std::string_view text) {
    if (text.empty() || text.size() > 24) return std::nullopt;
    int dots = 0, digits = 0;
    for (const char c : text) {
        if (c == '.') {
            ++dots;
        } else if (c >= '0' && c <= '9') {
            ++digits;
        } else {
            return std::nullopt;
        }
    }
    if (dots > 1 || digits == 0) return std::nullopt;
    const double v = std::strtod(std::string(text).c_str(), nullptr);
    if (!std::isfinite(v) || v < 0.0 || v > 1.0) return std::nullopt;
    return v;
}

}  // namespace

std::string goal_spec(const EducatorGoal& goal) {
    std::string out;
    auto add = [&out](const std::string& item) { out += (out.empty() ? "" : ",") + item; };
    if (goal.require_all_accept) add("all_accept");
    if (goal.require_lawful) add("lawful");
    if (goal.min_p_hold_60) add("p_hold_60>=" + shortest(*goal.min_p_hold_60));
    return out;
}

std::optional<EducatorGoal> parse_goal_spec(std::string_view spec, std::string* error) {
    auto fail = [error](const std::string& why) -> std::optional<EducatorGoal> {
        if (error) *error = why;
        return std::nullopt;
    };
    const std::string known = " (allowed: all_accept, lawful, p_hold_60>=P with P from 0 to 1)";
    if (trim(spec).empty()) return fail("the goal is empty" + known);
    if (spec.size() > 200) return fail("the goal is longer than 200 characters");
    EducatorGoal goal;
    std::size_t start = 0;
    while (start <= spec.size()) {
        std::size_t comma = spec.find(',', start);
        if (comma == std::string_view::npos) comma = spec.size();
        const std::string_view item = trim(spec.substr(start, comma - start));
        const std::string shown = quote_text(std::string(item));
        constexpr std::string_view kHold = "p_hold_60>=";
        if (item.empty()) return fail("the goal has an empty condition (two commas in a row?)");
        if (item == "all_accept") {
            if (goal.require_all_accept) return fail("the goal lists all_accept twice");
            goal.require_all_accept = true;
        } else if (item == "lawful") {
            if (goal.require_lawful) return fail("the goal lists lawful twice");
            goal.require_lawful = true;
        } else if (item.substr(0, kHold.size()) == kHold) {
            if (goal.min_p_hold_60) return fail("the goal lists p_hold_60 twice");
            const std::optional<double> p = parse_probability(item.substr(kHold.size()));
            if (!p)
                return fail("in goal condition " + shown +
                            ": P must be a number from 0 to 1, such as 0.5");
            goal.min_p_hold_60 = *p;
        } else {
            return fail("unknown goal condition " + shown + known);
        }
        start = comma + 1;
    }
    return goal;
}

std::string note_problem(const std::string& note, std::size_t max_chars, std::size_t max_bytes) {
    if (note.size() > max_bytes) {
        return "is " + std::to_string(note.size()) + " bytes long; at most " +
               std::to_string(max_bytes) + " are allowed";
    }
    if (!is_clean_utf8(note, true)) return "is not valid UTF-8 text or contains control characters";
    std::size_t chars = 0;  // valid UTF-8: every byte that is not a continuation byte starts one
    for (const char c : note) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (chars > max_chars) {
        return "is " + std::to_string(chars) + " characters long; at most " +
               std::to_string(max_chars) + " are allowed";
    }
    return "";
}

}  // namespace armistice::persist
