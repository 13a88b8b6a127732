// about_window.cpp — see about_window.h. Text goes through TextUnformatted / "%s" only
// (-Werror=format-security; build strings are data, never a format).
#include "app/about_window.h"

#include <string>

#include "app/build_info.h"
#include "engine/version.h"
#include "imgui.h"

namespace armistice::app {
namespace {

void row(const char* label, std::string_view value) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextDisabled("%s", label);
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(value.data(), value.data() + value.size());
}

}  // namespace

void draw_about_window() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 24.0f, viewport->WorkPos.y + 24.0f),
                            ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(380.0f, 0.0f), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("About Armistice Explorer")) {
        ImGui::End();
        return;
    }
    const std::string title = std::string(kProductName) + " " + std::string(kVersion);
    ImGui::TextUnformatted(title.c_str());
    ImGui::TextWrapped("%s", "Assemble an armistice between Russia and Ukraine, see who would sign, "
                             "whether it is lawful, and whether it would hold.");
    ImGui::Separator();
    const BuildInfo& info = build_info();
    if (ImGui::BeginTable("build", 2, ImGuiTableFlags_SizingFixedFit)) {
        row("Version", kVersion);
        row("Platform", info.platform);
        row("Compiler", info.compiler);
        row("Build type", info.build_type);
        row("Commit", info.commit);
        row("Commit date", info.commit_date);
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace armistice::app
