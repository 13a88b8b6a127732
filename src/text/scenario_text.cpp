// scenario_text.cpp — see scenario_text.h.
#include "text/scenario_text.h"

#include "engine/red_lines.h"
#include "text/data_text.h"
#include "text/message_text.h"

namespace armistice::text {

namespace {

// A red line's text in t's language (its table key, red_line_key()).
std::string red_line_text(const Strings& t, const RedLine& rl) {
    return render(t, red_line_key(rl));
}

std::string party_text(const Strings& t, Party p) {
    return render(t, "party." + std::string(party_id(p)));
}

void append_track(std::string& out, const Strings& t, const Scenario& s, Track track, Str heading) {
    out += t(heading);
    out += '\n';
    for (const Dimension& dim : catalog().dimensions) {
        if (dim.track != track) continue;
        const bool changed = s.choice(dim.dim) != dim.default_option;
        out += changed ? "  * " : "    ";
        out += describe_clause(t, s, dim.dim);
        if (changed && s.choice(dim.dim) < dim.options.size()) {
            out += "\n      ";
            out += option_description(t, dim, s.option(dim.dim));
        }
        out += '\n';
    }
}

}  // namespace

std::string describe_clause(const Strings& t, const Scenario& s, Dim d) {
    const Dimension& dim = catalog().at(d);
    const std::string option = s.choice(d) < dim.options.size()
                                   ? std::string(option_label(t, dim, s.option(d)))
                                   : std::string(t(Str::scenario_text_invalid_option));
    return t.format(Str::scenario_text_clause,
                    {{"dimension", std::string(dimension_label(t, dim))}, {"option", option}});
}

std::string describe_scenario(const Strings& t, const Scenario& s) {
    std::string out = s.name.empty() ? std::string(t(Str::scenario_text_untitled)) : s.name;
    out += '\n';
    if (!s.description.empty()) {
        out += s.description;
        out += '\n';
    }
    out += '\n';
    append_track(out, t, s, Track::Ceasefire, Str::scenario_text_ceasefire);
    out += '\n';
    append_track(out, t, s, Track::Political, Str::scenario_text_political);
    out += '\n';
    out += t(Str::scenario_text_context);
    out += '\n';
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        const Lever lever = static_cast<Lever>(l);
        const LeverInfo& info = lever_info(lever);
        const std::string label(lever_label(t, info));
        const std::string value = lever_value(t, lever, s.context.get(lever));
        out += "    ";
        out += s.context.get(lever) != info.default_value
                   ? t.format(Str::scenario_text_lever_changed,
                              {{"lever", label},
                               {"value", value},
                               {"default", lever_value(t, lever, info.default_value)}})
                   : t.format(Str::scenario_text_lever, {{"lever", label}, {"value", value}});
        out += '\n';
    }
    if (s.relaxed_red_lines != 0) {
        out += '\n';
        out += t(Str::scenario_text_relaxed);
        out += '\n';
        const auto& table = red_lines();
        for (std::size_t i = 0; i < table.size(); ++i) {
            if (!s.is_relaxed(i)) continue;
            out += "    ";
            out +=
                t.format(Str::scenario_text_red_line, {{"party", party_text(t, table[i].party)},
                                                       {"red_line", red_line_text(t, table[i])}});
            out += '\n';
        }
    }
    out += '\n';
    out += s.as_of == 0 ? std::string(t(Str::scenario_text_undated))
                        : t.format(Str::scenario_text_dated, {{"month", month_text(s.as_of)}});
    const Lens& ln = lens(s.lens);
    out += '\n';
    out +=
        t.format(Str::scenario_text_lens, {{"lens", std::string(lens_label(t, ln))},
                                           {"description", std::string(lens_description(t, ln))}});
    out += '\n';
    out +=
        t.format(Str::scenario_text_simulation, {{"runs", std::to_string(s.sim.runs)},
                                                 {"months", std::to_string(s.sim.horizon_months)},
                                                 {"seed", std::to_string(s.sim.seed)}});
    out += '\n';
    return out;
}

std::string edited_title(const Strings& t, std::string_view preset_name, std::size_t changes) {
    const long long n = static_cast<long long>(changes);
    return t.format(t.plural(n, Str::scenario_text_edited_one, Str::scenario_text_edited_few,
                             Str::scenario_text_edited_many),
                    {{"preset", std::string(preset_name)}, {"n", std::to_string(changes)}});
}

std::vector<std::string> describe_edits(const Strings& t, const ScenarioDiff& d) {
    std::vector<std::string> out;
    const auto change = [&](std::string_view what, std::string a, std::string b) {
        out.push_back(
            t.format(Str::scenario_text_change,
                     {{"what", std::string(what)}, {"a", std::move(a)}, {"b", std::move(b)}}));
    };
    for (const ClauseDifference& c : d.clauses) {
        const Dimension& dim = catalog().at(c.dim);
        change(dimension_label(t, dim), std::string(option_label(t, dim, dim.options[c.option_a])),
               std::string(option_label(t, dim, dim.options[c.option_b])));
    }
    for (const LeverDifference& l : d.levers) {
        change(lever_label(t, lever_info(l.lever)), lever_value(t, l.lever, l.value_a),
               lever_value(t, l.lever, l.value_b));
    }
    if (d.lens_differs) {
        out.push_back(t.format(Str::scenario_text_lens_change,
                               {{"a", std::string(lens_label(t, lens(d.lens_a)))},
                                {"b", std::string(lens_label(t, lens(d.lens_b)))}}));
    }
    for (const RedLineDifference& r : d.red_lines) {
        out.push_back(t.format(
            r.relaxed_b ? Str::scenario_text_red_line_relaxed : Str::scenario_text_red_line_kept,
            {{"red_line", red_line_text(t, red_lines()[r.index])}}));
    }
    return out;
}

std::string edits_paragraph(const Strings& t, const ScenarioDiff& d) {
    const std::vector<std::string> lines = describe_edits(t, d);
    if (lines.empty()) return "";
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) joined += (i ? "; " : "") + lines[i];
    return t.format(Str::scenario_text_edits, {{"changes", joined}});
}

}  // namespace armistice::text
