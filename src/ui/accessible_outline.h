// accessible_outline.h — the screen-reader view of the page: structured text (headings,
// paragraphs, list items) that the shell turns into DOM, answers first, then the assignment,
// then every clause of the agreement.
//
// Invariants: plain words only, never machine ids (option or preset ids); every catalog
// dimension is listed (clauses at their default too); deterministic in its inputs; while the
// durability estimate is still refining the hold section says so instead of quoting moving
// numbers. Each block's text is one line (no '\n' or '\t'): the wire format relies on it.
#pragma once

#include <string>
#include <vector>

#include "text/strings.h"
#include "ui/app_state.h"
#include "ui/goal.h"
#include "ui/outcome.h"

namespace armistice::ui {

struct OutlineBlock {
    enum class Kind { Heading, Paragraph, Item };
    Kind kind = Kind::Paragraph;
    int level = 2;  // headings only: 2 for the page's sections, 3 inside them
    std::string text;
};

// Every sentence in the reader's language `t`; texts that come with the outcome as they come.
std::vector<OutlineBlock> build_outline(const text::Strings& t, const AppState& s, const Outcome& o,
                                        const GoalStatus& goal);

// One block per line, "h2\t…", "h3\t…", "p\t…" or "li\t…"; consecutive "li" lines form one
// list. This is what the page's #a11y-outline is built from (textContent only).
std::string outline_wire(const std::vector<OutlineBlock>& blocks);

}  // namespace armistice::ui
