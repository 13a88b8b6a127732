// pane_tabbing.h — the keyboard's way between panes: Tab at a pane's last item (Shift+Tab at
// its first) moves to the next (previous) pane in reading order, as F6 does, instead of
// wrapping around inside the pane as ImGui does by itself.
//
// Invariants: only panes in the ring are affected (dialogs, the model card and the tour keep
// ImGui's wrap-around, so focus stays in them); the move lands on the new pane's first item
// (Tab) or last item (Shift+Tab); keyboard navigation only, no pointer input is read.
#pragma once

#include <string>
#include <vector>

namespace armistice::ui {

// The panes drawn this frame in reading order ("###id" of each window) and which has focus.
struct PaneRing {
    std::vector<std::string> ids;
    int focused = -1;
};

class PaneTabbing {
public:
    // After NewFrame, before any widget: finishes a move begun at the last end_frame() by
    // landing on the first or last item of the pane that received the focus.
    void begin_frame();
    // After every pane of this frame was drawn: if the Tab pressed this frame would wrap around
    // inside a pane of `ring`, cancels it and focuses the next or previous pane instead.
    void end_frame(const PaneRing& ring);

private:
    int pending_dir_ = 0;  // +1 first item, -1 last item of the newly focused pane, 0 none
};

}  // namespace armistice::ui
