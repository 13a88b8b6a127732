// odds.cpp — seeded draws over the ranges of the acceptance model's values (see odds.h).
#include "engine/acceptance/odds.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/consent.h"
#include "engine/acceptance/core_issues.h"
#include "engine/acceptance/party_model.h"
#include "engine/acceptance/valuation.h"
#include "engine/durability/rng.h"

namespace armistice {

namespace {

constexpr double kUtilitySourced = 10.0;     // points
constexpr double kUtilityAssumed = 25.0;     // points
constexpr double kSalienceSourced = 0.2;     // fraction
constexpr double kSalienceAssumed = 0.4;     // fraction
constexpr double kAlternativeHalf = 4.0;     // points
constexpr std::uint64_t kOddsStream = 0x0DD5;  // separates these draws from the durability model's
constexpr std::uint64_t kCoreStream = 0xC0E5;  // core-issue thresholds: their own stream, so the
                                               // margin draws stay as they were
constexpr std::uint64_t kConsentStream = 0xC025E;  // veto players' consent (consent.h)

bool is_assumed(SourceId s) { return s == SourceId::Assumption; }

std::uint8_t left_open_option(Dim d) {
    const auto& options = catalog().at(d).options;
    for (std::uint8_t o = 0; o < options.size(); ++o) {
        if (options[o].kind == ClauseKind::LeftOpen) return o;
    }
    return 0;
}

double utility_half(Party p, Dim d, std::uint8_t o) {
    const auto& row = party_model()[static_cast<std::size_t>(d)].rows[o];
    return is_assumed(row.source[static_cast<std::size_t>(p)]) ? kUtilityAssumed : kUtilitySourced;
}

// One draw of party p's margin, points; mirrors valuation.h term by term (noise 0 reproduces
// the point margin). `drawn` receives the drawn utility of each chosen option (points; left
// as is for the dimensions the frame skips), for the core-issue test.
double draw_margin(Party p, const Scenario& s, const DealFrame& f, durability::Xoshiro128ss& rng,
                   std::vector<double>& halt_noise, std::array<double, kDimensionCount>& drawn) {
    const auto& model = party_model();
    auto sym = [&] { return 2.0 * rng.uniform() - 1.0; };
    double total = 0.0, sum = 0.0;
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const auto dim = static_cast<Dim>(d);
        const double h = is_assumed(model[d].salience_source[static_cast<std::size_t>(p)])
                             ? kSalienceAssumed
                             : kSalienceSourced;
        const double w = effective_salience(p, dim, s.lens) * (1.0 + h * sym());
        total += w;
        const std::uint8_t o = s.choices[d];
        if (f.interim && (dim == Dim::Process || dim == Dim::Scope || dim == Dim::Term)) continue;
        if (f.interim && o == left_open_option(dim)) continue;  // left open: worth 0 either way
        double u = option_utility(p, dim, o) + utility_half(p, dim, o) * sym();
        drawn[d] = u;
        if (f.interim) {
            const std::uint8_t open = left_open_option(dim);
            u -= option_utility(p, dim, open) + utility_half(p, dim, open) * sym();
        }
        sum += w * u;
    }
    for (double& n : halt_noise) n = sym();
    const double ref = f.interim ? 0.0 : reference_value(p, s, f) + kAlternativeHalf * sym();
    return (total > 0 ? sum / total : 0.0) + halt_value(p, s, f, &halt_noise) - ref;
}

double assumed_share(const PartyAcceptance& a, Party p, const Scenario& s, const DealFrame& f) {
    double assumed = 0.0, all = 0.0;
    const auto& model = party_model();
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const auto dim = static_cast<Dim>(d);
        const double v = std::fabs(clause_value(p, dim, s.choices[d], s.lens, f));
        all += v;
        if (is_assumed(model[d].rows[s.choices[d]].source[static_cast<std::size_t>(p)]))
            assumed += v;
    }
    const double halt = std::fabs(a.halt_value);  // sizes of the halt terms are assumed
    all += halt;
    assumed += halt;
    if (!f.interim) {
        const double base = std::fabs(a.alternative.base) + std::fabs(a.alternative.lens_shift);
        all += base;
        assumed += base;  // the bases and the lens shift are assumptions (alternative.cpp)
        for (std::size_t l = 0; l < kLeverCount; ++l) {
            const double v = std::fabs(a.alternative.lever_shift[l]);
            all += v;
            if (is_assumed(alternative_coefficient(p, static_cast<Lever>(l)).source)) assumed += v;
        }
    }
    return all > 0 ? assumed / all : 0.0;
}

}  // namespace

std::string_view verdict_id(Verdict v) {
    switch (v) {
        case Verdict::Likely: return "likely";
        case Verdict::TossUp: return "toss_up";
        case Verdict::Unlikely: return "unlikely";
    }
    return "unlikely";
}

std::string_view verdict_label(Verdict v) { return v == Verdict::TossUp ? "toss-up" : verdict_id(v); }

Verdict verdict_of(double p) {
    if (p >= 2.0 / 3.0) return Verdict::Likely;
    if (p < 1.0 / 3.0) return Verdict::Unlikely;
    return Verdict::TossUp;
}

AcceptanceOdds acceptance_odds(const Scenario& s) {
    AcceptanceOdds out;
    if (is_no_agreement(s)) return out;
    const DealFrame f = deal_frame(s);
    std::array<bool, kPartyCount> blocked{};
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        const PartyAcceptance a = evaluate_party(s, static_cast<Party>(p));
        for (const RedLineHit& h : a.red_lines_crossed) blocked[p] = blocked[p] || !h.relaxed;
        out.parties[p].assumed_share = assumed_share(a, static_cast<Party>(p), s, f);
    }
    std::array<std::uint32_t, kPartyCount> yes{};
    std::array<double, kPartyCount> sum{}, sum_sq{};
    std::uint32_t all_yes = 0, parties_yes = 0, consent_yes = 0;
    out.consents = consents_needed(s.choices);
    const auto& needs = consent_needs();
    std::vector<double> halt_noise(halt_terms().size(), 0.0);
    const auto& cores = core_issues();
    std::vector<bool> applies(cores.size());
    for (std::size_t c = 0; c < cores.size(); ++c) {
        applies[c] = core_issue_applies(cores[c], s.choice(cores[c].dim));
    }
    std::array<double, kDimensionCount> drawn{};
    for (std::uint32_t i = 0; i < kOddsDraws; ++i) {
        durability::Xoshiro128ss rng(s.sim.seed ^ kOddsStream, i);
        durability::Xoshiro128ss core_rng(s.sim.seed ^ kCoreStream, i);
        bool all = true;
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            const auto party = static_cast<Party>(p);
            const double m = draw_margin(party, s, f, rng, halt_noise, drawn);
            sum[p] += m;
            sum_sq[p] += m * m;
            bool core_ok = true;
            for (std::size_t c = 0; c < cores.size(); ++c) {
                const CoreIssue& ci = cores[c];
                const double threshold =
                    ci.threshold + ci.half_range * (2.0 * core_rng.uniform() - 1.0);
                if (ci.party != party || !applies[c]) continue;
                core_ok = core_ok && drawn[static_cast<std::size_t>(ci.dim)] >= threshold;
            }
            const bool ok = !blocked[p] && core_ok && m >= 0.0;
            yes[p] += ok;
            all = all && ok;
        }
        parties_yes += all;
        bool consent = true;
        if (!out.consents.empty()) {
            durability::Xoshiro128ss consent_rng(s.sim.seed ^ kConsentStream, i);
            for (std::size_t n : out.consents) {
                const ConsentNeed& need = needs[n];
                const double p = consent_over_decisions(
                    need, need.p_low + (need.p_high - need.p_low) * consent_rng.uniform());
                consent = consent_rng.uniform() < p && consent;
            }
        }
        consent_yes += consent;
        all_yes += all && consent;
    }
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        PartyOdds& o = out.parties[p];
        o.p_accept = static_cast<double>(yes[p]) / kOddsDraws;
        o.verdict = verdict_of(o.p_accept);
        const double mean = sum[p] / kOddsDraws;
        o.margin_sd = std::sqrt(std::max(0.0, sum_sq[p] / kOddsDraws - mean * mean));
    }
    out.p_all_accept = static_cast<double>(all_yes) / kOddsDraws;
    out.p_parties_accept = static_cast<double>(parties_yes) / kOddsDraws;
    out.p_consent = static_cast<double>(consent_yes) / kOddsDraws;
    return out;
}

double p_all_accept(const Scenario& s) { return acceptance_odds(s).p_all_accept; }

}  // namespace armistice
