// widgets.cpp — see widgets.h.
#include "ui/widgets.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "engine/citations.h"
#include "imgui_internal.h"  // ClearActiveID (a touch swipe cancels the press it began with), GetCurrentWindow
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
        ImGui::PushTextWrapPos(charts::tooltip_wrap_width(ImGui::GetFontSize(), 26.0f));
        unformatted(tip);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void help_marker(std::string_view tip) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered() || ImGui::IsItemClicked()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(charts::tooltip_wrap_width(ImGui::GetFontSize(), 26.0f));
        unformatted(tip);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
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
    const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 8.0f);
    if (finger && std::fabs(drag.y) > 1.5f * std::fabs(drag.x)) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        ImGui::ClearActiveID();
        out.touch_dragged = ImGui::GetCurrentWindow()->ID;
    }
}

}  // namespace armistice::ui
