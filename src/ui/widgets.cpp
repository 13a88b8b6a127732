// widgets.cpp — see widgets.h.
#include "ui/widgets.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace armistice::ui {

void text(std::string_view s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }

void text_wrapped(std::string_view s) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
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
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextUnformatted(tip.data(), tip.data() + tip.size());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void help_marker(std::string_view tip) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered() || ImGui::IsItemClicked()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextUnformatted(tip.data(), tip.data() + tip.size());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void heading(ImFont* font, std::string_view s) {
    if (font) ImGui::PushFont(font);
    text(s);
    if (font) ImGui::PopFont();
}

bool button(const char* label, bool enabled, ImVec2 size) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label, size);
    ImGui::EndDisabled();
    return pressed && enabled;
}

void touch_scroll() {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && !ImGui::IsAnyItemActive() &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f) && io.MouseDelta.y != 0.0f &&
        !ImGui::IsAnyItemHovered()) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    }
}

std::string percent(double p) {
    if (!std::isfinite(p)) return "—";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", p * 100.0);
    return buf;
}

}  // namespace armistice::ui
