// link_scope_test.cpp — the scope and term dimensions travel in v1 links; states that leave them
// at their defaults encode to the same bytes as before they existed.
#include <gtest/gtest.h>

#include "engine/catalog.h"
#include "persist/link.h"

namespace armistice::persist {
namespace {

TEST(LinkScope, ExplicitScopeAndTermRoundTrip) {
    LinkState st;
    st.scenario.set_choice(Dim::Scope, option_ref("scope.partial").option);
    st.scenario.set_choice(Dim::Term, option_ref("term.days_90").option);
    const DecodeResult r = decode_link(encode_link(st));
    ASSERT_TRUE(r.ok()) << r.error.message();
    EXPECT_EQ(r.state->scenario.choice(Dim::Scope), option_ref("scope.partial").option);
    EXPECT_EQ(r.state->scenario.choice(Dim::Term), option_ref("term.days_90").option);
}

TEST(LinkScope, DefaultScopeAddsNoBytes) {
    LinkState a;
    LinkState b;
    b.scenario.set_choice(Dim::Term, option_ref("term.days_30").option);
    EXPECT_LT(encode_link(a).size(), encode_link(b).size());
    EXPECT_NE(encode_link(a), encode_link(b));
}

}  // namespace
}  // namespace armistice::persist
