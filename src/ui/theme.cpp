// theme.cpp — see theme.h.
#include "ui/theme.h"

#include <cmath>

#include "ui/fonts/glyph_ranges.h"
#include "ui/fonts/ui_fonts.h"

namespace armistice::ui {

namespace {

static_assert(sizeof(ImWchar) == sizeof(unsigned short), "glyph_ranges.h is 16-bit");

ImFont* add(fonts::FontBytes bytes, float size, float scale, bool merge = false) {
    ImFontConfig cfg;
    cfg.MergeMode = merge;
    const ImWchar* ranges = merge ? fonts::kSymbolRanges : fonts::kTextRanges;
    cfg.FontDataOwnedByAtlas = false;  // static bytes
    cfg.OversampleH = 1;               // rasterised at device resolution already
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    ImGuiIO& io = ImGui::GetIO();
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data),
                                          static_cast<int>(bytes.size), size * scale, &cfg,
                                          ranges);
}

ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
    return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a);
}

}  // namespace

Fonts install_fonts(float raster_scale) {
    const float scale = raster_scale < 1.0f ? 1.0f : std::ceil(raster_scale);
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts f;
    // Each face is followed by the symbol subset merged into it (same size).
    f.body = add(fonts::regular(), kBodySize, scale);
    add(fonts::symbols(), kBodySize, scale, true);
    f.heading = add(fonts::bold(), kHeadingSize, scale);
    add(fonts::symbols(), kHeadingSize, scale, true);
    f.strong = add(fonts::bold(), kBodySize, scale);
    add(fonts::symbols(), kBodySize, scale, true);
    io.FontDefault = f.body;
    io.FontGlobalScale = 1.0f / scale;
    return f;
}

void apply_theme(Theme theme, bool coarse_pointer) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (theme == Theme::Light) {
        ImGui::StyleColorsLight(&style);
        ImVec4* c = style.Colors;
        c[ImGuiCol_WindowBg] = rgb(250, 250, 248);
        c[ImGuiCol_ChildBg] = rgb(250, 250, 248, 0.0f);
        c[ImGuiCol_PopupBg] = rgb(255, 255, 255);
        c[ImGuiCol_Text] = rgb(20, 24, 30);
        c[ImGuiCol_TextDisabled] = rgb(90, 96, 106);
        c[ImGuiCol_TitleBg] = rgb(226, 230, 236);
        c[ImGuiCol_TitleBgActive] = rgb(206, 218, 234);
        c[ImGuiCol_FrameBg] = rgb(236, 239, 243);
        c[ImGuiCol_Border] = rgb(200, 204, 210);
        c[ImGuiCol_MenuBarBg] = rgb(236, 239, 243);
    } else {
        ImGui::StyleColorsDark(&style);
        ImVec4* c = style.Colors;
        c[ImGuiCol_WindowBg] = rgb(24, 27, 32);
        c[ImGuiCol_ChildBg] = rgb(24, 27, 32, 0.0f);
        c[ImGuiCol_PopupBg] = rgb(32, 36, 43);
        c[ImGuiCol_Text] = rgb(232, 234, 238);
        c[ImGuiCol_TextDisabled] = rgb(160, 166, 176);
        c[ImGuiCol_TitleBg] = rgb(34, 39, 47);
        c[ImGuiCol_TitleBgActive] = rgb(40, 52, 70);
        c[ImGuiCol_FrameBg] = rgb(40, 45, 54);
        c[ImGuiCol_Border] = rgb(60, 66, 76);
        c[ImGuiCol_MenuBarBg] = rgb(32, 36, 43);
    }
    style.WindowRounding = 6.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.PopupRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.WindowPadding = ImVec2(12.0f, 10.0f);
    style.FramePadding = ImVec2(8.0f, 5.0f);  // a mouse; a finger: below
    style.ItemSpacing = ImVec2(8.0f, 7.0f);
    style.ScrollbarSize = 16.0f;
    style.GrabMinSize = 14.0f;
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.TouchExtraPadding = ImVec2(2.0f, 2.0f);
    if (coarse_pointer) {
        // A frame is the font's height plus twice FramePadding.y: tabs, buttons, combos,
        // checkboxes and slider tracks become kTouchTargetPx tall; 12 px each side makes the
        // shortest button ("Back", 26 px of text) wider than that too. A slider answers a tap
        // anywhere on its track; its grab (as tall as the track, push_touch_slider) is wider
        // than a mouse's, yet narrow enough to leave the value it is drawn under readable.
        // Selectable text is centred in the taller rows touch_selectable_size() asks for.
        style.FramePadding = ImVec2(12.0f, std::ceil((kTouchTargetPx - kBodySize) * 0.5f));
        style.GrabMinSize = 24.0f;
        style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
    }
}

bool push_touch_slider(bool coarse) {
    if (!coarse) return false;
    constexpr float kGrabInset = 2.0f;  // SliderBehaviorT's grab_padding, each side
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad_y =
        std::ceil((kTouchTargetPx + 2.0f * kGrabInset - ImGui::GetFontSize()) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, pad_y));
    return true;
}

ImVec2 touch_selectable_size(const char* label, bool coarse) {
    if (!coarse) return ImVec2(0.0f, 0.0f);
    // ImGui::Selectable extends its row by ItemSpacing.y (half above, half below).
    const float want = kTouchTargetPx - ImGui::GetStyle().ItemSpacing.y;
    const float own = ImGui::CalcTextSize(label, nullptr, true).y;
    return ImVec2(0.0f, own >= want ? 0.0f : want);
}

ImVec4 color_good() {
    return ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x > 0.5f ? rgb(0, 110, 80) : rgb(80, 200, 150);
}
ImVec4 color_bad() {
    return ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x > 0.5f ? rgb(180, 50, 20) : rgb(255, 130, 100);
}
ImVec4 color_warn() {
    return ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x > 0.5f ? rgb(140, 90, 0) : rgb(240, 190, 80);
}
ImVec4 color_muted() { return ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]; }

}  // namespace armistice::ui
