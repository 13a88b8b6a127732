// harrell_c.cpp — Harrell's C in O(n log n) (declared in backtest.h).
//
// Same pairs and the same arithmetic as the textbook double loop: for each case i that ended at
// T_i, every j with T_j > T_i, or T_j == T_i and j censored, is comparable; the pair counts 1 when
// risk_i > risk_j and 1/2 when the risks are equal. Cases are visited from the latest time to the
// earliest; a Fenwick tree over risk ranks holds the cases already "later" than the current time,
// so each event's concordant, tied and comparable counts are prefix sums. Counts are integers, so
// the result equals the double loop's exactly (tests/engine/durability_harrell_c_test.cpp).
#include <algorithm>
#include <cstdint>
#include <numeric>

#include "engine/durability/backtest.h"

namespace armistice::durability {

namespace {

class Fenwick {
public:
    explicit Fenwick(std::size_t n) : tree_(n + 1, 0) {}
    void add(std::size_t i) {
        for (++i; i < tree_.size(); i += i & (~i + 1)) ++tree_[i];
    }
    // Number of inserted items with rank < i.
    std::uint64_t below(std::size_t i) const {
        std::uint64_t s = 0;
        for (; i > 0; i -= i & (~i + 1)) s += tree_[i];
        return s;
    }

private:
    std::vector<std::uint64_t> tree_;
};

}  // namespace

double harrell_c(const std::vector<double>& time, const std::vector<bool>& event,
                 const std::vector<double>& risk) {
    const std::size_t n = time.size();
    std::vector<double> levels(risk.begin(), risk.begin() + static_cast<std::ptrdiff_t>(n));
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    std::vector<std::size_t> rank(n);
    for (std::size_t i = 0; i < n; ++i) {
        rank[i] = static_cast<std::size_t>(std::lower_bound(levels.begin(), levels.end(), risk[i]) -
                                           levels.begin());
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return time[a] > time[b]; });

    Fenwick later(levels.size());
    std::uint64_t inserted = 0, concordant = 0, tied = 0, comparable = 0;
    for (std::size_t g = 0; g < n;) {
        std::size_t end = g;
        while (end < n && time[order[end]] == time[order[g]]) ++end;
        // Censored cases at this time are comparable with this time's events; events are not.
        for (std::size_t k = g; k < end; ++k) {
            if (!event[order[k]]) {
                later.add(rank[order[k]]);
                ++inserted;
            }
        }
        for (std::size_t k = g; k < end; ++k) {
            const std::size_t i = order[k];
            if (!event[i]) continue;
            const std::uint64_t lower = later.below(rank[i]);
            concordant += lower;
            tied += later.below(rank[i] + 1) - lower;
            comparable += inserted;
        }
        for (std::size_t k = g; k < end; ++k) {
            if (event[order[k]]) {
                later.add(rank[order[k]]);
                ++inserted;
            }
        }
        g = end;
    }
    if (comparable == 0) return 0.5;
    return (static_cast<double>(concordant) + 0.5 * static_cast<double>(tied)) /
           static_cast<double>(comparable);
}

}  // namespace armistice::durability
