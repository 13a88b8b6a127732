// widgets.cpp — see widgets.h.
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "engine/citations.h"
#include "imgui_internal.h"  // ClearActiveID (a touch swipe cancels the press it began with), GetCurrentWindow, ImGuiTabBar
#include "ui/charts/draw_utils.h"  // tooltip_wrap_width: tooltips fit a phone

namespace armistice::ui {

namespace {

// Every text a panel draws goes through here: sources cited by key ("seed 001") in the engine's
// texts and the presets are shown by outlet and title (engine/citations.h).
void unformatted(std::string_view s) {
    if (has_source_key(s)) {
        const std::string t = cite_sources(s);
        ImGui::TextUnformatted(t.data(), t.data() + t.size());
    } else {
        ImGui::TextUnformatted(s.data(), s.data() + s.size());
    }
}

// `tip` in a tooltip box as wide as a phone allows.
void tip_text(std::string_view tip) {
    ImGui::PushTextWrapPos(charts::tooltip_wrap_width(ImGui::GetFontSize(), 26.0f));
    unformatted(tip);
    ImGui::PopTextWrapPos();
}

}  // namespace

void text(std::string_view s) {
    unformatted(s);
}

void text_wrapped(std::string_view s) {
    ImGui::PushTextWrapPos(0.0f);
    unformatted(s);
    ImGui::PopTextWrapPos();
}

void text_colored(const ImVec4& color, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    text(s);
    ImGui::PopStyleColor();
}

void text_muted_wrapped(std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    text_wrapped(s);
    ImGui::PopStyleColor();
}

void item_tooltip(std::string_view tip) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_NoSharedDelay) ||
        (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible)) {
        ImGui::BeginTooltip();
        tip_text(tip);
        ImGui::EndTooltip();
    }
}

void text_with_help(const PanelView& v, PanelOut& out, ImFont* font, std::string_view label,
                    std::string key, std::string_view tip) {
    if (font) ImGui::PushFont(font);
    if (v.coarse) ImGui::AlignTextToFramePadding();  // the line is a touch target tall
    text(label);
    if (font) ImGui::PopFont();
    const char* mark = "(?)";
    if (!v.coarse) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", mark);
        out.rect(std::move(key));
        if (ImGui::IsItemHovered() || ImGui::IsItemClicked()) {
            ImGui::BeginTooltip();
            tip_text(tip);
            ImGui::EndTooltip();
        }
        return;
    }
    // A finger: a square a finger can hit around the mark; holding it shows the tip as hovering
    // does, and a tap keeps it open (a popup) until the next tap elsewhere.
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 mark_size = ImGui::CalcTextSize(mark);
    const ImVec2 box(std::max(kTouchTargetPx, mark_size.x + 2.0f * style.FramePadding.x),
                     std::max(kTouchTargetPx, ImGui::GetFrameHeight()));
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + box.x <= right) ImGui::SameLine();
    ImGui::PushID(key.c_str());
    if (ImGui::InvisibleButton("##help", box)) ImGui::OpenPopup("help_tip");
    out.rect(std::move(key));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemActive() || ImGui::IsItemHovered())
        dl->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), style.FrameRounding);
    dl->AddText(ImVec2(a.x + (box.x - mark_size.x) * 0.5f, a.y + (box.y - mark_size.y) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), mark);
    const bool held = ImGui::IsItemHovered() || ImGui::IsItemActive() ||
                      (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible);
    // The help opens under the marker (over it when the marker is low on the screen), within
    // the screen's width, so that the marker itself stays uncovered: a tap on it closes the help.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float help_w =
        charts::tooltip_wrap_width(ImGui::GetFontSize(), 26.0f) + 2.0f * style.WindowPadding.x;
    const bool low = b.y > vp->WorkPos.y + vp->WorkSize.y * 0.5f;
    const float x = std::max(vp->WorkPos.x, std::min(a.x, vp->WorkPos.x + vp->WorkSize.x - help_w));
    ImGui::SetNextWindowPos(ImVec2(x, low ? a.y : b.y), ImGuiCond_Always,
                            ImVec2(0.0f, low ? 1.0f : 0.0f));
    if (ImGui::BeginPopup("help_tip")) {
        tip_text(tip);
        const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
        out.rects.push_back({"help.tip", p.x, p.y, p.x + s.x, p.y + s.y});
        ImGui::EndPopup();
    } else if (held) {
        ImGui::BeginTooltip();
        tip_text(tip);
        ImGui::EndTooltip();
    }
    ImGui::PopID();
}

void record_tooltip(PanelOut& out) {
    for (const ImGuiWindow* w : GImGui->Windows) {
        if ((w->Flags & ImGuiWindowFlags_Tooltip) != 0 && w->Active && !w->Hidden) {
            out.rects.push_back(
                {"tooltip", w->Pos.x, w->Pos.y, w->Pos.x + w->Size.x, w->Pos.y + w->Size.y});
            return;
        }
    }
}

std::string wrap_label(std::string_view label, float width) {
    const std::size_t id = label.find("##");
    const std::string_view shown = label.substr(0, id);
    std::string out, line;
    std::size_t i = 0;
    while (i < shown.size()) {
        const std::size_t space = shown.find(' ', i + 1);
        const std::size_t end = space == std::string_view::npos ? shown.size() : space;
        const std::string_view word = shown.substr(i, end - i);  // with its leading space
        const std::string wider = line + std::string(word);
        if (!line.empty() && ImGui::CalcTextSize(wider.c_str()).x > width) {
            out += line + "\n";
            line = std::string(word.substr(word.front() == ' ' ? 1 : 0));
        } else {
            line = wider;
        }
        i = end;
    }
    out += line;
    if (id != std::string_view::npos) out += label.substr(id);
    return out;
}

void heading(ImFont* font, std::string_view s) {
    if (font) ImGui::PushFont(font);
    text(s);
    if (font) ImGui::PopFont();
}

std::string label(const text::Strings& t, text::Str id, std::string_view key) {
    return std::string(t(id)) + "###" + std::string(key);
}

bool button(const char* label, bool enabled, ImVec2 size) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label, size);
    ImGui::EndDisabled();
    return pressed && enabled;
}

bool tab_item(const char* label, ImGuiTabItemFlags flags) {
    ImGuiContext& g = *GImGui;
    ImGuiTabBar* bar = g.CurrentTabBar;
    const ImGuiID queued = bar != nullptr ? bar->NextSelectedTabId : 0;
    const bool open = ImGui::BeginTabItem(label, nullptr, flags);
    const ImGuiIO& io = ImGui::GetIO();
    if (bar == nullptr || io.MouseSource != ImGuiMouseSource_TouchScreen) return open;
    const ImGuiID id = ImGui::GetItemID();
    if (ImGui::IsItemActivated() && g.ActiveIdSource == ImGuiInputSource_Mouse &&
        bar->NextSelectedTabId == id) {
        bar->NextSelectedTabId = queued;  // the finger went down: nothing selected yet
    } else if (ImGui::IsItemDeactivated() && io.MouseReleased[ImGuiMouseButton_Left] &&
               !ImGui::IsMouseDragPastThreshold(ImGuiMouseButton_Left, kTouchSlopPx)) {
        bar->NextSelectedTabId = id;  // a tap: selected from the next frame, as on a press
    }
    return open;
}

void touch_scroll(PanelOut& out) {
    ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows |
                                ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) ||
        !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f) || io.MouseDelta.y == 0.0f) {
        return;
    }
    const bool finger = io.MouseSource == ImGuiMouseSource_TouchScreen;
    if (!ImGui::IsAnyItemActive() && !ImGui::IsAnyItemHovered()) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        if (finger) out.touch_dragged = ImGui::GetCurrentWindow()->ID;
        return;
    }
    // A finger swiping over the clauses (every point of a pane is some widget): a mostly
    // vertical drag of a touch scrolls the pane and cancels the press, so lifting the finger
    // does not open the combo it started on. Horizontal drags stay with sliders.
    const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, kTouchSlopPx);
    if (finger && std::fabs(drag.y) > 1.5f * std::fabs(drag.x)) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        ImGui::ClearActiveID();
        out.touch_dragged = ImGui::GetCurrentWindow()->ID;
    }
}

}  // namespace armistice::ui
