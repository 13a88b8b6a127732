// link_sync_test.cpp — issue #17 defect 7: the page and `armistice link decode` agree on what a
// link means. A link with a compare partner and another view keeps the partner (in the state and
// in the link the page writes back); a Compare view without a partner is reported
// (persist::link_view_notice), never silently rewritten.
#include <gtest/gtest.h>

#include <string>

#include "persist/link.h"
#include "persist/presets.h"
#include "ui/app_state.h"
#include "ui/link_sync.h"

namespace armistice::ui {
namespace {

persist::LinkState with_partner(persist::LinkView view) {
    persist::LinkState st;
    st.scenario = persist::presets().front().scenario;
    st.compare = persist::presets().back().scenario;
    st.view = view;
    return st;
}

TEST(LinkSync, APartnerWithAnotherViewIsKept) {
    for (const persist::LinkView view :
         {persist::LinkView::Agreement, persist::LinkView::Durability, persist::LinkView::Legal}) {
        const persist::LinkState st = with_partner(view);
        const std::string link = persist::encode_link(st);
        ASSERT_FALSE(link.empty());
        AppState s;
        std::string notice = "unset";
        ASSERT_FALSE(apply_link(s, link, &notice).has_value());
        EXPECT_EQ(notice, "");
        ASSERT_TRUE(s.compare.has_value());
        EXPECT_EQ(*s.compare, *st.compare);
        // What the page writes back into the address is the link it opened (before: no partner).
        EXPECT_EQ(make_link_state(s), st);
        EXPECT_EQ(persist::encode_link(make_link_state(s)), link);
    }
}

TEST(LinkSync, ACompareViewWithoutPartnerIsReported) {
    persist::LinkState st;
    st.scenario = persist::presets().front().scenario;
    st.view = persist::LinkView::Compare;
    const std::string link = persist::encode_link(st);
    ASSERT_FALSE(link.empty());
    AppState s;
    std::string notice;
    ASSERT_FALSE(apply_link(s, link, &notice).has_value());
    EXPECT_EQ(notice, persist::link_view_notice(st));
    EXPECT_NE(notice.find("no second agreement"), std::string::npos) << notice;
    EXPECT_EQ(s.prefs.view, View::Explore);  // shown alone, as the notice says
    // A link shown as asked has no notice.
    EXPECT_EQ(persist::link_view_notice(with_partner(persist::LinkView::Compare)), "");
}

}  // namespace
}  // namespace armistice::ui
