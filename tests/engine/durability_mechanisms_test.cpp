// durability_mechanisms_test.cpp — "Will it hold, v2" (issue #12): every mechanism is read by the
// hazard model or marked "no durability effect" with a reason, and the table tells the truth
// (read mechanisms move some hazard, the others move none); deterrence, consent and sector
// shares behave as the model card says.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "engine/durability/deterrence.h"
#include "engine/durability/durability.h"
#include "engine/durability/hazard_core.h"
#include "engine/durability/mechanism_effects.h"
#include "engine/durability/params.h"
#include "engine/durability/ru_mapping.h"
#include "engine/durability/sector_shares.h"

namespace {

using namespace armistice;
using namespace armistice::durability;
using M = Mechanism;

MechanismSet set_of(std::initializer_list<M> ms) {
    MechanismSet s;
    for (M m : ms) add(s, m);
    return s;
}

// Parameter sets at the point values and at every range end, so that a parameter whose point
// value happens to be neutral (HR 1) still shows its effect.
std::vector<ParamSet> probe_params() {
    ParamSet lo, hi;
    const auto& t = param_table();
    for (std::size_t i = 0; i < kParamCount; ++i) {
        lo.v[i] = t[i].low;
        hi.v[i] = t[i].high;
    }
    return {point_params(), lo, hi};
}

// Model inputs a mechanism is toggled in: historical (static) and Russia–Ukraine (dynamic),
// empty or with a guarantee and a separation line in place, with and without consent.
std::vector<HazardInput> probe_inputs() {
    std::vector<HazardInput> out;
    const MechanismSet busy = set_of({M::Guarantee, M::StrongGuarantee, M::Withdrawal, M::Dmz,
                                      M::ObserversNeutral, M::UkraineCapped, M::SpecificityHigh});
    for (bool dyn : {false, true})
        for (const MechanismSet& ms : {MechanismSet{}, busy})
            for (bool consent : {true, false}) {
                HazardInput in;
                in.mechanisms = ms;
                in.dynamic_layer = dyn;
                in.stakes = dyn;
                in.consent = consent;
                out.push_back(in);
            }
    return out;
}

bool same_tables(const SetTables& a, const SetTables& b) {
    if (a.thr.size() != b.thr.size()) return false;
    if (std::memcmp(a.thr.data(), b.thr.data(), a.thr.size() * sizeof(MonthThresholds)) != 0)
        return false;
    return a.serious_per_month == b.serious_per_month &&
           a.incidents_per_month == b.incidents_per_month &&
           a.obligation_rate == b.obligation_rate && a.detection == b.detection &&
           a.answer_given_detected == b.answer_given_detected;
}

// True when switching `m` on or off changes the model's tables for some probe input and set.
bool moves_some_hazard(M m) {
    for (const ParamSet& p : probe_params())
        for (HazardInput in : probe_inputs()) {
            HazardInput with = in, without = in;
            add(with.mechanisms, m);
            without.mechanisms.reset(static_cast<std::size_t>(m));
            if (!same_tables(build_tables(with, p, 24), build_tables(without, p, 24))) return true;
        }
    return false;
}

TEST(DurabilityMechanisms, EveryMechanismIsReadOrHasAReason) {
    const auto& rows = mechanism_effects();
    ASSERT_EQ(rows.size(), kMechanismCount)
        << "a mechanism was appended to mechanisms.h without a row in "
           "src/engine/durability/mechanism_effects.cpp";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const MechanismEffect& e = rows[i];
        EXPECT_EQ(static_cast<std::size_t>(e.mechanism), i) << "row " << i << " is out of order";
        EXPECT_NE(e.reads.empty(), e.no_effect_reason.empty())
            << mechanism_name(e.mechanism)
            << ": exactly one of 'reads' and 'no_effect_reason' must be given";
    }
}

TEST(DurabilityMechanisms, ReadMechanismsMoveAHazardAndTheOthersNone) {
    for (const MechanismEffect& e : mechanism_effects()) {
        if (!e.reads.empty())
            EXPECT_TRUE(moves_some_hazard(e.mechanism))
                << mechanism_name(e.mechanism) << " is said to be read (" << e.reads
                << ") but changes no hazard";
        else
            EXPECT_FALSE(moves_some_hazard(e.mechanism))
                << mechanism_name(e.mechanism)
                << " is marked 'no durability effect' but changes a hazard";
    }
}

// A "carried by" reason is only true if every catalog option setting the mechanism also sets the
// one said to carry its effect.
TEST(DurabilityMechanisms, CarriedByMechanismsAlwaysComeTogether) {
    for (const MechanismEffect& e : mechanism_effects()) {
        if (e.carried_by == M::Count) continue;
        for (const Dimension& d : catalog().dimensions)
            for (const Option& o : d.options) {
                if (!has(o.mechanisms, e.mechanism)) continue;
                EXPECT_TRUE(has(o.mechanisms, e.carried_by))
                    << d.id << "." << o.id << " sets " << mechanism_name(e.mechanism) << " without "
                    << mechanism_name(e.carried_by);
            }
    }
}

TEST(DurabilityDeterrence, Article5WithUsIsNotAGenericGuarantee) {
    const ParamSet p = point_params();
    const double generic = deterrence_profile(set_of({M::Guarantee}), p).score;
    const double us_pledge =
        deterrence_profile(set_of({M::Guarantee, M::StrongGuarantee}), p).score;
    const double nato =
        deterrence_profile(set_of({M::Guarantee, M::StrongGuarantee, M::NatoMembership}), p).score;
    const double nato_troops =
        deterrence_profile(
            set_of({M::Guarantee, M::StrongGuarantee, M::NatoMembership, M::WesternForce}), p)
            .score;
    EXPECT_GT(generic, 0.0);
    EXPECT_LT(generic, us_pledge);
    EXPECT_LT(us_pledge, nato);
    EXPECT_LT(nato, nato_troops);
    EXPECT_LE(nato_troops, 1.0);
    // European troops without the US: forces count, the nuclear commitment only partly.
    const DeterrenceProfile eu = deterrence_profile(set_of({M::Guarantee, M::WesternForce}), p);
    EXPECT_GT(eu.forces, 0.0);
    EXPECT_GT(eu.nuclear, 0.0);
    EXPECT_LT(eu.nuclear, 1.0);
    // A guarantor group Russia can veto deters nothing.
    EXPECT_EQ(
        deterrence_profile(set_of({M::Guarantee, M::StrongGuarantee, M::GuaranteeRussianVeto}), p)
            .score,
        0.0);
    EXPECT_EQ(deterrence_profile(MechanismSet{}, p).score, 0.0);
}

HazardInput ru_input(MechanismSet ms, bool consent) {
    HazardInput in;
    in.mechanisms = ms;
    in.dynamic_layer = true;
    in.stakes = true;
    in.consent = consent;
    return in;
}

double p_hold_60_of(const HazardInput& in) {
    DurabilityRun run(in, 8000, 60, 7);
    run.advance(8000);
    return run.snapshot().p_hold_60;
}

TEST(DurabilityDeterrence, StrongerDeterrenceHoldsLonger) {
    const double generic = p_hold_60_of(ru_input(set_of({M::Guarantee}), true));
    const double nato =
        p_hold_60_of(ru_input(set_of({M::Guarantee, M::StrongGuarantee, M::NatoMembership}), true));
    EXPECT_GT(nato, generic + 0.02);
}

TEST(DurabilityConsent, ImposedArrangementGetsNoConsentBenefit) {
    const MechanismSet ms =
        set_of({M::Withdrawal, M::Dmz, M::ObserversNeutral, M::JointCommission});
    EXPECT_LT(p_hold_60_of(ru_input(ms, false)), p_hold_60_of(ru_input(ms, true)));
    // Without consent, monitors and joint bodies do nothing (they need the watched party's
    // cooperation).
    const ParamSet p = point_params();
    const auto bare = channel_hazards(ru_input(set_of({M::Withdrawal}), false), p, 3, 0, 0);
    const auto monitored = channel_hazards(
        ru_input(set_of({M::Withdrawal, M::ObserversNeutral, M::JointCommission}), false), p, 3, 0,
        0);
    EXPECT_EQ(bare[0], monitored[0]);
}

TEST(DurabilityConsent, ImposedOffensiveRiskRisesAsDeterrenceThins) {
    const ParamSet p = point_params();
    auto deliberate_ratio = [&](MechanismSet ms) {
        const double imposed = channel_hazards(ru_input(ms, false), p, 6, 0, 0)[1];
        const double agreed = channel_hazards(ru_input(ms, true), p, 6, 0, 0)[1];
        return imposed / agreed;
    };
    const double thin = deliberate_ratio(set_of({M::Guarantee}));
    const double strong = deliberate_ratio(
        set_of({M::Guarantee, M::StrongGuarantee, M::NatoMembership, M::WesternForce}));
    EXPECT_GT(thin, strong);
    EXPECT_GT(strong, 1.0);  // even a strong deterrent does not restore the consent benefit
}

TEST(DurabilitySector, EveryRowNamesACatalogOptionAndAShare) {
    ASSERT_FALSE(sector_table().empty());
    for (const SectorRow& r : sector_table()) {
        EXPECT_TRUE(catalog().find_qualified(r.option).has_value()) << r.option;
        const ParamRow& share = param_table()[static_cast<std::size_t>(r.share)];
        EXPECT_GT(share.low, 0.0) << share.name;
        EXPECT_LT(share.high, 1.0) << share.name;
    }
}

TEST(DurabilitySector, ABufferInOneOblastActsOnItsShareOfTheFront) {
    Scenario s;
    const auto buffer = catalog().find_qualified("separation.buffer_zone");
    const auto dmz = catalog().find_qualified("separation.dmz_narrow");
    ASSERT_TRUE(buffer && dmz);
    s.set_choice(buffer->dim, buffer->option);
    EXPECT_EQ(separation_sector_share(s), ParamId::share_front_donetsk);
    EXPECT_EQ(map_scenario(s).separation_share, ParamId::share_front_donetsk);
    s.set_choice(dmz->dim, dmz->option);
    EXPECT_FALSE(separation_sector_share(s).has_value());
    // Same mechanisms (withdrawal + DMZ): the sectoral buffer lowers the escalation hazard less
    // than a whole-front DMZ, but more than no separation.
    const ParamSet p = point_params();
    HazardInput none = ru_input(MechanismSet{}, true);
    HazardInput whole = ru_input(set_of({M::Withdrawal, M::Dmz}), true);
    HazardInput sector = whole;
    sector.separation_share = ParamId::share_front_donetsk;
    const double h_none = channel_hazards(none, p, 3, 0, 0)[0];
    const double h_whole = channel_hazards(whole, p, 3, 0, 0)[0];
    const double h_sector = channel_hazards(sector, p, 3, 0, 0)[0];
    EXPECT_LT(h_whole, h_sector);
    EXPECT_LT(h_sector, h_none);
}

TEST(DurabilityStakes, OneSidedCapsSpeedRegenerationAndMutualLimitsSlowIt) {
    const ParamSet p = point_params();
    // Month 36 (regeneration complete) against month 1, deliberate channel, divided by the Weibull
    // shape.
    auto growth = [&](MechanismSet ms) {
        const HazardInput in = ru_input(ms, true);
        const double k = p[ParamId::weibull_shape] - 1.0;
        const double h1 = channel_hazards(in, p, 1, 0, 0)[1];
        const double h36 = channel_hazards(in, p, 36, 0, 0)[1] / std::pow(36.0, k);
        return h36 / h1;
    };
    const double free_hand = growth(MechanismSet{});
    const double capped = growth(set_of({M::UkraineCapped}));
    const double mutual = growth(set_of({M::ArmsControlEurope}));
    EXPECT_GT(capped, free_hand * 1.05);
    EXPECT_LT(mutual, free_hand * 0.95);
}

}  // namespace
