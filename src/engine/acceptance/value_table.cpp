// value_table.cpp — builds the per-scenario value table (see value_table.h).
#include "engine/acceptance/value_table.h"

#include <cstdio>
#include <cstdlib>

#include "engine/acceptance/alternative.h"
#include "engine/acceptance/core_issues.h"
#include "engine/acceptance/party_model.h"
#include "engine/acceptance/valuation.h"
#include "engine/legal/legal.h"
#include "engine/red_lines.h"

namespace armistice::acceptance_detail {

namespace {

// Per red line, the (dim, option) pairs it forbids; resolved once.
const std::vector<std::vector<Catalog::Ref>>& resolved_red_lines() {
    static const std::vector<std::vector<Catalog::Ref>> table = [] {
        std::vector<std::vector<Catalog::Ref>> out;
        for (const RedLine& rl : red_lines()) {
            std::vector<Catalog::Ref> refs;
            for (std::string_view q : rl.forbidden) refs.push_back(option_ref(q));
            out.push_back(std::move(refs));
        }
        return out;
    }();
    return table;
}

}  // namespace

std::vector<std::size_t> red_lines_forbidding(Dim d, std::uint8_t option) {
    std::vector<std::size_t> out;
    const auto& resolved = resolved_red_lines();
    for (std::size_t i = 0; i < resolved.size(); ++i) {
        for (const Catalog::Ref& r : resolved[i]) {
            if (r.dim == d && r.option == option) {
                out.push_back(i);
                break;
            }
        }
    }
    return out;
}

bool is_proposable(Dim d, std::uint8_t o, const Choices& draft) {
    const bool in_draft = draft[static_cast<std::size_t>(d)] == o;
    if (d == Dim::Scope || d == Dim::Term) return in_draft;
    switch (catalog().at(d).options[o].kind) {
        case ClauseKind::Negotiable:
            return true;
        case ClauseKind::LeftOpen:
            return in_draft;
        case ClauseKind::BattlefieldOutcome:
        case ClauseKind::UnilateralAct:
            return false;
    }
    return false;
}

ValueTable make_value_table(const Scenario& s, std::uint64_t relaxed_mask) {
    ValueTable t;
    const Catalog& cat = catalog();
    const DealFrame frame = deal_frame(s);
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const std::size_t n = cat.dimensions[d].options.size();
        if (n > kMaxOptions) {
            std::fprintf(stderr, "acceptance: dimension %zu has too many options\n", d);
            std::abort();
        }
        t.option_count[d] = static_cast<std::uint8_t>(n);
        for (std::size_t o = 0; o < n; ++o) {
            if (is_proposable(static_cast<Dim>(d), static_cast<std::uint8_t>(o), s.choices)) {
                t.proposable[d] |= static_cast<OptionMask>(1u << o);
            }
        }
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            for (std::size_t o = 0; o < n; ++o) {
                t.value[p][d][o] = clause_value(static_cast<Party>(p), static_cast<Dim>(d),
                                                static_cast<std::uint8_t>(o), s.lens, frame);
            }
        }
    }
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        const auto party = static_cast<Party>(p);
        t.alternative[p] = reference_value(party, s, frame) - halt_value(party, s, frame);
    }
    const auto& resolved = resolved_red_lines();
    const std::uint64_t off = relaxed_mask | dormant_red_lines(s.as_of);  // relaxed or not in force
    for (std::size_t i = 0; i < resolved.size(); ++i) {
        if ((off >> i) & 1u) continue;
        for (const Catalog::Ref& r : resolved[i]) {
            t.forbidden[static_cast<std::size_t>(r.dim)] |= static_cast<OptionMask>(1u << r.option);
        }
    }
    for (const CoreIssue& c : core_issues()) {
        const auto d = static_cast<std::size_t>(c.dim);
        for (std::uint8_t o = 0; o < t.option_count[d]; ++o) {
            if (fails_core_issue(c, o)) t.core_blocked[d] |= static_cast<OptionMask>(1u << o);
        }
    }
    const Catalog::Ref none = option_ref("process.no_agreement");
    t.not_a_deal[static_cast<std::size_t>(none.dim)] |= static_cast<OptionMask>(1u << none.option);
    for (const auto& [a, b] : hard_contradictions()) {
        const auto da = static_cast<std::size_t>(a.dim), db = static_cast<std::size_t>(b.dim);
        t.conflict[da][a.option][db] |= static_cast<OptionMask>(1u << b.option);
        t.conflict[db][b.option][da] |= static_cast<OptionMask>(1u << a.option);
        t.has_conflict[da] |= static_cast<OptionMask>(1u << a.option);
        t.has_conflict[db] |= static_cast<OptionMask>(1u << b.option);
    }
    return t;
}

bool all_accept(const ValueTable& t, const Choices& choices,
                std::array<double, kPartyCount>* margins) {
    bool ok = true;
    std::array<double, kPartyCount> m{};
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const OptionMask bit = static_cast<OptionMask>(1u << choices[d]);
        if ((t.forbidden[d] | t.not_a_deal[d] | t.core_blocked[d]) & bit) ok = false;
        if (t.has_conflict[d] & bit) {
            for (std::size_t d2 = d + 1; d2 < kDimensionCount; ++d2) {
                if (t.conflict[d][choices[d]][d2] & (1u << choices[d2])) ok = false;
            }
        }
        for (std::size_t p = 0; p < kPartyCount; ++p) m[p] += t.value[p][d][choices[d]];
    }
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        m[p] -= t.alternative[p];
        if (m[p] < 0.0) ok = false;
    }
    if (margins) *margins = m;
    return ok;
}

}  // namespace armistice::acceptance_detail
