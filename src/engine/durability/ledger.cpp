// ledger.cpp — compliance ledger from the simulated state occupancy (see ledger.h).
//
// Per obligation: a relative violation rate (× the set's obligation_rate, events/month), a
// detection factor (× the set's detection share) and whether automatic triggers cover it. The
// relative factors are assumptions, listed here in one table.
#include "engine/durability/ledger.h"

#include "engine/durability/det_math.h"

namespace armistice::durability {

namespace {

using M = Mechanism;

struct Obligation {
    const char* id;
    const char* label;        // string-table key of its plain words
    double rate_factor;       // × obligation_rate (events/month); 0 = uses serious_per_month
    double detect_factor;     // × detection share (assumption)
    bool automatic_possible;  // covered by automatic snapback when present
};

// clang-format off
constexpr Obligation kLine      {"ceasefire_line", "durability.ledger.ceasefire_line", 0.0, 1.0, true};
constexpr Obligation kSeparation{"separation", "durability.ledger.separation", 1.0, 0.9, true};
constexpr Obligation kForces    {"force_limits", "durability.ledger.force_limits", 0.8, 0.6, false};
constexpr Obligation kForeign   {"foreign_forces", "durability.ledger.foreign_forces", 0.3, 0.9, false};
constexpr Obligation kHuman     {"humanitarian", "durability.ledger.humanitarian", 1.5, 0.5, false};
constexpr Obligation kSanctions {"sanctions_snapback", "durability.ledger.sanctions_snapback", 0.5, 0.7, true};
// clang-format on

}  // namespace

LedgerSummary compute_ledger(const MechanismSet& m, const std::vector<SetTables>& tables,
                             const std::vector<std::uint64_t>& occupancy) {
    std::vector<const Obligation*> obs = {&kLine};
    if (has(m, M::Withdrawal) || has(m, M::Dmz)) obs.push_back(&kSeparation);
    if (has(m, M::ArmsLimits) || has(m, M::UkraineCapped) || has(m, M::UkraineDemilitarised)) obs.push_back(&kForces);
    if (has(m, M::WesternForce) || has(m, M::ReassuranceForce) || has(m, M::TrainersOnly) || has(m, M::Neutrality) ||
        has(m, M::NatoBarred))
        obs.push_back(&kForeign);
    if (has(m, M::Humanitarian)) obs.push_back(&kHuman);
    if (has(m, M::AutoSnapback) || has(m, M::SanctionsKept) || has(m, M::EconomicLinkage)) obs.push_back(&kSanctions);
    const bool automatic = has(m, M::AutoSnapback);

    LedgerSummary out;
    std::vector<double> viol(obs.size(), 0.0), det(obs.size(), 0.0), ans(obs.size(), 0.0);
    double months = 0.0, incidents = 0.0;
    for (std::size_t k = 0; k < tables.size(); ++k) {
        const SetTables& t = tables[k];
        for (int c = 0; c < kCommitLevels; ++c) {
            for (int e = 0; e < kErosionLevels; ++e) {
                const double occ =
                    static_cast<double>(occupancy[(k * kCommitLevels + static_cast<std::size_t>(c)) * kErosionLevels +
                                                 static_cast<std::size_t>(e)]);
                if (occ == 0.0) continue;
                months += occ;
                incidents += occ * t.incidents_per_month;
                for (std::size_t j = 0; j < obs.size(); ++j) {
                    const Obligation& o = *obs[j];
                    const double rate = o.rate_factor == 0.0 ? t.serious_per_month : t.obligation_rate * o.rate_factor;
                    const double d = clamp(t.detection * o.detect_factor, 0.0, 1.0);
                    const double a = (automatic && o.automatic_possible) ? t.auto_answer
                                                                         : t.answer_given_detected[static_cast<std::size_t>(c)];
                    viol[j] += occ * rate;
                    det[j] += occ * rate * d;
                    ans[j] += occ * rate * d * a;
                }
            }
        }
    }
    out.incidents_per_year = months > 0 ? 12.0 * incidents / months : 0.0;
    for (std::size_t j = 0; j < obs.size(); ++j) {
        LedgerRow row;
        row.obligation = obs[j]->id;
        row.label = obs[j]->label;
        row.violations_per_year = months > 0 ? 12.0 * viol[j] / months : 0.0;
        row.detected_share = viol[j] > 0 ? det[j] / viol[j] : 0.0;
        row.answered_share = viol[j] > 0 ? ans[j] / viol[j] : 0.0;
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace armistice::durability
