// lens.cpp — the lenses (see lens.h). Their ids, labels, descriptions and sources are
// data/model/lenses.csv; their multipliers are rows of the durability parameter table
// (durability/params.h, lens_<lens>_<weight>), so the model card lists them and the uncertainty
// bands draw them. The evidence lens keeps every multiplier at 1 by definition. Both compiled in
// as model_data::lenses() (engine/model_data.h).
#include "engine/lens.h"

#include <array>

#include "engine/model_data.h"

namespace armistice {

const Lens& lens(LensId id) {
    static const std::array<Lens, kLensCount> kLenses =
        model_data::lenses();  // immutable once built
    return kLenses[static_cast<std::size_t>(id)];
}

}  // namespace armistice
