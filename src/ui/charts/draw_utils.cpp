// draw_utils.cpp — see draw_utils.h.
#include "ui/charts/draw_utils.h"

#include <algorithm>
#include <cmath>

namespace armistice::ui::charts {
namespace {

bool finite(ImVec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }

float length(ImVec2 a, ImVec2 b) { return std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)); }

ImVec2 lerp(ImVec2 a, ImVec2 b, float t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

// Dashed rendering of one finite run; `phase` is the distance already travelled in the pattern.
void dashed_run(ImDrawList* dl, const ImVec2* p, int n, ImU32 col, float thickness, float dash) {
    float phase = 0.0f;  // position within the dash+gap period [0, 2*dash)
    for (int i = 0; i + 1 < n; ++i) {
        const float seg = length(p[i], p[i + 1]);
        if (!(seg > 0.0f)) continue;
        float t = 0.0f;  // distance along this segment
        while (t < seg) {
            const bool on = phase < dash;
            const float left_in_state = on ? dash - phase : 2.0f * dash - phase;
            const float step = std::min(left_in_state, seg - t);
            if (on) {
                dl->AddLine(lerp(p[i], p[i + 1], t / seg), lerp(p[i], p[i + 1], (t + step) / seg),
                            col, thickness);
            }
            t += step;
            phase += step;
            if (phase >= 2.0f * dash) phase -= 2.0f * dash;
        }
    }
}

}  // namespace

ImU32 to_u32(Rgb c, int alpha) { return IM_COL32(c.r, c.g, c.b, std::clamp(alpha, 0, 255)); }

Rgb style_rgb(ImGuiCol idx) {
    const ImVec4 v = ImGui::GetStyleColorVec4(idx);
    auto ch = [](float f) {
        return static_cast<std::uint8_t>(std::lround(std::clamp(f, 0.0f, 1.0f) * 255.0f));
    };
    return {ch(v.x), ch(v.y), ch(v.z)};
}

ChartColors current_chart_colors() {
    return make_chart_colors(style_rgb(ImGuiCol_WindowBg), style_rgb(ImGuiCol_Text));
}

float text_width(std::string_view text) {
    if (text.empty()) return 0.0f;
    return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

std::string fit_text(std::string_view text, float max_width) {
    if (text_width(text) <= max_width) return std::string(text);
    static constexpr std::string_view kEllipsis = "...";
    const float budget = max_width - text_width(kEllipsis);
    if (budget < 0.0f) return {};
    size_t end = text.size();
    while (end > 0) {
        --end;
        // Step back to the start of a UTF-8 character (skip continuation bytes 10xxxxxx).
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        if (text_width(text.substr(0, end)) <= budget) break;
    }
    return std::string(text.substr(0, end)) + std::string(kEllipsis);
}

void add_text(ImDrawList* dl, ImVec2 pos, ImU32 col, std::string_view text) {
    if (text.empty() || !finite(pos)) return;
    dl->AddText(pos, col, text.data(), text.data() + text.size());
}

void add_polyline(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 col, float thickness,
                  float dash_px) {
    const int n = static_cast<int>(pts.size());
    int start = 0;
    while (start < n) {
        while (start < n && !finite(pts[start])) ++start;
        int end = start;
        while (end < n && finite(pts[end])) ++end;
        const int run = end - start;
        if (run == 1) {
            dl->AddCircleFilled(pts[start], thickness, col);  // isolated point stays visible
        } else if (run >= 2) {
            if (dash_px > 0.0f) {
                dashed_run(dl, &pts[start], run, col, thickness, dash_px);
            } else {
                dl->AddPolyline(&pts[start], run, col, ImDrawFlags_None, thickness);
            }
        }
        start = end;
    }
}

void add_band(ImDrawList* dl, const std::vector<ImVec2>& lo, const std::vector<ImVec2>& hi,
              ImU32 col) {
    const int n = static_cast<int>(std::min(lo.size(), hi.size()));
    int quads = 0;
    for (int i = 0; i + 1 < n; ++i) {
        if (finite(lo[i]) && finite(hi[i]) && finite(lo[i + 1]) && finite(hi[i + 1])) ++quads;
    }
    if (quads == 0) return;
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    // Each quad gets its own 4 vertices: simple, and n <= a few hundred for our horizons.
    dl->PrimReserve(quads * 6, quads * 4);
    for (int i = 0; i + 1 < n; ++i) {
        if (!(finite(lo[i]) && finite(hi[i]) && finite(lo[i + 1]) && finite(hi[i + 1]))) continue;
        const ImDrawIdx base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
        dl->PrimWriteVtx(lo[i], uv, col);
        dl->PrimWriteVtx(hi[i], uv, col);
        dl->PrimWriteVtx(hi[i + 1], uv, col);
        dl->PrimWriteVtx(lo[i + 1], uv, col);
        dl->PrimWriteIdx(base);
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + 2));
        dl->PrimWriteIdx(base);
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + 2));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + 3));
    }
}

void add_dotted_vline(ImDrawList* dl, float x, float y0, float y1, ImU32 col, float thickness) {
    if (!std::isfinite(x) || !std::isfinite(y0) || !std::isfinite(y1)) return;
    if (y1 < y0) std::swap(y0, y1);
    const float period = 4.0f * thickness + 2.0f;
    for (float y = y0; y < y1; y += period) {
        dl->AddLine({x, y}, {x, std::min(y1, y + period * 0.5f)}, col, thickness);
    }
}

float tooltip_wrap_width(float font_size, float ems) {
    const float viewport = ImGui::GetMainViewport()->WorkSize.x;
    const float pad = ImGui::GetStyle().WindowPadding.x;
    return std::max(font_size * 8.0f, std::min(font_size * ems, viewport - 4.0f * pad));
}

void tooltip_lines(std::string_view header, const std::vector<std::string>& lines,
                   const std::vector<ImU32>& swatches) {
    const float sz = ImGui::GetFontSize();
    ImGui::PushTextWrapPos(tooltip_wrap_width(sz, 40.0f));
    if (!header.empty()) ImGui::TextUnformatted(header.data(), header.data() + header.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i < swatches.size()) {
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddRectFilled({p.x, p.y + sz * 0.2f},
                                                      {p.x + sz * 0.6f, p.y + sz * 0.8f},
                                                      swatches[i], sz * 0.1f);
            ImGui::Dummy({sz * 0.6f, sz});
            ImGui::SameLine();
        }
        ImGui::TextUnformatted(lines[i].c_str(), lines[i].c_str() + lines[i].size());
    }
    ImGui::PopTextWrapPos();
}

void focus_description_tooltip(const std::string& text, float font_size) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(tooltip_wrap_width(font_size, 28.0f));
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace armistice::ui::charts
