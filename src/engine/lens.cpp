// lens.cpp — the lenses' assumptions (see lens.h). Multipliers are assumptions that encode each
// source's argument; the evidence lens keeps every multiplier at 1.
#include "engine/lens.h"

#include <array>

namespace armistice {

namespace {

// clang-format off
const std::array<Lens, kLensCount> kLenses = {{
    {LensId::Evidence, "evidence", "Historical evidence",
     "Uses the historical ceasefire record alone: every mechanism at the middle of its "
     "evidence range, no view on Russia's aims.",
     SourceId::Historical, 1, 1, 1, 1, 1, 1},
    {LensId::Revisionist, "revisionist", "Russia as revisionist",
     "Assumes Russia's aim is control of Ukraine, so a pause serves regeneration: concessions buy "
     "little and only deterrence keeps the peace (the argument of seed 003 and seed 000).",
     SourceId::Seed003, 2.0, 0.5, 0.7, 1.5, 0.8, 1.0},
    {LensId::SecurityDriven, "security_driven", "Russia as security-driven",
     "Assumes the war grew from unresolved security fears, so neutrality and a wider European "
     "settlement lower the risk while Western troops in Ukraine raise it (seed 002).",
     SourceId::Seed002, 0.7, 2.0, 1.8, 0.8, 1.2, 0.8},
    {LensId::Leverage, "leverage", "Leverage decides",
     "Assumes outcomes follow military and economic pressure: the context levers weigh most on "
     "each party's alternative to a deal (seed 001).",
     SourceId::Seed001, 1.2, 0.8, 1.0, 1.3, 0.9, 2.0},
    {LensId::Process, "process", "Process decides",
     "Assumes institutions carry a deal: commissions, neutral observers and a ceasefire track "
     "before the political track matter most (seed 004).",
     SourceId::Seed004, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0},
}};
// clang-format on

}  // namespace

const Lens& lens(LensId id) { return kLenses[static_cast<std::size_t>(id)]; }

}  // namespace armistice
