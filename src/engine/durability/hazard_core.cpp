// hazard_core.cpp — channel hazards and per-month threshold tables (see hazard_core.h).
//
// Units: hazards are probabilities per month; HRs are dimensionless multipliers; months are
// 1-based. Only + - * / sqrt and det_math (no libm transcendental functions) feed the results.
#include "engine/durability/hazard_core.h"

#include "engine/durability/det_math.h"
#include "engine/durability/deterrence.h"
#include "engine/durability/partial_coverage.h"
#include "engine/durability/rng.h"

namespace armistice::durability {

namespace {

using M = Mechanism;
using P = ParamId;

constexpr double kMaxMonthlyHazard = 0.95;  // probability/month, numerical guard
constexpr double kMaxErosionProb = 0.04;    // probability/month, keeps thresholds < 2^32

// Log-multipliers per channel: `v` for the capped agreement group (the strength of the
// agreement's own terms), `outside` for deterrence by a guarantor, which acts beyond that cap.
struct ChannelLogs {
    std::array<double, kChannelCount> v{};
    std::array<double, kChannelCount> outside{};
};

enum class Group : std::uint8_t { Agreement, Deterrence };

class Accumulator {
public:
    Accumulator(const ParamSet& p) {
        share_[0] = p[P::share_escalation];
        share_[2] = p[P::share_collapse];
        share_[1] = 1.0 - share_[0] - share_[2];
        off_ = p[P::off_channel_weight];
    }
    // HR acting primarily on `primary`, raised to the lens exponent `lens_exp` (>= 0).
    void add(Channel primary, double hr, double lens_exp = 1.0, Group group = Group::Agreement) {
        if (hr == 1.0 || lens_exp == 0.0) return;
        const double l = det_log(hr) * lens_exp;
        const std::size_t pc = static_cast<std::size_t>(primary);
        const double a_primary = (1.0 - off_ * (1.0 - share_[pc])) / share_[pc];
        auto& target = group == Group::Agreement ? logs_.v : logs_.outside;
        for (std::size_t ch = 0; ch < kChannelCount; ++ch) target[ch] += l * (ch == pc ? a_primary : off_);
    }
    const ChannelLogs& logs() const { return logs_; }
    // Scales the capped agreement group (not deterrence) by `f` in [0, 1].
    void scale_agreement(double f) {
        for (double& l : logs_.v) l *= f;
    }
    double share(std::size_t ch) const { return share_[ch]; }

private:
    std::array<double, kChannelCount> share_{};
    double off_ = 0.5;
    ChannelLogs logs_;
};

}  // namespace

double lens_weight(const HazardInput& in, const ParamSet& p, LensWeight w) {
    return in.lens_rows ? p[(*in.lens_rows)[static_cast<std::size_t>(w)]] : 1.0;
}

double lever_pressure(const HazardInput& in, const ParamSet& p) {
    // Sign: +1 when a rise of the lever adds pressure to resume (outside support), else −1.
    constexpr struct {
        LeverWeight lever;
        ParamId weight;
        double sign;
    } kLevers[] = {{LeverWeight::Aid, P::lever_weight_aid, -1.0},
                   {LeverWeight::Sanctions, P::lever_weight_sanctions, -1.0},
                   {LeverWeight::OutsideSupport, P::lever_weight_outside_support, 1.0},
                   {LeverWeight::Trend, P::lever_weight_trend, -1.0},
                   {LeverWeight::Inflation, P::lever_weight_inflation, -1.0},
                   {LeverWeight::Casualties, P::lever_weight_casualties, -1.0}};
    double x = 0.0;
    for (const auto& l : kLevers)
        x += l.sign * p[l.weight] * in.lever_deviation[static_cast<std::size_t>(l.lever)];
    return x;
}

namespace {

// A Western-backed deterrent loses effect as commitment lapses: HR → 1 with credibility → 0.
double credible(double hr, double cred) { return 1.0 - (1.0 - hr) * cred; }

double credibility(const ParamSet& p, int c) {
    return c == 0 ? 1.0 : (c == 1 ? p[P::credibility_wavering] : p[P::credibility_lapsed]);
}

// Smooth floor: sqrt(a^2 + f^2) / sqrt(1 + f^2): strictly increasing in a, never below ~f,
// equal to 1 at a = 1 (avoids the ties a hard cap creates).
double smooth_floor(double a, double f) { return std::sqrt(a * a + f * f) / std::sqrt(1.0 + f * f); }

// Vague terms: part of the agreement's own protective effect is lost, because measures that are
// not pinned down are not implemented (Minsk 2014: agreed withdrawals never carried out).
Accumulator& vague_terms(const MechanismSet& m, const ParamSet& p, Accumulator& acc) {
    if (has(m, M::SpecificityLow) && !has(m, M::SpecificityHigh)) acc.scale_agreement(1.0 - p[P::vague_terms_dampening]);
    return acc;
}

ChannelLogs agreement_logs(const HazardInput& in, const ParamSet& p, int c) {
    const MechanismSet& m = in.mechanisms;
    Accumulator acc(p);
    const double institution = lens_weight(in, p, LensWeight::Institution);
    const double deterrence = lens_weight(in, p, LensWeight::Deterrence);
    const double cred = credibility(p, in.dynamic_layer ? c : 0);
    // Separation measures act on the share of the front they cover (sector_shares.h).
    const double sector = in.separation_share ? p[*in.separation_share] : 1.0;
    auto sectoral = [sector](double hr) { return 1.0 - sector * (1.0 - hr); };
    // [SECTION] generic mechanisms (coded in the backtest)
    if (has(m, M::Withdrawal)) acc.add(Channel::Escalation, sectoral(p[P::hr_withdrawal]));
    if (has(m, M::Dmz)) acc.add(Channel::Escalation, sectoral(p[P::hr_dmz]));
    if (has(m, M::DmzWide)) acc.add(Channel::Escalation, sectoral(p[P::hr_dmz_wide]));
    // Consent-based mechanisms (monitors, peacekeepers, joint bodies) work only with the
    // cooperation of the party they monitor; an imposed arrangement gets none of their effect.
    const bool consented = !in.dynamic_layer || in.consent;
    if (consented && has(m, M::ObserversNeutral))
        acc.add(Channel::Escalation, p[P::hr_observers_neutral], institution);
    if (consented && has(m, M::ObserversWithParty))
        acc.add(Channel::Escalation, p[P::hr_observers_with_party], institution);
    if (consented && has(m, M::ArmedNeutralForce)) acc.add(Channel::Escalation, p[P::hr_armed_neutral]);
    if (has(m, M::ForceWithParty)) acc.add(Channel::Escalation, p[P::hr_force_with_party]);
    // Historical cases code only "a guarantee"; the Russia–Ukraine layer reads who guarantees
    // and how (the deterrence score below) instead.
    if (has(m, M::Guarantee) && !in.dynamic_layer)
        acc.add(Channel::Deliberate, p[P::hr_guarantee], 1.0, Group::Deterrence);
    if (consented && has(m, M::JointCommission))
        acc.add(Channel::Escalation, p[P::hr_joint_commission], institution);
    if (has(m, M::SpecificityHigh) && !has(m, M::SpecificityLow))
        acc.add(Channel::Escalation, p[P::hr_specificity_high]);
    if (has(m, M::ArmsLimits)) acc.add(Channel::Deliberate, p[P::hr_arms_limits]);
    if (has(m, M::EconomicLinkage)) acc.add(Channel::Collapse, p[P::hr_economic_linkage]);
    if (!in.dynamic_layer) return vague_terms(m, p, acc).logs();

    // [SECTION] Russia–Ukraine layer (assumptions; see params.h)
    if (has(m, M::TechMonitoring)) acc.add(Channel::Escalation, p[P::hr_tech_monitoring]);
    // Deterrence: guarantor, automaticity, forces on the ground, nuclear commitment (deterrence.h).
    const double score = deterrence_profile(m, p).score;
    if (score > 0.0)
        acc.add(Channel::Deliberate,
                credible(1.0 - (1.0 - p[P::hr_strong_guarantee]) * score, cred), deterrence,
                Group::Deterrence);
    if (has(m, M::GuaranteeConditional)) acc.add(Channel::Escalation, p[P::hr_conditional_guarantee]);
    if (has(m, M::InternationalAdmin)) acc.add(Channel::Escalation, p[P::hr_international_admin]);
    if (has(m, M::UkraineRearmed))
        acc.add(Channel::Deliberate, credible(p[P::hr_ukraine_rearmed], cred), deterrence);
    if (has(m, M::AutoSnapback)) acc.add(Channel::Collapse, p[P::hr_auto_snapback], deterrence);
    if (has(m, M::AssetsEscrow)) acc.add(Channel::Deliberate, p[P::hr_assets_escrow], deterrence);
    if (has(m, M::SecondarySanctions))
        acc.add(Channel::Deliberate, p[P::hr_secondary_sanctions], deterrence);
    if (has(m, M::FlankAlert)) acc.add(Channel::Deliberate, p[P::hr_flank_alert], deterrence);
    // Russia's war aims met (stakes after the freeze), weighted by the lens.
    const M concessions[] = {M::NatoBarred, M::ArmsControlEurope, M::RecognitionDeFacto, M::RecognitionDeJure,
                             M::MaximalTerritory};
    for (M k : concessions)
        if (has(m, k))
            acc.add(Channel::Deliberate, p[P::hr_concession],
                    lens_weight(in, p, LensWeight::Concession));
    if (has(m, M::UkraineGains)) acc.add(Channel::Deliberate, p[P::hr_ukraine_gains]);
    if (consented && has(m, M::TwoTracks))
        acc.add(Channel::Deliberate, p[P::hr_two_tracks], institution);
    return vague_terms(m, p, acc).logs();
}

// Multipliers outside the agreement cap, the same on every channel (context of the war).
double context_multiplier(const HazardInput& in, const ParamSet& p) {
    const MechanismSet& m = in.mechanisms;
    double x = 1.0;
    if (has(m, M::SpecificityLow) && !has(m, M::SpecificityHigh)) x *= p[P::hr_specificity_low];
    if (has(m, M::TerritoryUnresolved)) x *= p[P::hr_territory_unresolved];
    if (has(m, M::GreatPowerParty)) x *= p[P::hr_great_power_party];
    if (has(m, M::DecisiveVictory)) x *= p[P::hr_decisive_victory];
    if (in.stakes) x *= p[P::hr_stakes];
    return x;
}

double detection_share(const HazardInput& in, const ParamSet& p) {
    const MechanismSet& m = in.mechanisms;
    double d = p[P::detection_none];
    if (has(m, M::ObserversWithParty) || has(m, M::ForceWithParty)) d = p[P::detection_with_party];
    if (has(m, M::ObserversNeutral)) d = p[P::detection_observers];
    if (has(m, M::ArmedNeutralForce)) d = p[P::detection_armed];
    if (has(m, M::TechMonitoring)) d += p[P::detection_tech_bonus];
    return clamp(d, 0.0, p[P::detection_cap]);
}

// A detected breach answered by political decision; a guarantor's automatic commitment
// (deterrence automaticity, Russia–Ukraine layer) moves that towards the automatic response.
double political_answer(const HazardInput& in, const ParamSet& p, int c) {
    double a = p[P::political_approval];
    if (in.dynamic_layer) a += (p[P::auto_response] - a) * deterrence_profile(in.mechanisms, p).automaticity;
    return a * credibility(p, in.dynamic_layer ? c : 0);
}

double answer_probability(const HazardInput& in, const ParamSet& p, int c) {
    if (has(in.mechanisms, M::AutoSnapback)) return p[P::auto_response];
    return political_answer(in, p, c);
}

double unanswered_share(const HazardInput& in, const ParamSet& p, int c) {
    return 1.0 - detection_share(in, p) * answer_probability(in, p, c);
}

double escalation_multiplier(const HazardInput& in, const ParamSet& p) {
    const ChannelLogs l = agreement_logs(in, p, 0);
    return smooth_floor(det_exp(l.v[0]), p[P::agreement_floor]) * det_exp(l.outside[0]);
}

}  // namespace

namespace {

// Everything in a channel's hazard except the month-dependent parts (baseline, regeneration)
// and the erosion level: computed once per (parameter set, commitment level).
struct StateFactors {
    std::array<double, kChannelCount> k{};  // multiplier on h0(t) per channel
    double regen_gain = 0.0;                // deliberate channel: 1 + gain * min(t/R, 1)
    double regen_months = 1.0;
    double erosion_hr = 1.0;                // deliberate and collapse: erosion_hr^e
};

StateFactors state_factors(const HazardInput& in, const ParamSet& p, int c) {
    StateFactors f;
    const ChannelLogs logs = agreement_logs(in, p, c);
    const double ctx = context_multiplier(in, p);
    const double floor = p[P::agreement_floor];
    const double s_esc = p[P::share_escalation], s_col = p[P::share_collapse];
    const double s_del = 1.0 - s_esc - s_col;
    const double base = p[P::base_hazard_month1] * p[P::interstate_scale] * ctx *
                        partial_hazard_weight(in.partial_strands, p);
    f.k[0] = base * s_esc * smooth_floor(det_exp(logs.v[0]), floor) * det_exp(logs.outside[0]);
    f.k[1] = base * s_del * smooth_floor(det_exp(logs.v[1]), floor) * det_exp(logs.outside[1]);
    f.k[2] = base * s_col * smooth_floor(det_exp(logs.v[2]), floor) * det_exp(logs.outside[2]);
    // A party's force: the deal holds only while the patron wants it (generic evidence).
    if (has(in.mechanisms, M::ForceWithParty)) f.k[1] *= p[P::hr_patron_control];
    if (in.dynamic_layer) {
        const MechanismSet& m = in.mechanisms;
        double d = lens_weight(in, p, LensWeight::Revisionism);
        if (has(m, M::UkraineDemilitarised)) d *= p[P::hr_ukraine_demilitarised];
        else if (has(m, M::UkraineCapped)) d *= p[P::hr_ukraine_capped];
        if (has(m, M::SanctionsLifted)) d *= p[P::hr_sanctions_lifted];
        if (has(m, M::AssetsToUkraine)) d *= p[P::hr_assets_to_ukraine];
        // Consent: a deal Russia signed engages its reputation; an imposed one holds only by
        // deterrence, so the deliberate hazard rises as the (credibility-weighted) deterrent thins.
        if (in.consent) d *= p[P::hr_consent];
        else d *= 1.0 + p[P::imposed_thin_deterrence] * (1.0 - deterrence_profile(m, p).score * credibility(p, c));
        // Western forces may provoke rather than deter (lens weight; 1 = no provocation).
        if (has(m, M::WesternForce)) d *= lens_weight(in, p, LensWeight::WesternPresence);
        // Levers: pressure on Russia's deliberate choice, weighted by the lens.
        d *= clamp(1.0 + lens_weight(in, p, LensWeight::Leverage) * p[P::lever_sensitivity] *
                             lever_pressure(in, p),
                   p[P::lever_multiplier_low], p[P::lever_multiplier_high]);
        f.k[1] *= d;
        f.k[2] *= clamp(unanswered_share(in, p, c) / p[P::unanswered_reference],
                        p[P::unanswered_multiplier_low], p[P::unanswered_multiplier_high]);
        // Regeneration during the pause (seed 003), linear up to regeneration_months.
        // Caps on Ukraine alone let Russia rebuild unmatched; mutual European ceilings slow it.
        f.regen_gain = p[P::regeneration_gain];
        if (has(m, M::UkraineCapped) && !has(m, M::ArmsControlEurope)) f.regen_gain *= 1.0 + p[P::regen_one_sided];
        if (has(m, M::ArmsControlEurope)) f.regen_gain *= p[P::regen_mutual_limits];
        f.regen_months = p[P::regeneration_months];
        f.erosion_hr = p[P::erosion_hr];
    }
    return f;
}

// The parts of a month's channel hazards that do not depend on the erosion level (computed once
// per month when the tables are built, then finished for each level).
struct MonthPart {
    double esc, del, col;  // escalation; deliberate and collapse before the erosion factor
};

MonthPart month_part(const StateFactors& f, double shape_term, double t) {
    const double regen = 1.0 + f.regen_gain * (t < f.regen_months ? t / f.regen_months : 1.0);
    return {f.k[0] * shape_term, f.k[1] * shape_term * regen, f.k[2] * shape_term};
}

double erosion_factor(const StateFactors& f, int e) {
    double erosion = 1.0;
    for (int k = 0; k < e; ++k) erosion *= f.erosion_hr;
    return erosion;
}

std::array<double, kChannelCount> finish(const MonthPart& m, double erosion) {
    std::array<double, kChannelCount> h{};
    h[0] = m.esc;
    h[1] = m.del * erosion;
    h[2] = m.col * erosion;
    const double total = h[0] + h[1] + h[2];
    if (total > kMaxMonthlyHazard) {
        const double s = kMaxMonthlyHazard / total;
        for (double& x : h) x *= s;
    }
    return h;
}

std::array<double, kChannelCount> combine(const StateFactors& f, double shape_term, double t,
                                          int e) {
    return finish(month_part(f, shape_term, t), erosion_factor(f, e));
}

}  // namespace

// ln(month) for months 1..kMaxMonths, computed once (deterministic: det_log).
static double log_month(std::uint32_t month) {
    constexpr std::uint32_t kMaxMonths = 480;
    static const std::vector<double> table = [] {
        std::vector<double> t(kMaxMonths + 1, 0.0);
        for (std::uint32_t i = 1; i <= kMaxMonths; ++i) t[i] = det_log(static_cast<double>(i));
        return t;
    }();
    return month <= kMaxMonths ? table[month] : det_log(static_cast<double>(month));
}

std::array<double, kChannelCount> channel_hazards(const HazardInput& in, const ParamSet& p,
                                                  std::uint32_t month, int c, int e) {
    const double t = static_cast<double>(month);
    return combine(state_factors(in, p, c), det_pow(t, p[P::weibull_shape] - 1.0), t, e);
}

SetTables build_tables(const HazardInput& in, const ParamSet& p, std::uint32_t horizon) {
    SetTables t;
    t.horizon = horizon;
    t.n_commit = in.dynamic_layer ? kCommitLevels : 1;
    t.n_erosion = in.dynamic_layer ? kErosionLevels : 1;
    t.thr.resize(static_cast<std::size_t>(t.n_commit) * t.n_erosion * horizon);
    t.erode.resize(t.thr.size());
    const double esc_mult = escalation_multiplier(in, p);
    const double ctx = context_multiplier(in, p);
    const double revisionism = lens_weight(in, p, LensWeight::Revisionism);
    t.serious_per_month = p[P::serious_violations_per_month] * esc_mult * ctx * revisionism;
    // A partial deal leaves the fighting on: its violations are breaches of what it covers.
    t.incidents_per_month =
        (in.partial_strands ? partial_violations_per_month(in.partial_strands, p)
                            : p[P::incidents_per_month]) *
        esc_mult;
    t.obligation_rate = p[P::obligation_violation_rate] * revisionism;
    t.detection = detection_share(in, p);
    for (int c = 0; c < kCommitLevels; ++c)
        t.answer_given_detected[static_cast<std::size_t>(c)] = political_answer(in, p, c);
    t.auto_answer = p[P::auto_response];
    std::vector<double> shape_term(horizon);
    const double k1 = p[P::weibull_shape] - 1.0;
    for (std::uint32_t mo = 1; mo <= horizon; ++mo) shape_term[mo - 1] = det_exp(k1 * log_month(mo));
    for (int c = 0; c < t.n_commit; ++c) {
        const StateFactors f = state_factors(in, p, c);
        const double erode_p = in.dynamic_layer
                                   ? clamp(t.serious_per_month * unanswered_share(in, p, c), 0.0, kMaxErosionProb)
                                   : 0.0;
        std::array<double, kErosionLevels> erosion{};
        for (int e = 0; e < t.n_erosion; ++e)
            erosion[static_cast<std::size_t>(e)] = erosion_factor(f, e);
        for (std::uint32_t mo = 1; mo <= horizon; ++mo) {
            const MonthPart part = month_part(f, shape_term[mo - 1], static_cast<double>(mo));
            for (int e = 0; e < t.n_erosion; ++e) {
                const std::size_t i =
                    (static_cast<std::size_t>(c) * t.n_erosion + e) * horizon + (mo - 1);
                const auto h = finish(part, erosion[static_cast<std::size_t>(e)]);
                const double a = h[0], b = a + h[1], d = b + h[2];
                const double er = (e + 1 < t.n_erosion) ? d + erode_p : d;
                t.thr[i] = {probability_threshold(a), probability_threshold(b),
                            probability_threshold(d), probability_threshold(er)};
                t.erode[i] = t.thr[i].erode;
            }
        }
    }
    t.check.assign(horizon, 0);
    if (in.dynamic_layer) {
        const auto first = static_cast<std::uint32_t>(p[P::us_election_first_month]);
        for (std::uint32_t mo = 1; mo <= horizon; ++mo) {
            std::uint8_t k = 0;
            if (mo >= first && (mo - first) % 48 == 0) k |= 1;
            if (mo % 12 == 0) k |= 2;
            t.check[mo - 1] = k;
            if (k != 0) t.check_months.push_back(mo);
        }
        t.t_us_drop = probability_threshold(p[P::us_drop_per_election] * (1.0 - in.us_reliability));
        t.t_eu_drop = probability_threshold(p[P::eu_fatigue_per_year] * (1.0 - in.european_readiness));
        t.t_recover = probability_threshold(p[P::commitment_recovery]);
    }
    return t;
}

double static_survival(const HazardInput& in, const ParamSet& p, std::uint32_t months) {
    double s = 1.0;
    const StateFactors f = state_factors(in, p, 0);
    for (std::uint32_t mo = 1; mo <= months; ++mo) {
        const double t = static_cast<double>(mo);
        const auto h = combine(f, det_pow(t, p[P::weibull_shape] - 1.0), t, 0);
        s *= 1.0 - (h[0] + h[1] + h[2]);
    }
    return s;
}

}  // namespace armistice::durability
