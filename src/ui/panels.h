// panels.h — every panel of the explorer; one free function per file (panel_*.cpp).
//
// Each panel draws inside the current ImGui window (the layout in explorer.cpp decides where
// windows go) except those that own a floating window (model card, tour, share popup), which
// begin and end it themselves. All take the read-only PanelView and push into PanelOut.
#pragma once

#include "ui/panel_api.h"

namespace armistice::ui {

void draw_top_bar(const PanelView& v, PanelOut& out);            // panel_top_bar.cpp
void draw_educator_note(const PanelView& v, PanelOut& out);      // panel_educator.cpp
void draw_builder(const PanelView& v, PanelOut& out);            // panel_builder.cpp
void draw_context(const PanelView& v, PanelOut& out);            // panel_context.cpp
void draw_sign_card(const PanelView& v, PanelOut& out);          // panel_sign.cpp
// "Apply it (N changes)" for a suggested agreement, in the reader's plural form for N.
std::string apply_label(const text::Strings& t, int changes);    // panel_sign.cpp
void draw_law_card(const PanelView& v, PanelOut& out);           // panel_law.cpp
void draw_hold_card(const PanelView& v, PanelOut& out);          // panel_hold.cpp
void draw_compare(const PanelView& v, PanelOut& out);            // panel_compare.cpp
void draw_compare_effects(const PanelView& v, PanelOut& out);    // panel_compare_effects.cpp
void draw_timeline(const PanelView& v, PanelOut& out);           // panel_timeline.cpp
void draw_model_card(const PanelView& v, PanelOut& out);         // panel_model_card.cpp
void draw_tour(const PanelView& v, PanelOut& out);               // panel_tour.cpp
void draw_class_link(const PanelView& v, PanelOut& out);         // panel_class_link.cpp
void draw_share_toast(const PanelView& v, PanelOut& out);        // panel_toast.cpp

// How long the Share confirmation shows (assumption: time to read two short lines).
inline constexpr double kShareToastMs = 4000.0;
Command tour_first_preset(const PresetLibrary& presets);         // panel_tour.cpp
// The phone layout's column; scroll_to_card 1..3 scrolls to that card this frame (0: none).
void draw_phone_column(const PanelView& v, PanelOut& out, int scroll_to_card);  // panel_phone.cpp
// The three answers in short ("Sign: 3 of 4", "Lawful: no conflicts", "Holds 5 years: 26 %"),
// those available so far.
std::vector<std::string> answer_headlines(const text::Strings& t,
                                          const Outcome& o);  // panel_phone.cpp

}  // namespace armistice::ui
