// partial_coverage.cpp — strands of a partial deal (see partial_coverage.h).
#include "engine/durability/partial_coverage.h"

#include <array>
#include <string_view>

#include "engine/catalog.h"
#include "engine/scope.h"

namespace armistice::durability {

namespace {

using P = ParamId;

constexpr std::array<StrandRow, kStrandCount> kStrands = {{
    {Strand::Energy, "energy", P::partial_hr_energy, P::partial_violations_energy},
    {Strand::Maritime, "maritime", P::partial_hr_maritime, P::partial_violations_maritime},
    {Strand::Prisoners, "prisoners", P::partial_hr_prisoners, P::partial_violations_prisoners},
    {Strand::NuclearPlant, "nuclear_plant", P::partial_hr_nuclear_plant,
     P::partial_violations_nuclear_plant},
}};

// Which clause options put a strand in the deal (qualified catalog ids; humanitarian terms are
// read from the Humanitarian mechanism instead, so every prisoner option counts).
struct StrandOption {
    std::string_view option;
    Strand strand;
};
constexpr StrandOption kOptions[] = {
    {"process.energy_pause", Strand::Energy},
    {"black_sea.supervised_trade", Strand::Maritime},
    {"black_sea.free_navigation", Strand::Maritime},
    {"zaporizhzhia_npp.iaea_neutral", Strand::NuclearPlant},
    {"zaporizhzhia_npp.us_operated", Strand::NuclearPlant},
    {"zaporizhzhia_npp.iaea_shared_power", Strand::NuclearPlant},
};

StrandMask bit(Strand s) {
    return static_cast<StrandMask>(1u << static_cast<unsigned>(s));
}

}  // namespace

StrandMask named_strands(StrandMask mask) {
    const StrandMask n = mask & static_cast<StrandMask>(~kPartialUnnamed);
    return n == 0 && mask != 0 ? bit(Strand::Energy) : n;
}

const StrandRow& strand_row(Strand s) {
    return kStrands[static_cast<std::size_t>(s)];
}

StrandMask partial_strands(const Scenario& s) {
    if (scope_of(s).kind != Scope::Partial) return 0;
    StrandMask m = 0;
    for (const StrandOption& o : kOptions) {
        const auto ref = catalog().find_qualified(o.option);
        if (ref && s.choice(ref->dim) == ref->option) m |= bit(o.strand);
    }
    if (has(s.mechanisms(), Mechanism::Humanitarian)) m |= bit(Strand::Prisoners);
    return m == 0 ? kPartialUnnamed : m;
}

MechanismSet partial_relevant(const MechanismSet& m) {
    using M = Mechanism;
    constexpr M kKept[] = {M::ObserversNeutral, M::ObserversWithParty, M::TechMonitoring,
                           M::JointCommission,  M::SpecificityHigh,    M::SpecificityLow,
                           M::EconomicLinkage,  M::AutoSnapback,       M::GreatPowerParty,
                           M::Humanitarian};
    MechanismSet out;
    for (M k : kKept)
        if (has(m, k)) add(out, k);
    return out;
}

double partial_hazard_weight(StrandMask mask, const ParamSet& p) {
    if (mask == 0) return 1.0;
    double w = 0.0;
    const StrandMask n = named_strands(mask);
    for (const StrandRow& r : kStrands)
        if (n & bit(r.strand)) w += p[r.relative_hazard];
    return w;
}

double partial_violations_per_month(StrandMask mask, const ParamSet& p) {
    constexpr double kWeeksPerMonth = 365.25 / 12.0 / 7.0;
    double v = 0.0;
    const StrandMask n = named_strands(mask);
    for (const StrandRow& r : kStrands)
        if (n & bit(r.strand)) v += p[r.violations] * kWeeksPerMonth;
    return v;
}

double partial_extension(StrandMask mask, const ParamSet& p) {
    int strands = 0;
    const StrandMask n = named_strands(mask);
    for (const StrandRow& r : kStrands)
        if (n & bit(r.strand)) ++strands;
    const double e =
        p[P::extension_partial] + p[P::extension_partial_breadth] * (strands > 1 ? strands - 1 : 0);
    return e < p[P::extension_interim] ? e : p[P::extension_interim];
}

}  // namespace armistice::durability
