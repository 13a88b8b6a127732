// imgui_glfw.h — Dear ImGui on a GLFW window with an OpenGL (ES) 3 context.
//
// Purpose: the part of the frame loop both platform implementations share (the page uses
// Emscripten's GLFW emulation, the desktop uses real GLFW), so platform_web.cpp and
// platform_native.cpp only differ where the hosts really differ.
// Invariants: create_imgui() before begin_frame(); begin_frame()/end_frame() strictly paired;
// destroy_imgui() last. No state of its own: everything lives in ImGui's context.
#pragma once

struct GLFWwindow;

namespace armistice::platform::detail {

struct ImGuiSetup {
    const char* glsl_version = nullptr;  // "#version 300 es" (web), "#version 150" (GL 3.2 core)
    float font_raster_scale = 1.0f;      // rasterise the font this many times larger (high-DPI)
    bool install_glfw_callbacks = true;  // false: the platform forwards GLFW callbacks itself
};

bool create_imgui(GLFWwindow* window, const ImGuiSetup& setup);

// Starts an ImGui frame. Pass logical size and framebuffer scale to override what the GLFW
// backend computed (the web does, because its GLFW emulation knows nothing of devicePixelRatio);
// pass 0 for logical_w to keep the backend's values.
void begin_frame(float logical_w, float logical_h, float fb_scale_x, float fb_scale_y);

// Renders the ImGui draw data into the current framebuffer of fb_w x fb_h device pixels.
void end_frame(int fb_w, int fb_h);

void destroy_imgui();

}  // namespace armistice::platform::detail
