// draw_utils.h — small ImDrawList helpers shared by the charts (text, dashes, bands, tooltips).
//
// Purpose: the drawing primitives ImGui lacks (dashed polylines, seam-free translucent bands,
// ellipsised text) and the bridge from palette.h colours to ImU32.
//
// Invariants:
//  - Text is always drawn with AddText(pos, col, begin, end) / TextUnformatted: strings may be
//    untrusted and are never used as printf formats.
//  - Point arrays may contain non-finite points: they split lines/bands into separate runs and
//    are never drawn (a NaN vertex would corrupt the whole draw command).
//  - Pixels are ImGui logical screen pixels.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ui/charts/palette.h"

namespace armistice::ui::charts {

// Colour with alpha 0..255 as ImGui packs it.
ImU32 to_u32(Rgb c, int alpha = 255);

// Rgb of an ImGui style colour (alpha dropped).
Rgb style_rgb(ImGuiCol idx);

// Chart colours for the current ImGui style (window background + text colour).
ChartColors current_chart_colors();

// Width in px of text in the current font.
float text_width(std::string_view text);

// `text` shortened (at a UTF-8 character boundary) with "..." so it fits max_width px;
// empty when not even "..." fits.
std::string fit_text(std::string_view text, float max_width);

// AddText without any formatting; empty text draws nothing.
void add_text(ImDrawList* dl, ImVec2 pos, ImU32 col, std::string_view text);

// Polyline through pts; non-finite points split it into runs. dash_px > 0 draws dashes of that
// length with equal gaps, continuing the pattern across vertices.
void add_polyline(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 col, float thickness,
                  float dash_px);

// Filled band between two polylines sampled at the same x positions (lo[i], hi[i]); segments
// touching a non-finite point are skipped. Built from triangles sharing vertices, so a
// translucent colour has no seams.
void add_band(ImDrawList* dl, const std::vector<ImVec2>& lo, const std::vector<ImVec2>& hi,
              ImU32 col);

// Vertical dotted line from y0 to y1 at x.
void add_dotted_vline(ImDrawList* dl, float x, float y0, float y1, ImU32 col, float thickness);

// Where a tooltip's text wraps (PushTextWrapPos): `ems` font heights, or less on a narrow
// screen, so the tooltip fits the viewport's width (a phone is ~22 font heights wide).
float tooltip_wrap_width(float font_size, float ems);

// Tooltip body: a header line then lines each preceded by a colour swatch (swatches may be
// shorter than lines: missing swatches draw none); lines wrap to fit the viewport's width.
// Call between BeginTooltip/EndTooltip.
void tooltip_lines(std::string_view header, const std::vector<std::string>& lines,
                   const std::vector<ImU32>& swatches);

// A tooltip holding a chart's plain-text description, wrapped at about 28 font heights: what
// keyboard users see when a chart has focus. `text` is drawn verbatim (never as a format).
void focus_description_tooltip(const std::string& text, float font_size);

}  // namespace armistice::ui::charts
