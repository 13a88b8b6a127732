// diff_command.cpp — `armistice diff A B [--json] [--runs N] [--no-effects]`.
//
// Purpose: explain what separates two scenarios, clause by clause: which clauses differ (with
// both options' labels), which levers, lens, red-line relaxations and settings differ, and how
// each single clause change moves each party's acceptance margin, the legal findings and
// P(hold 60 months) when applied to A alone (diff_effects.h:
// common random numbers with A's seed, reduced runs). A and B are scenario files, preset ids or
// share links (persist::load_scenario_arg).
// Exit codes: 0 ok (whether or not they differ), 2 usage error or a scenario that fails to load.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/english_text.h"
#include "cli/json_writer.h"
#include "engine/diff/diff.h"
#include "engine/diff/diff_effects.h"
#include "engine/lens.h"
#include "engine/party.h"
#include "persist/scenario_arg.h"
#include "persist/text_util.h"

namespace armistice::cli {

void help_diff(std::FILE* out) {
    std::fprintf(out,
                 "usage: armistice diff A B [--json] [--runs N] [--no-effects]\n\n"
                 "Compares two scenarios clause by clause. A and B are scenario files ('-' for\n"
                 "standard input, for one of them), built-in preset ids (see 'armistice list') or\n"
                 "share links.\n\n"
                 "For each clause where B differs, B's option is applied to A alone and compared\n"
                 "with A: each party's acceptance margin (points), legal findings added or\n"
                 "removed, and P(hold 60 months), using A's seed for every run (common random\n"
                 "numbers) and N runs per simulation (default 2000) over 60 months.\n\n"
                 "  --json         machine-readable output\n"
                 "  --runs N       trajectories per simulation (100..100000)\n"
                 "  --no-effects   list the differences only; run no model\n");
}

namespace {

std::string pct(double p) {
    if (std::isnan(p)) return "n/a";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * p);
    return buf;
}

std::string pts(double d) {
    if (std::isnan(d)) return "n/a";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f pts", 100.0 * d);
    return buf;
}

std::string sv(std::string_view s) { return std::string(s); }

std::string margins_line(const PartyMargins& m, const double* delta) {
    if (!m.applicable) return "n/a (no agreement)";
    std::string out;
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        char buf[96];
        const std::string name = sv(party_label(static_cast<Party>(p)));
        if (delta != nullptr) {
            std::snprintf(buf, sizeof buf, "%s%s %+.1f -> %s", p ? ", " : "", name.c_str(), delta[p],
                          m.accepts[p] ? "accepts" : "rejects");
        } else {
            std::snprintf(buf, sizeof buf, "%s%s %+.1f%s", p ? ", " : "", name.c_str(), m.margin[p],
                          m.accepts[p] ? " accepts" : " rejects");
        }
        out += buf;
    }
    return out;
}

void print_findings(const char* sign, const std::vector<LegalFinding>& fs) {
    for (const LegalFinding& f : fs) {
        std::printf("      %s %s: %s (%s)\n", sign, english(principle_label(f.principle)).c_str(),
                    sv(legal_status_id(f.status)).c_str(), sv(f.rule).c_str());
    }
}

void print_text(const persist::ScenarioFile& fa, const persist::ScenarioFile& fb,
                const ScenarioDiff& d, const DiffEffects* fx) {
    std::printf("A: %s (%s)\nB: %s (%s)\n\n", fa.scenario.name.c_str(), fa.id.c_str(),
                fb.scenario.name.c_str(), fb.id.c_str());
    if (d.empty()) {
        std::printf("No differences: same clauses, context, lens, red lines and settings.\n");
        return;
    }
    std::printf("Clauses that differ: %zu of %zu\n", d.clauses.size(), kDimensionCount);
    for (std::size_t i = 0; i < d.clauses.size(); ++i) {
        const ClauseDifference& c = d.clauses[i];
        std::printf("  %s\n    A: %s\n    B: %s\n", sv(c.dimension_label).c_str(),
                    sv(c.option_a_label).c_str(), sv(c.option_b_label).c_str());
        if (fx != nullptr) {
            const ClauseEffect& e = fx->clauses[i];
            std::printf("    B's clause in A: P(hold 60 months) %s (%s)\n", pct(e.p_hold_60).c_str(),
                        pts(e.delta_p_hold_60).c_str());
            std::printf("      margin change vs A (points -> verdict): %s\n", margins_line(e.acceptance, e.delta_margin.data()).c_str());
            if (e.legal_added.empty() && e.legal_removed.empty()) {
                std::printf("      legal findings: unchanged\n");
            }
            print_findings("+", e.legal_added);
            print_findings("-", e.legal_removed);
        }
    }
    if (!d.levers.empty()) {
        std::printf("\nContext levers that differ:\n");
        for (const LeverDifference& l : d.levers) {
            std::printf("  %s: A %g, B %g (%s)\n", sv(l.label).c_str(), l.value_a, l.value_b,
                        sv(l.unit).c_str());
        }
    }
    if (d.lens_differs) {
        std::printf("\nLens: A %s, B %s\n", sv(lens(d.lens_a).label).c_str(),
                    sv(lens(d.lens_b).label).c_str());
    }
    if (!d.red_lines.empty()) {
        std::printf("\nRed lines relaxed in one scenario only:\n");
        for (const RedLineDifference& r : d.red_lines) {
            std::printf("  %s (%s): relaxed in %s\n", sv(r.label).c_str(), sv(r.id).c_str(),
                        r.relaxed_a ? "A" : "B");
        }
    }
    if (d.sim_differs) {
        std::printf("\nSimulation settings: A runs %u, %u months, seed %llu; B runs %u, %u months, "
                    "seed %llu\n",
                    d.sim_a.runs, d.sim_a.horizon_months,
                    static_cast<unsigned long long>(d.sim_a.seed), d.sim_b.runs,
                    d.sim_b.horizon_months, static_cast<unsigned long long>(d.sim_b.seed));
    }
    if (fx != nullptr) {
        std::printf("\nP(hold 60 months): A %s, B %s  (%u runs each, seed %llu shared; single-clause "
                    "effects do not add up: clauses interact)\n",
                    pct(fx->p_hold_60_a).c_str(), pct(fx->p_hold_60_b).c_str(), fx->runs,
                    static_cast<unsigned long long>(fx->seed));
        std::printf("Acceptance margins (points; + = better than the party's alternative):\n"
                    "  A: %s\n  B: %s\n",
                    margins_line(fx->acceptance_a, nullptr).c_str(),
                    margins_line(fx->acceptance_b, nullptr).c_str());
        std::printf("Legal findings: A %zu, B %zu (see 'armistice evaluate' for the texts)\n",
                    fx->legal_a.size(), fx->legal_b.size());
    }
}

void json_prob(JsonWriter& w, const char* key, double p) {
    w.key(key);
    if (std::isnan(p)) w.null(); else w.value(p);
}

void json_margins(JsonWriter& w, const char* key, const PartyMargins& m, const double* delta) {
    w.key(key);
    w.begin_object();
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        w.key(party_id(static_cast<Party>(p)));
        w.begin_object();
        w.key("margin"); w.value(m.margin[p]);
        w.key("accepts"); w.value(m.accepts[p]);
        if (delta != nullptr) { w.key("delta_margin"); w.value(delta[p]); }
        w.end_object();
    }
    w.end_object();
}

void json_findings(JsonWriter& w, const char* key, const std::vector<LegalFinding>& fs) {
    w.key(key);
    w.begin_array();
    for (const LegalFinding& f : fs) {
        w.begin_object();
        w.key("rule"); w.value(f.rule);
        w.key("principle"); w.value(principle_id(f.principle));
        w.key("status"); w.value(legal_status_id(f.status));
        w.key("clause"); w.value(f.clause);
        w.key("related_clause"); w.value(f.related_clause);
        w.end_object();
    }
    w.end_array();
}

void print_json(const persist::ScenarioFile& fa, const persist::ScenarioFile& fb,
                const ScenarioDiff& d, const DiffEffects* fx) {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.key("a"); w.value(fa.id);
    w.key("b"); w.value(fb.id);
    w.key("identical"); w.value(d.empty());
    w.key("clauses");
    w.begin_array();
    for (std::size_t i = 0; i < d.clauses.size(); ++i) {
        const ClauseDifference& c = d.clauses[i];
        w.begin_object();
        w.key("dimension"); w.value(c.dimension_id);
        w.key("dimension_label"); w.value(c.dimension_label);
        w.key("option_a"); w.value(c.option_a_id);
        w.key("option_a_label"); w.value(c.option_a_label);
        w.key("option_b"); w.value(c.option_b_id);
        w.key("option_b_label"); w.value(c.option_b_label);
        if (fx != nullptr) {
            const ClauseEffect& e = fx->clauses[i];
            w.key("effect_on_a");
            w.begin_object();
            json_prob(w, "p_hold_60", e.p_hold_60);
            json_prob(w, "delta_p_hold_60", e.delta_p_hold_60);
            if (e.acceptance.applicable) {
                json_margins(w, "acceptance", e.acceptance, e.delta_margin.data());
            } else {
                w.key("acceptance"); w.null();
            }
            json_findings(w, "legal_added", e.legal_added);
            json_findings(w, "legal_removed", e.legal_removed);
            w.end_object();
        }
        w.end_object();
    }
    w.end_array();
    w.key("levers");
    w.begin_array();
    for (const LeverDifference& l : d.levers) {
        w.begin_object();
        w.key("lever"); w.value(l.id);
        w.key("unit"); w.value(l.unit);
        w.key("a"); w.value(l.value_a);
        w.key("b"); w.value(l.value_b);
        w.end_object();
    }
    w.end_array();
    w.key("lens");
    if (d.lens_differs) {
        w.begin_object();
        w.key("a"); w.value(lens(d.lens_a).key);
        w.key("b"); w.value(lens(d.lens_b).key);
        w.end_object();
    } else {
        w.null();
    }
    w.key("red_lines");
    w.begin_array();
    for (const RedLineDifference& r : d.red_lines) {
        w.begin_object();
        w.key("id"); w.value(r.id);
        w.key("relaxed_a"); w.value(r.relaxed_a);
        w.key("relaxed_b"); w.value(r.relaxed_b);
        w.end_object();
    }
    w.end_array();
    w.key("simulation_differs"); w.value(d.sim_differs);
    if (fx != nullptr) {
        w.key("effects");
        w.begin_object();
        w.key("method"); w.value("B's option applied to A alone; common random numbers (A's seed)");
        w.key("runs"); w.value(fx->runs);
        w.key("horizon_months"); w.value(fx->horizon_months);
        w.key("seed"); w.value(fx->seed);
        json_prob(w, "p_hold_60_a", fx->p_hold_60_a);
        json_prob(w, "p_hold_60_b", fx->p_hold_60_b);
        json_margins(w, "acceptance_a", fx->acceptance_a, nullptr);
        json_margins(w, "acceptance_b", fx->acceptance_b, nullptr);
        json_findings(w, "legal_a", fx->legal_a);
        json_findings(w, "legal_b", fx->legal_b);
        w.end_object();
    }
    w.end_object();
    std::printf("%s\n", out.c_str());
}

}  // namespace

int cmd_diff(int argc, char** argv) {
    bool json = false;
    bool effects = true;
    EffectOptions opt;
    const char* args[2] = {nullptr, nullptr};
    int n = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--json") {
            json = true;
        } else if (a == "--no-effects") {
            effects = false;
        } else if (a == "--runs" && i + 1 < argc) {
            char* end = nullptr;
            const unsigned long v = std::strtoul(argv[++i], &end, 10);
            if (end == nullptr || *end != '\0' || v < SimSettings::kMinRuns ||
                v > SimSettings::kMaxRuns) {
                std::fprintf(stderr, "armistice diff: --runs must be an integer in [%u, %u]\n",
                             SimSettings::kMinRuns, SimSettings::kMaxRuns);
                return kExitUsage;
            }
            opt.runs = static_cast<std::uint32_t>(v);
        } else if (n < 2 && !(a.size() > 1 && a[0] == '-' && a[1] == '-')) {
            args[n++] = argv[i];
        } else {
            std::fprintf(stderr, "armistice diff: unexpected argument '%s'\n",
                         persist::printable_name(argv[i], 64).c_str());
            help_diff(stderr);
            return kExitUsage;
        }
    }
    if (n != 2) {
        help_diff(stderr);
        return kExitUsage;
    }
    if (std::string_view(args[0]) == persist::kStdinName &&
        std::string_view(args[1]) == persist::kStdinName) {
        std::fprintf(stderr,
                     "armistice diff: standard input ('-') can be read only once; give a "
                     "file for one of A and B\n");
        return kExitUsage;
    }
    persist::LoadResult ra = persist::load_scenario_arg(args[0]);
    persist::LoadResult rb = persist::load_scenario_arg(args[1]);
    bool failed = false;
    for (const persist::LoadResult* r : {&ra, &rb}) {
        for (const persist::LoadError& e : r->errors) {
            std::fprintf(stderr, "%s\n", e.to_string().c_str());
            failed = true;
        }
    }
    if (failed || !ra.ok() || !rb.ok()) return kExitUsage;

    const Scenario& a = ra.file->scenario;
    const Scenario& b = rb.file->scenario;
    const ScenarioDiff d = diff_scenarios(a, b);
    DiffEffects fx;
    const bool with_effects = effects && !d.empty();
    if (with_effects) fx = diff_effects(a, b, d, opt);
    if (json) {
        print_json(*ra.file, *rb.file, d, with_effects ? &fx : nullptr);
    } else {
        print_text(*ra.file, *rb.file, d, with_effects ? &fx : nullptr);
    }
    return kExitOk;
}

}  // namespace armistice::cli
