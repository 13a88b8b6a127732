// data_set.cpp — reading and checking data/ (see data_set.h). Each section checks one file;
// every defect becomes a Problem naming the file, the line and the column.
#include "engine/data/data_set.h"

#include <map>
#include <utility>

#include "engine/data/vocabulary.h"

namespace armistice::data {

namespace {

constexpr int kUtilityMin = -100, kUtilityMax = 100;  // utility points (party_model.h)
constexpr int kSalienceMin = 0, kSalienceMax = 30;    // relative weight (party_model.h)
constexpr std::size_t kMaxLabelChars = 48;            // combo-box width (catalog.h)

std::optional<int> parse_int(const std::string& s) {
    if (s.empty()) return std::nullopt;
    const std::size_t first = s[0] == '-' || s[0] == '+' ? 1 : 0;
    if (first == s.size() || s.size() - first > 6) return std::nullopt;
    std::size_t i = first;
    int v = 0;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        v = v * 10 + (s[i] - '0');
    }
    return s[0] == '-' ? -v : v;
}

// Everything the sections share while checking one directory.
struct Checker {
    std::string dir;
    std::vector<Problem>& problems;
    DataSet set;
    std::map<std::string, std::size_t> dims;                          // id -> code
    std::map<std::string, std::pair<std::size_t, std::size_t>> opts;  // qualified -> (dim, code)
    std::map<std::string, std::size_t> manifest_line;                 // id -> manifest line
    std::map<std::string, std::size_t> dim_line, opt_line;            // id -> catalog line
    std::map<std::string, std::size_t> rejected;  // ids with a catalog row already reported
    std::vector<std::vector<std::string>> manifest_options;  // per dim: ids in code order

    std::string path(const char* file) const { return dir + "/" + file; }
    void add(const Table& t, std::size_t line, std::string field, std::string msg) {
        problems.push_back({t.file, line, std::move(field), std::move(msg)});
    }
    // A required text cell; reports it when empty.
    const std::string& text(const Table& t, const Row& r, std::string_view column) {
        const std::string& v = t.cell(r, column);
        if (v.empty()) add(t, r.line, std::string(column), "missing");
        return v;
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
    std::optional<Party> party(const Table& t, const Row& r) {
        const std::string& v = text(t, r, "party");
        if (v.empty()) return std::nullopt;
        const auto p = find_party(v);
        if (!p)
            add(t, r.line, "party",
                "unknown party " + quoted(v) + " (known: " + known_parties() + ")");
        return p;
    }
    // A required integer cell in [lo, hi]; `unit` names the scale in the message.
    std::optional<int> number(const Table& t, const Row& r, std::string_view column, int lo, int hi,
                              const char* unit) {
        const std::string& v = text(t, r, column);
        if (v.empty()) return std::nullopt;
        const auto n = parse_int(v);
        if (!n) {
            add(t, r.line, std::string(column), "bad number " + quoted(v) + " (a whole number)");
        } else if (*n < lo || *n > hi) {
            add(t, r.line, std::string(column),
                "out of range: " + v + " (" + unit + " " + std::to_string(lo) + " … " +
                    std::to_string(hi) + ")");
            return std::nullopt;
        }
        return n;
    }

    void manifest(const Table& t);
    void dimensions(const Table& t);
    void options(const Table& t);
    void option_sources(const Table& t);
    template <typename Take>
    void positions(const Table& t, const char* key, const char* what, const char* file,
                   const std::map<std::string, std::size_t>& lines, const char* catalog_file,
                   Take take);
    void utilities(const Table& t);
    void salience(const Table& t);
};

// [SECTION] manifest/option_codes.csv: id, code — every code ever used in links.
void Checker::manifest(const Table& t) {
    for (const Row& r : t.rows) {
        const std::string& id = text(t, r, "id");
        const std::string& code_text = text(t, r, "code");
        if (id.empty() || code_text.empty()) continue;
        if (manifest_line.count(id)) {
            add(t, r.line, "id",
                "duplicate " + quoted(id) + " (first at line " + std::to_string(manifest_line[id]) +
                    ")");
            continue;
        }
        manifest_line[id] = r.line;
        const auto dot = id.find('.');
        std::size_t expected = 0;
        if (dot == std::string::npos) {
            if (!snake_case(id)) add(t, r.line, "id", quoted(id) + " is not lower_snake_case");
            expected = dims.size();
            dims[id] = expected;
            manifest_options.emplace_back();
            set.dimensions.emplace_back();
            set.dimensions.back().id = id;
        } else {
            const std::string dim = id.substr(0, dot);
            const auto d = dims.find(dim);
            if (d == dims.end()) {
                add(t, r.line, "id", "dimension " + quoted(dim) + " has no code above this row");
                continue;
            }
            if (!snake_case(id.substr(dot + 1)))
                add(t, r.line, "id", quoted(id.substr(dot + 1)) + " is not lower_snake_case");
            expected = manifest_options[d->second].size();
            opts[id] = {d->second, expected};
            manifest_options[d->second].push_back(id);
        }
        const auto code = parse_int(code_text);
        if (!code) {
            add(t, r.line, "code", "bad number " + quoted(code_text));
        } else if (static_cast<std::size_t>(*code) != expected || *code < 0) {
            add(t, r.line, "code",
                "is " + code_text + ", expected " + std::to_string(expected) +
                    ": codes are append-only (0, 1, 2 … in file order within a dimension); "
                    "a share link stores them, so never reorder or remove a row");
        }
    }
    set.manifest_codes = t.rows.size();
    set.manifest_lines = manifest_line;
    if (dims.size() != kDimensionCount) {
        add(t, t.rows.empty() ? 1 : t.rows.back().line, "id",
            std::to_string(dims.size()) +
                " dimension codes, but the C++ enum Dim "
                "(src/engine/catalog.h) has " +
                std::to_string(kDimensionCount) + ": a new dimension also needs its Dim value");
    }
    for (auto& d : set.dimensions) d.options.resize(manifest_options[dims[d.id]].size());
}

// [SECTION] catalog/dimensions.csv: dimension, label, question, track, default_option.
void Checker::dimensions(const Table& t) {
    std::map<std::string, std::size_t> seen;
    for (const Row& r : t.rows) {
        const std::string& id = text(t, r, "dimension");
        if (id.empty()) continue;
        if (seen.count(id)) {
            add(t, r.line, "dimension",
                "duplicate " + quoted(id) + " (first at line " + std::to_string(seen[id]) + ")");
            continue;
        }
        seen[id] = r.line;
        const auto code = dims.find(id);
        if (code == dims.end()) {
            add(t, r.line, "dimension",
                quoted(id) + " has no code in " + kManifestFile +
                    ": if it is new, append the row '" + id + "," + std::to_string(dims.size()) +
                    "' (and a value to the C++ enum Dim); if its row was removed, restore it");
            rejected[id] = r.line;
            continue;
        }
        dim_line[id] = r.line;
        DimensionData& d = set.dimensions[code->second];
        d.label = text(t, r, "label");
        d.question = text(t, r, "question");
        const std::string& track = text(t, r, "track");
        if (const auto tr = find_track(track)) {
            d.track = *tr;
        } else if (!track.empty()) {
            add(t, r.line, "track",
                "unknown track " + quoted(track) + " (known: " + known_tracks() + ")");
        }
        text(t, r, "default_option");
    }
    for (const auto& [id, code] : dims) {
        if (!seen.count(id))
            problems.push_back({path(kManifestFile), manifest_line[id], "id",
                                "dimension " + quoted(id) + " has no row in " + kDimensionsFile +
                                    " (codes are never removed)"});
    }
}

// [SECTION] catalog/options.csv: option (qualified id), label, description, kind, mechanisms.
void Checker::options(const Table& t) {
    for (const Row& r : t.rows) {
        const std::string& id = text(t, r, "option");
        if (id.empty()) continue;
        if (opt_line.count(id)) {
            add(t, r.line, "option",
                "duplicate " + quoted(id) + " (first at line " + std::to_string(opt_line[id]) +
                    ")");
            continue;
        }
        const auto dot = id.find('.');
        if (dot == std::string::npos || !dims.count(id.substr(0, dot))) {
            add(t, r.line, "option",
                "unknown dimension in " + quoted(id) + " (a qualified id is dimension.option)");
            continue;
        }
        const auto code = opts.find(id);
        if (code == opts.end()) {
            const std::size_t d = dims[id.substr(0, dot)];
            add(t, r.line, "option",
                quoted(id) + " has no code in " + kManifestFile +
                    ": if it is new, append the row '" + id + "," +
                    std::to_string(manifest_options[d].size()) +
                    "'; if its row was removed, restore it");
            rejected[id] = r.line;
            continue;
        }
        opt_line[id] = r.line;
        OptionData& o = set.dimensions[code->second.first].options[code->second.second];
        o.id = id.substr(dot + 1);
        o.label = text(t, r, "label");
        if (code_points(o.label) > kMaxLabelChars)
            add(t, r.line, "label",
                "longer than " + std::to_string(kMaxLabelChars) +
                    " characters (a combo-box label)");
        o.description = text(t, r, "description");
        const std::string& kind = t.cell(r, "kind");
        if (kind.empty()) {
            o.kind = ClauseKind::Negotiable;  // the column's documented default
        } else if (const auto k = find_clause_kind(kind)) {
            o.kind = *k;
        } else {
            add(t, r.line, "kind",
                "unknown clause kind " + quoted(kind) + " (known: " + known_clause_kinds() + ")");
        }
        const std::string& list = t.cell(r, "mechanisms");
        std::size_t pos = 0;
        while (pos < list.size()) {
            const std::size_t end = std::min(list.find(' ', pos), list.size());
            const std::string name = list.substr(pos, end - pos);
            pos = end + 1;
            if (name.empty()) continue;
            const auto m = find_mechanism(name);
            if (!m) {
                add(t, r.line, "mechanisms",
                    "unknown mechanism " + quoted(name) + " (names: src/engine/mechanisms.cpp)");
            } else if (has(o.mechanisms, *m)) {
                add(t, r.line, "mechanisms", quoted(name) + " is listed twice");
            } else {
                armistice::add(o.mechanisms, *m);
            }
        }
    }
    for (const auto& [id, code] : opts) {
        if (!opt_line.count(id))
            problems.push_back(
                {path(kManifestFile), manifest_line[id], "id",
                 "option " + quoted(id) + " has no row in " + kOptionsFile +
                     " (retired options stay in the catalog: links use their code)"});
    }
}

// [SECTION] catalog/option_sources.csv: option, source, stance, note — one claim per row.
void Checker::option_sources(const Table& t) {
    for (const Row& r : t.rows) {
        const std::string& id = text(t, r, "option");
        const auto source_id = source(t, r);
        const std::string& stance = text(t, r, "stance");
        const auto st = find_stance(stance);
        if (!st && !stance.empty())
            add(t, r.line, "stance",
                "unknown stance " + quoted(stance) + " (known: " + known_stances() + ")");
        const std::string& note = text(t, r, "note");
        if (id.empty()) continue;
        if (!opt_line.count(id)) {
            if (!rejected.count(id))
                add(t, r.line, "option",
                    "unknown option " + quoted(id) + " (no row in " + kOptionsFile + ")");
            continue;
        }
        if (!source_id || !st || note.empty()) continue;
        const auto [d, o] = opts[id];
        set.dimensions[d].options[o].sources.push_back({*source_id, *st, note});
        ++set.source_claims;
    }
    for (const auto& [id, line] : opt_line) {
        const auto [d, o] = opts[id];
        if (set.dimensions[d].options[o].sources.empty())
            problems.push_back(
                {path(kOptionsFile), line, "option",
                 quoted(id) + " has no source claim in " + kOptionSourcesFile +
                     " (name at least one; 'Assumption' for a modelling assumption)"});
    }
}

// [SECTION] positions/*.csv: what the two position tables share. Each row names a catalog item
// (`key`: an option or a dimension with a line in `lines`) and a party, at most once per pair;
// each item needs one row per party. `take(id, party, row)` stores the row's value and returns
// the Position that receives its source and note.
template <typename Take>
void Checker::positions(const Table& t, const char* key, const char* what, const char* file,
                        const std::map<std::string, std::size_t>& lines, const char* catalog_file,
                        Take take) {
    std::map<std::pair<std::string, Party>, std::size_t> seen;
    for (const Row& r : t.rows) {
        const std::string& id = text(t, r, key);
        const auto p = party(t, r);
        const auto src = source(t, r);
        const std::string& note = text(t, r, "note");
        if (id.empty()) continue;
        if (!lines.count(id)) {
            if (!rejected.count(id))
                add(t, r.line, key,
                    "unknown " + std::string(key) + " " + quoted(id) + " (no row in " +
                        catalog_file + ")");
            continue;
        }
        if (!p) continue;
        const auto first = seen.emplace(std::make_pair(id, *p), r.line);
        if (!first.second) {
            add(t, r.line, "party",
                "second " + std::string(what) + " for " + quoted(id) + " and " +
                    quoted(party_id(*p)) + " (first at line " +
                    std::to_string(first.first->second) + ")");
            continue;
        }
        Position& pos = take(id, *p, r);
        if (src) pos.source = *src;
        pos.note = note;
    }
    for (const auto& [id, line] : lines) {
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            if (!seen.count({id, static_cast<Party>(p)}))
                problems.push_back({path(catalog_file), line, key,
                                    quoted(id) + " has no " + what + " for signatory party " +
                                        quoted(party_id(static_cast<Party>(p))) + " in " + file});
        }
    }
}

// [SECTION] positions/utilities.csv: option, party, utility, source, note.
void Checker::utilities(const Table& t) {
    positions(t, "option", "utility", kUtilitiesFile, opt_line, kOptionsFile,
              [&](const std::string& id, Party p, const Row& r) -> Position& {
                  const auto [d, o] = opts[id];
                  OptionData& opt = set.dimensions[d].options[o];
                  Position& pos = opt.utility[static_cast<std::size_t>(p)];
                  if (opt.kind == ClauseKind::LeftOpen) {
                      if (!t.cell(r, "utility").empty())
                          add(t, r.line, "utility",
                              "must be empty for a left-open option: it is valued at each "
                              "party's expectation of later talks");
                      pos.value = 0;
                  } else if (const auto u = number(t, r, "utility", kUtilityMin, kUtilityMax,
                                                   "utility points")) {
                      pos.value = *u;
                  }
                  return pos;
              });
}

// [SECTION] positions/salience.csv: dimension, party, salience, source, note.
void Checker::salience(const Table& t) {
    std::array<int, kPartyCount> total{};
    positions(t, "dimension", "salience", kSalienceFile, dim_line, kDimensionsFile,
              [&](const std::string& id, Party p, const Row& r) -> Position& {
                  Position& pos = set.dimensions[dims[id]].salience[static_cast<std::size_t>(p)];
                  if (const auto s =
                          number(t, r, "salience", kSalienceMin, kSalienceMax, "relative weight")) {
                      pos.value = *s;
                      total[static_cast<std::size_t>(p)] += *s;
                  }
                  return pos;
              });
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        if (total[p] <= 0 && !t.rows.empty())
            add(t, 1, "salience",
                "party " + quoted(party_id(static_cast<Party>(p))) +
                    " has no weight on any dimension (the saliences must sum to more than 0)");
    }
}

}  // namespace

DataSet load_data_set(const std::string& dir, std::vector<Problem>& problems) {
    const std::size_t before = problems.size();
    Checker c{dir, problems, {}, {}, {}, {}, {}, {}, {}, {}};
    const auto read = [&](const char* file, std::vector<Column> columns) {
        return read_table(c.path(file), columns, problems);
    };
    const Table manifest = read(kManifestFile, {{"id", true}, {"code", true}});
    const Table dimensions = read(kDimensionsFile, {{"dimension", true},
                                                    {"label", true},
                                                    {"question", true},
                                                    {"track", true},
                                                    {"default_option", true}});
    const Table options = read(kOptionsFile, {{"option", true},
                                              {"label", true},
                                              {"description", true},
                                              {"kind", false},
                                              {"mechanisms", false}});
    const Table sources = read(
        kOptionSourcesFile, {{"option", true}, {"source", true}, {"stance", true}, {"note", true}});
    const Table utilities = read(
        kUtilitiesFile,
        {{"option", true}, {"party", true}, {"utility", true}, {"source", true}, {"note", true}});
    const Table salience = read(kSalienceFile, {{"dimension", true},
                                                {"party", true},
                                                {"salience", true},
                                                {"source", true},
                                                {"note", true}});
    for (std::size_t i = before; i < problems.size(); ++i) {
        if (problems[i].field == "file") return std::move(c.set);  // the checks would only echo it
    }
    c.manifest(manifest);
    c.dimensions(dimensions);
    c.options(options);
    // default_option names an option of its own dimension (needs the options read).
    for (const Row& r : dimensions.rows) {
        const std::string& id = dimensions.cell(r, "dimension");
        const std::string& def = dimensions.cell(r, "default_option");
        if (!c.dim_line.count(id) || c.dim_line[id] != r.line || def.empty()) continue;
        DimensionData& d = c.set.dimensions[c.dims[id]];
        const auto o = c.opts.find(id + "." + def);
        if (o == c.opts.end() || !c.opt_line.count(id + "." + def)) {
            c.add(dimensions, r.line, "default_option",
                  quoted(def) + " is not an option of dimension " + quoted(id));
        } else {
            d.default_option = o->second.second;
        }
    }
    c.option_sources(sources);
    c.utilities(utilities);
    c.salience(salience);
    c.set.model = load_model_set(dir, problems);
    return std::move(c.set);
}

void check_codes_kept(const Catalog& built_in, const DataSet& set, const std::string& manifest_path,
                      std::vector<Problem>& problems) {
    const auto line_of = [&](const std::string& id) {
        const auto it = set.manifest_lines.find(id);
        return it == set.manifest_lines.end() ? std::size_t{1} : it->second;
    };
    const auto report = [&](const std::string& id, std::size_t code, std::string_view dim) {
        problems.push_back({manifest_path, line_of(id), "id",
                            quoted(id) + " had code " + std::to_string(code) +
                                (dim.empty() ? std::string() : " in dimension " + quoted(dim)) +
                                " in the catalog this program was built with: codes are "
                                "append-only (share links store them), restore the row"});
    };
    for (std::size_t d = 0; d < built_in.dimensions.size(); ++d) {
        const Dimension& dim = built_in.dimensions[d];
        const std::string id(dim.id);
        if (d >= set.dimensions.size() || set.dimensions[d].id != id) {
            report(id, d, {});
            continue;
        }
        for (std::size_t o = 0; o < dim.options.size(); ++o) {
            const auto& have = set.dimensions[d].options;
            if (o >= have.size() || have[o].id != dim.options[o].id)
                report(id + "." + std::string(dim.options[o].id), o, dim.id);
        }
    }
}

}  // namespace armistice::data
