// link_sync.cpp — see link_sync.h.
#include "ui/link_sync.h"

namespace armistice::ui {

namespace {

persist::LinkView to_link_view(const Prefs& p) {
    if (p.model_card_open) return persist::LinkView::ModelCard;
    if (p.view == View::Compare) return persist::LinkView::Compare;
    switch (p.card) {
        case 1: return persist::LinkView::Acceptance;
        case 2: return persist::LinkView::Legal;
        case 3: return persist::LinkView::Durability;
        default: return persist::LinkView::Agreement;
    }
}

void from_link_view(persist::LinkView v, Prefs& p) {
    p.model_card_open = v == persist::LinkView::ModelCard;
    p.view = v == persist::LinkView::Compare ? View::Compare : View::Explore;
    switch (v) {
        case persist::LinkView::Acceptance: p.card = 1; break;
        case persist::LinkView::Legal: p.card = 2; break;
        case persist::LinkView::Durability: p.card = 3; break;
        default: p.card = 0; break;
    }
}

}  // namespace

persist::LinkState make_link_state(const AppState& s) {
    persist::LinkState l;
    l.scenario = s.scenario;
    l.compare = s.compare;  // whatever the view: Compare shows it (a link must not drop it)
    l.view = to_link_view(s.prefs);
    // The assignment always travels (a folded note included), and so does its start once the
    // student has moved away from it (a shared result carries the assignment).
    l.note = s.educator.note;
    l.goal = s.educator.goal;
    l.suggestions_hidden = s.educator.suggestions_hidden;
    if (s.educator.start && *s.educator.start != s.scenario) l.start = s.educator.start;
    return l;
}

std::optional<std::string> apply_link(AppState& s, const std::string& text, std::string* notice) {
    persist::DecodeResult r = persist::decode_link(text);
    if (!r.ok()) return r.error.message();
    persist::LinkState& l = *r.state;
    if (notice) *notice = persist::link_view_notice(l);
    s.load_fresh(l.scenario, l.scenario.name);
    s.compare = l.compare;
    s.compare_label = l.compare ? l.compare->name : std::string();
    from_link_view(l.view, s.prefs);
    if (l.view == persist::LinkView::Compare && !s.compare) s.prefs.view = View::Explore;
    s.educator.note = l.note;
    s.educator.goal = l.goal;
    s.educator.suggestions_hidden = l.suggestions_hidden;
    s.educator.collapsed = false;
    const bool assignment = !l.note.empty() || !l.goal.empty() || l.suggestions_hidden;
    s.educator.start = l.start      ? l.start
                       : assignment ? std::optional<Scenario>(l.scenario)
                                    : std::nullopt;
    return std::nullopt;
}

}  // namespace armistice::ui
