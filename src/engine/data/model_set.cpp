// model_set.cpp — reading and checking data/model/ (see model_set.h). Each defect becomes a
// Problem naming the file, the line and the column.
#include "engine/data/model_set.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <utility>

#include "engine/context.h"
#include "engine/data/vocabulary.h"
#include "engine/durability/params.h"
#include "engine/lens.h"

namespace armistice::data {

namespace {

constexpr std::size_t kMaxLabelChars = 48;  // slider label and lens menu width (catalog.h)
constexpr double kGridTolerance = 1e-9;     // in steps: a value on the grid is a whole number

// The durability parameter table's row names (params.h), for the lenses' multipliers.
#define ARMISTICE_PARAM_NAME(id, ...) #id,
constexpr std::string_view kParamNames[] = {ARMISTICE_DURABILITY_PARAMS(ARMISTICE_PARAM_NAME)};
#undef ARMISTICE_PARAM_NAME

// A decimal number as written in a cell ("9.5", "-0.2", "3000"): digits with an optional sign and
// one point; no exponent, no spaces, no thousands separator.
std::optional<double> parse_decimal(const std::string& s) {
    std::size_t i = s.empty() || (s[0] != '-' && s[0] != '+') ? 0 : 1;
    bool digits = false, point = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') {
            digits = true;
        } else if (s[i] == '.' && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits || s.size() > 24) return std::nullopt;
    return std::strtod(s.c_str(), nullptr);
}

bool on_grid(double value, double step) {
    const double n = value / step;
    return std::fabs(n - std::round(n)) < kGridTolerance;
}

// i18n-exempt-begin: `armistice data check` messages for the data's editors (file:line: field:
// problem on stderr, like a compiler's), in the language of the data files' own columns
struct Checker {
    std::vector<Problem>& problems;
    void add(const Table& t, std::size_t line, std::string field, std::string msg) {
        problems.push_back({t.file, line, std::move(field), std::move(msg)});
    }
    const std::string& text(const Table& t, const Row& r, std::string_view column) {
        const std::string& v = t.cell(r, column);
        if (v.empty()) add(t, r.line, std::string(column), "missing");
        return v;
    }
    // The row's id: reported when missing, not lower_snake_case or a repeat; false then.
    bool id(const Table& t, const Row& r, std::string_view column,
            std::map<std::string, std::size_t>& seen) {
        const std::string& v = text(t, r, column);
        if (v.empty()) return false;
        if (!snake_case(v)) {
            add(t, r.line, std::string(column), quoted(v) + " is not lower_snake_case");
            return false;
        }
        const auto first = seen.emplace(v, r.line);
        if (!first.second) {
            add(t, r.line, std::string(column),
                "duplicate " + quoted(v) + " (first at line " +
                    std::to_string(first.first->second) + ")");
            return false;
        }
        return true;
    }
    void label(const Table& t, const Row& r, std::string_view column) {
        const std::string& v = text(t, r, column);
        if (code_points(v) > kMaxLabelChars)
            add(t, r.line, std::string(column),
                "too long: " + std::to_string(code_points(v)) + " characters (at most " +
                    std::to_string(kMaxLabelChars) + ")");
    }
    std::optional<SourceId> source(const Table& t, const Row& r) {
        const std::string& v = text(t, r, "source");
        if (v.empty()) return std::nullopt;
        const auto s = find_source(v);
        if (!s)
            add(t, r.line, "source",
                "unknown source " + quoted(v) + " (known: " + known_sources() + ")");
        return s;
    }
    std::optional<double> number(const Table& t, const Row& r, std::string_view column) {
        const std::string& v = text(t, r, column);
        if (v.empty()) return std::nullopt;
        const auto n = parse_decimal(v);
        if (!n)
            add(t, r.line, std::string(column),
                "bad number " + quoted(v) + " (a decimal like 9.5)");
        return n;
    }
    void count(const Table& t, std::size_t have, std::size_t want, const char* what,
               const char* enum_name) {
        if (have == want) return;
        add(t, t.rows.empty() ? 1 : t.rows.back().line, "record",
            std::to_string(have) + " " + what + " but the engine has " + std::to_string(want) +
                " (the C++ enum " + enum_name +
                "): a new row needs a value appended to the enum, and rows are never removed");
    }

    void levers(const Table& t, ModelSet& set);
    void lenses(const Table& t, ModelSet& set);
};

// [SECTION] model/levers.csv: lever, label, unit, min, max, default, step, source, note.
void Checker::levers(const Table& t, ModelSet& set) {
    std::map<std::string, std::size_t> seen;
    for (const Row& r : t.rows) {
        LeverData l;
        l.line = r.line;
        const bool ok_id = id(t, r, "lever", seen);
        l.id = t.cell(r, "lever");
        label(t, r, "label");
        l.label = t.cell(r, "label");
        l.unit = text(t, r, "unit");
        l.note = text(t, r, "note");
        const auto src = source(t, r);
        const auto lo = number(t, r, "min"), hi = number(t, r, "max");
        const auto def = number(t, r, "default"), step = number(t, r, "step");
        if (step && *step <= 0) add(t, r.line, "step", "must be more than 0");
        if (lo && hi && *lo >= *hi)
            add(t, r.line, "max", "must be more than min (" + t.cell(r, "min") + ")");
        if (lo && hi && def && *lo < *hi && (*def < *lo || *def > *hi))
            add(t, r.line, "default",
                "out of range: " + t.cell(r, "default") + " (" + t.cell(r, "min") + " … " +
                    t.cell(r, "max") + " " + l.unit + ")");
        if (step && *step > 0) {
            const std::pair<const char*, std::optional<double>> values[] = {
                {"min", lo}, {"max", hi}, {"default", def}};
            for (const auto& [column, v] : values) {
                if (v && !on_grid(*v, *step))
                    add(t, r.line, column,
                        t.cell(r, column) + " is not a multiple of the step " + t.cell(r, "step") +
                            " (share links store a lever as a number of steps)");
            }
        }
        if (!ok_id) continue;
        l.min = lo.value_or(0);
        l.max = hi.value_or(0);
        l.default_value = def.value_or(0);
        l.step = step.value_or(0);
        l.source = src.value_or(SourceId::Assumption);
        set.levers.push_back(std::move(l));
    }
    count(t, t.rows.size(), kLeverCount, "levers", "Lever in engine/context.h");
}

// [SECTION] model/lenses.csv: lens, label, description, source, multipliers.
void Checker::lenses(const Table& t, ModelSet& set) {
    std::map<std::string, std::size_t> seen;
    for (const Row& r : t.rows) {
        LensData l;
        l.line = r.line;
        const bool ok_id = id(t, r, "lens", seen);
        l.id = t.cell(r, "lens");
        label(t, r, "label");
        l.label = t.cell(r, "label");
        l.description = text(t, r, "description");
        const auto src = source(t, r);
        const std::string& m = text(t, r, "multipliers");
        if (m == "parameters") {
            l.from_parameters = true;
            for (const char* w : kLensWeights) {
                const std::string row = "lens_" + l.id + "_" + w;
                bool found = false;
                for (const std::string_view n : kParamNames) found = found || n == row;
                if (ok_id && !found)
                    add(t, r.line, "multipliers",
                        "no parameter row " + quoted(row) +
                            " in the durability parameter table (engine/durability/params.h)");
            }
        } else if (!m.empty() && m != "one") {
            add(t, r.line, "multipliers", "unknown " + quoted(m) + " (known: one, parameters)");
        }
        if (!ok_id) continue;
        l.source = src.value_or(SourceId::Assumption);
        set.lenses.push_back(std::move(l));
    }
    count(t, t.rows.size(), kLensCount, "lenses", "LensId in engine/lens.h");
}

}  // namespace

// i18n-exempt-end

ModelSet load_model_set(const std::string& dir, std::vector<Problem>& problems) {
    Checker c{problems};
    ModelSet set;
    const Table levers = read_table(dir + "/" + kLeversFile,
                                    {{"lever", true},
                                     {"label", true},
                                     {"unit", true},
                                     {"min", true},
                                     {"max", true},
                                     {"default", true},
                                     {"step", true},
                                     {"source", true},
                                     {"note", true}},
                                    problems);
    const Table lenses = read_table(dir + "/" + kLensesFile,
                                    {{"lens", true},
                                     {"label", true},
                                     {"description", true},
                                     {"source", true},
                                     {"multipliers", true}},
                                    problems);
    if (!levers.header.empty()) c.levers(levers, set);
    if (!lenses.header.empty()) c.lenses(lenses, set);
    return set;
}

// i18n-exempt-begin: data-check messages, as above
void check_model_kept(const std::vector<std::string_view>& lever_ids,
                      const std::vector<std::string_view>& lens_ids, const ModelSet& set,
                      const std::string& dir, std::vector<Problem>& problems) {
    const auto kept = [&](const std::vector<std::string_view>& built_in, auto const& rows,
                          const char* file) {
        for (std::size_t i = 0; i < built_in.size() && i < rows.size(); ++i) {
            if (rows[i].id == built_in[i]) continue;
            problems.push_back({dir + "/" + file, rows[i].line, "record",
                                "row " + std::to_string(i + 1) + " is " + quoted(rows[i].id) +
                                    ", but this program " + "was built with " +
                                    quoted(built_in[i]) + " there: share links store it by " +
                                    "position, so rows are append-only (restore the order)"});
            return;
        }
    };
    kept(lever_ids, set.levers, kLeversFile);
    kept(lens_ids, set.lenses, kLensesFile);
}

// i18n-exempt-end

}  // namespace armistice::data
