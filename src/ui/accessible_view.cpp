// accessible_view.cpp — see accessible_view.h.
#include "ui/accessible_view.h"

#include "engine/citations.h"
#include "ui/accessible_outline.h"

namespace armistice::ui {

AccessibleUpdate AccessibleView::update(const text::Strings& t, const AppState& s, const Outcome& o,
                                        const std::optional<Scenario>& evaluated,
                                        const GoalStatus& goal) {
    AccessibleUpdate u;
    std::string wire = cite_sources(outline_wire(build_outline(t, s, o, goal)));  // outlet, title
    if (wire != last_outline_) {
        last_outline_ = wire;
        u.outline = std::move(wire);
    }
    const std::optional<AnnouncedFigures> now = settled_figures(t, o);
    if (!now || !evaluated || (announced_for_ && *announced_for_ == *evaluated)) return u;
    if (announced_for_) {
        std::string text = announce_change(t, announced_, *now);
        u.announcement = text.empty() ? std::string(t(text::Str::announce_no_change)) : text;
    }
    announced_for_ = evaluated;
    announced_ = *now;
    return u;
}

}  // namespace armistice::ui
