// lens.cpp — the lenses' assumptions (see lens.h). Multipliers are assumptions that encode each
// source's argument; their values, ranges and sources are rows of the durability parameter table
// (durability/params.h, lens_<lens>_<weight>), so the model card lists them and the uncertainty
// bands draw them. The evidence lens keeps every multiplier at 1 by definition.
#include "engine/lens.h"

#include <array>

#include "engine/durability/params.h"

namespace armistice {

namespace {

double row(durability::ParamId id) {
    return durability::param_table()[static_cast<std::size_t>(id)].value;
}

// The six multipliers of lens `k`, in Lens field order, from the parameter table.
#define ARMISTICE_LENS_ROWS(k)                                 \
    row(durability::ParamId::lens_##k##_revisionism),          \
        row(durability::ParamId::lens_##k##_concession),       \
        row(durability::ParamId::lens_##k##_western_presence), \
        row(durability::ParamId::lens_##k##_deterrence),       \
        row(durability::ParamId::lens_##k##_institution),      \
        row(durability::ParamId::lens_##k##_leverage)

// clang-format off
std::array<Lens, kLensCount> make_lenses() { return {{
    {LensId::Evidence, "evidence", "Historical evidence",
     "Uses the historical ceasefire record alone: every mechanism at the middle of its "
     "evidence range, no view on Russia's aims.",
     SourceId::Historical, 1, 1, 1, 1, 1, 1},
    {LensId::Revisionist, "revisionist", "Russia as revisionist",
     "Assumes Russia's aim is control of Ukraine, so a pause serves regeneration: concessions buy "
     "little and only deterrence keeps the peace (the argument of seed 003 and seed 000).",
     SourceId::Seed003, ARMISTICE_LENS_ROWS(revisionist)},
    {LensId::SecurityDriven, "security_driven", "Russia as security-driven",
     "Assumes the war grew from unresolved security fears, so neutrality and a wider European "
     "settlement lower the risk while Western troops in Ukraine raise it (seed 002).",
     SourceId::Seed002, ARMISTICE_LENS_ROWS(security_driven)},
    {LensId::Leverage, "leverage", "Leverage decides",
     "Assumes outcomes follow military and economic pressure: the context levers weigh most on "
     "each party's alternative to a deal (seed 001).",
     SourceId::Seed001, ARMISTICE_LENS_ROWS(leverage)},
    {LensId::Process, "process", "Process decides",
     "Assumes institutions carry a deal: commissions, neutral observers and a ceasefire track "
     "before the political track matter most (seed 004).",
     SourceId::Seed004, ARMISTICE_LENS_ROWS(process)},
}}; }
// clang-format on
#undef ARMISTICE_LENS_ROWS

}  // namespace

const Lens& lens(LensId id) {
    static const std::array<Lens, kLensCount> kLenses = make_lenses();  // immutable once built
    return kLenses[static_cast<std::size_t>(id)];
}

}  // namespace armistice
