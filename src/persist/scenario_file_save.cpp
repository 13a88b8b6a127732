// scenario_file_save.cpp — save(JSONOutputArchive, ...) for scenario files (see scenario_file.h).
//
// Non-member cereal save functions over small view wrappers, so the key names and order of the
// file format live in one place. Output is deterministic: keys in format order, every dimension
// and lever written (a file never depends on today's defaults), doubles in shortest round-trip
// form (rapidjson Grisu), red lines in table order.
#include "persist/cereal_json.h"
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <sstream>

#include "engine/red_lines.h"
#include "persist/scenario_file.h"

namespace armistice::persist {

// Non-member save for the optional "meta" object (found by ADL).
template <class Archive>
void save(Archive& ar, const PresetMeta& meta) {
    ar(cereal::make_nvp("date", meta.date));
    ar(cereal::make_nvp("proposer", meta.proposer));
    ar(cereal::make_nvp("status", std::string(preset_status_key(meta.status))));
    ar(cereal::make_nvp("sources", meta.sources));
    if (!meta.premise.empty()) ar(cereal::make_nvp("premise", meta.premise));
}

namespace {

struct ClausesOut {
    const Choices& choices;
};
struct ContextOut {
    const Context& context;
};
struct SimulationOut {
    const SimSettings& sim;
};

template <class Archive>
void save(Archive& ar, const ClausesOut& c) {
    const Catalog& cat = catalog();
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const Dimension& dim = cat.dimensions[d];
        const std::uint8_t o = c.choices[d];
        const std::string option_id = o < dim.options.size() ? std::string(dim.options[o].id) : "";
        ar(cereal::make_nvp(std::string(dim.id).c_str(), option_id));
    }
}

template <class Archive>
void save(Archive& ar, const ContextOut& c) {
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        const std::string id(lever_info(static_cast<Lever>(l)).id);
        ar(cereal::make_nvp(id.c_str(), c.context.values[l]));
    }
}

template <class Archive>
void save(Archive& ar, const SimulationOut& s) {
    ar(cereal::make_nvp("runs", s.sim.runs));
    ar(cereal::make_nvp("horizon_months", s.sim.horizon_months));
    ar(cereal::make_nvp("seed", s.sim.seed));
}

std::vector<std::string> relaxed_ids(std::uint64_t mask) {
    std::vector<std::string> ids;
    const auto& lines = red_lines();
    for (std::size_t i = 0; i < lines.size() && i < kMaxRedLines; ++i) {
        if ((mask >> i) & 1u) ids.emplace_back(lines[i].id);
    }
    return ids;
}

}  // namespace

std::string save_scenario_json(const ScenarioFile& file) {
    const Scenario& s = file.scenario;
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options(
                                              324, cereal::JSONOutputArchive::Options::IndentChar::space, 2));
        ar(cereal::make_nvp("format", std::string(kScenarioFileFormat)));
        ar(cereal::make_nvp("version", kScenarioFileVersion));
        ar(cereal::make_nvp("id", file.id));
        ar(cereal::make_nvp("name", s.name));
        ar(cereal::make_nvp("description", s.description));
        if (file.meta) ar(cereal::make_nvp("meta", *file.meta));
        ar(cereal::make_nvp("clauses", ClausesOut{s.choices}));
        ar(cereal::make_nvp("context", ContextOut{s.context}));
        ar(cereal::make_nvp("lens", std::string(lens(s.lens).key)));
        ar(cereal::make_nvp("relaxed_red_lines", relaxed_ids(s.relaxed_red_lines)));
        ar(cereal::make_nvp("simulation", SimulationOut{s.sim}));
        if (!file.note.empty()) ar(cereal::make_nvp("note", file.note));
        if (!file.goal.empty()) ar(cereal::make_nvp("goal", goal_spec(file.goal)));
        if (file.suggestions_hidden) ar(cereal::make_nvp("suggestions", std::string("hidden")));
        if (s.as_of != 0) ar(cereal::make_nvp("as_of", month_text(s.as_of)));
    }  // the archive closes the root object in its destructor
    std::string text = out.str();
    text += '\n';
    return text;
}

}  // namespace armistice::persist
