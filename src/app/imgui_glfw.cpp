// imgui_glfw.cpp — see imgui_glfw.h. Uses only GLFW's and GL's portable subset (the same calls
// compile against Emscripten's GLFW/WebGL 2 and desktop GLFW/OpenGL 3).
#include "app/imgui_glfw.h"

#include <GLFW/glfw3.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace armistice::platform::detail {

bool create_imgui(GLFWwindow* window, const ImGuiSetup& setup) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout persistence goes through platform storage, not a file
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    ImGui::StyleColorsDark();
    ImFontConfig font;
    const float scale = setup.font_raster_scale < 1.0f ? 1.0f : setup.font_raster_scale;
    font.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&font);
    io.FontGlobalScale = 1.0f / scale;  // glyphs rasterised at device resolution, laid out in points

    if (!ImGui_ImplGlfw_InitForOpenGL(window, setup.install_glfw_callbacks)) return false;
    return ImGui_ImplOpenGL3_Init(setup.glsl_version);
}

void begin_frame(float logical_w, float logical_h, float fb_scale_x, float fb_scale_y) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (logical_w > 0.0f) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(logical_w, logical_h);
        io.DisplayFramebufferScale = ImVec2(fb_scale_x, fb_scale_y);
    }
    ImGui::NewFrame();
}

void end_frame(int fb_w, int fb_h) {
    ImGui::Render();
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.09f, 0.10f, 0.12f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void destroy_imgui() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

}  // namespace armistice::platform::detail
