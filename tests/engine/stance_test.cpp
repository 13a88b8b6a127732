// stance_test.cpp — per-party marks on clauses follow utilities and red lines.
#include <gtest/gtest.h>

#include "engine/acceptance/party_model.h"
#include "engine/acceptance/stance.h"
#include "engine/red_lines.h"

namespace armistice {
namespace {

TEST(Stance, RedLinesMakeAPartyOpposeAndRelaxingThemLiftsIt) {
    const Catalog::Ref nato = option_ref("alignment.nato_full");
    EXPECT_EQ(party_stance(Party::Russia, nato.dim, nato.option, 0), PartyStance::Opposes);
    const Message why = stance_explanation(Party::Russia, nato.dim, nato.option, 0);
    EXPECT_EQ(why.key, "stance.red_line");
    ASSERT_EQ(why.keyed_args.size(), 2u);
    EXPECT_EQ(why.keyed_args[1].second, "red_line.russia.no_nato");
    const std::uint64_t relaxed = std::uint64_t{1} << *find_red_line("russia.no_nato");
    EXPECT_NE(stance_explanation(Party::Russia, nato.dim, nato.option, relaxed).key,
              "stance.red_line");
}

TEST(Stance, FollowsUtilityThresholdsForEveryOption) {
    for (const Dimension& d : catalog().dimensions) {
        for (std::uint8_t o = 0; o < d.options.size(); ++o) {
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                const auto party = static_cast<Party>(p);
                const double u = option_utility(party, d.dim, o);
                const PartyStance s = party_stance(party, d.dim, o, ~std::uint64_t{0});
                const PartyStance want = u >= kSupportsAbove  ? PartyStance::Supports
                                         : u <= kOpposesBelow ? PartyStance::Opposes
                                                              : PartyStance::CanLiveWith;
                EXPECT_EQ(s, want) << d.id;
            }
        }
    }
    EXPECT_EQ(stance_mark(PartyStance::Supports), "+");
}

}  // namespace
}  // namespace armistice
