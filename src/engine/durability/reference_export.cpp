// reference_export.cpp — see reference_export.h.
#include "engine/durability/reference_export.h"

#include <cstdio>
#include <vector>

#include "engine/durability/durability.h"
#include "engine/durability/params.h"
#include "engine/durability/partial_coverage.h"

namespace armistice::durability {

namespace {
std::string num(double v) {
    char b[40];
    std::snprintf(b, sizeof b, "%.17g", v);
    return b;
}
}  // namespace

std::string export_reference_input(const HazardInput& in, std::uint64_t seed, std::uint32_t runs,
                                   std::uint32_t horizon) {
    std::string o = "{\n  \"runs\": " + std::to_string(runs) + ",\n  \"horizon\": " + std::to_string(horizon) +
                    ",\n  \"seed\": " + std::to_string(seed) + ",\n  \"mechanisms\": [";
    bool first = true;
    for (std::size_t i = 0; i < kMechanismCount; ++i) {
        if (!in.mechanisms.test(i)) continue;
        o += (first ? "\"" : ", \"") + std::string(mechanism_name(static_cast<Mechanism>(i))) + "\"";
        first = false;
    }
    o += "],\n  \"dynamic_layer\": " + std::string(in.dynamic_layer ? "true" : "false");
    o += ",\n  \"stakes\": " + std::string(in.stakes ? "true" : "false");
    // Lens weights and lever weights are parameter rows: the reference reads them per set.
    const auto& table = param_table();
    o += ",\n  \"lens_rows\": ";
    if (in.lens_rows) {
        const char* keys[] = {"revisionism", "concession",  "western_presence",
                              "deterrence",  "institution", "leverage"};
        for (std::size_t i = 0; i < kLensWeightCount; ++i)
            o += std::string(i ? ", \"" : "{\"") + keys[i] + "\": \"" +
                 std::string(table[static_cast<std::size_t>((*in.lens_rows)[i])].name) + "\"";
        o += "}";
    } else {
        o += "null";
    }
    o += ",\n  \"lever_deviation\": [";
    for (std::size_t i = 0; i < kLeverWeightCount; ++i)
        o += (i ? ", " : "") + num(in.lever_deviation[i]);
    o += "], \"us_reliability\": " + num(in.us_reliability) +
         ", \"european_readiness\": " + num(in.european_readiness);
    o += ",\n  \"consent\": " + std::string(in.consent ? "true" : "false") + ", \"separation_share\": " +
         (in.separation_share ? "\"" + std::string(param_table()[static_cast<std::size_t>(*in.separation_share)].name) + "\""
                              : std::string("null"));
    o += ",\n  \"partial_strands\": [";
    const StrandMask covered = named_strands(in.partial_strands);
    for (std::size_t i = 0; i < kStrandCount; ++i) {
        if (!(covered & (1u << i))) continue;  // the rows whose relative hazards add up
        const ParamId id = strand_row(static_cast<Strand>(i)).relative_hazard;
        o += (o.back() == '[' ? "\"" : ", \"") +
             std::string(param_table()[static_cast<std::size_t>(id)].name) + "\"";
    }
    o += "]";
    std::vector<ParamSet> sets(kParameterSets);
    draw_param_sets(seed, kParameterSets, sets.data());
    o += ",\n  \"parameter_sets\": [";
    for (std::size_t k = 0; k < sets.size(); ++k) {
        o += k ? ",\n    {" : "\n    {";
        for (std::size_t j = 0; j < kParamCount; ++j)
            o += (j ? ", \"" : "\"") + std::string(table[j].name) + "\": " + num(sets[k].v[j]);
        o += "}";
    }
    o += "\n  ]\n}\n";
    return o;
}

}  // namespace armistice::durability
