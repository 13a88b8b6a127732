// platform_native.cpp — platform.h on the desktop: a GLFW window with an OpenGL 3.2 core context.
//
// Invariants:
//  - The single piece of global mutable state is `g_native` (created by init(), destroyed by
//    shutdown()): GLFW's C error callback and the free functions of platform.h need it.
//  - The URL fragment and published values are kept in memory; storage is one file per key under
//    $XDG_STATE_HOME/armistice-explorer/ (default ~/.local/state), key hex-encoded in the name.
//  - The final frame (the one whose callback returned false) is read back before it is presented,
//    so save_screenshot() after run_main_loop() writes exactly what was drawn.
#include "app/platform.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <vector>

#include "app/imgui_glfw.h"
#include "app/png_writer.h"

namespace armistice::platform {
namespace {

struct NativeState {
    GLFWwindow* window = nullptr;
    long long frames = 0;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    std::string fragment;
    std::map<std::string, std::string, std::less<>> published;
    std::vector<std::uint8_t> last_frame;  // RGBA, top row first
    int last_w = 0;
    int last_h = 0;
};

std::unique_ptr<NativeState> g_native;  // see header comment: GLFW callbacks need a global

void on_glfw_error(int code, const char* description) {
    std::fprintf(stderr, "GLFW error %d: %s\n", code, description);
}

std::filesystem::path storage_dir() {
    const char* state = std::getenv("XDG_STATE_HOME");
    std::filesystem::path base;
    if (state != nullptr && *state != '\0') {
        base = state;
    } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        base = std::filesystem::path(home) / ".local" / "state";
    } else {
        return {};
    }
    return base / "armistice-explorer";
}

std::string hex_encode(std::string_view key) {
    static const char kDigits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : key) {
        out.push_back(kDigits[c >> 4]);
        out.push_back(kDigits[c & 0xF]);
    }
    return out;
}

void capture_frame(NativeState& s, int w, int h) {
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's origin is bottom-left; images are stored top row first.
    s.last_frame.resize(pixels.size());
    const std::size_t row = static_cast<std::size_t>(w) * 4;
    for (int y = 0; y < h; ++y) {
        std::copy_n(pixels.data() + static_cast<std::size_t>(h - 1 - y) * row, row,
                    s.last_frame.data() + static_cast<std::size_t>(y) * row);
    }
    s.last_w = w;
    s.last_h = h;
}

}  // namespace

// [SECTION] Lifecycle and frame loop
bool init(const WindowOptions& options, std::string* error) {
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit()) {
        if (error) *error = "cannot initialise GLFW (no display? try xvfb-run -a)";
        return false;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
    GLFWwindow* window =
        glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (window == nullptr) {
        glfwTerminate();
        if (error) *error = "cannot create an OpenGL 3.2 core window";
        return false;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    float scale_x = 1.0f, scale_y = 1.0f;
    glfwGetWindowContentScale(window, &scale_x, &scale_y);
    detail::ImGuiSetup setup;
    setup.glsl_version = "#version 150";
    setup.font_raster_scale = scale_x;
    if (!detail::create_imgui(window, setup)) {
        glfwDestroyWindow(window);
        glfwTerminate();
        if (error) *error = "cannot initialise Dear ImGui's GLFW/OpenGL3 backends";
        return false;
    }
    g_native = std::make_unique<NativeState>();
    g_native->window = window;
    return true;
}

void run_main_loop(FrameFn frame) {
    NativeState& s = *g_native;
    bool keep_going = true;
    while (keep_going && !glfwWindowShouldClose(s.window)) {
        glfwPollEvents();
        detail::begin_frame(0.0f, 0.0f, 1.0f, 1.0f);
        keep_going = frame();
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(s.window, &fb_w, &fb_h);
        detail::end_frame(fb_w, fb_h);
        if (!keep_going && fb_w > 0 && fb_h > 0) capture_frame(s, fb_w, fb_h);
        glfwSwapBuffers(s.window);
        ++s.frames;
    }
}

void request_frame() {}  // the desktop loop draws every frame

void shutdown() {
    if (!g_native) return;
    detail::destroy_imgui();
    glfwDestroyWindow(g_native->window);
    glfwTerminate();
    g_native.reset();
}

// [SECTION] Queries
std::string_view name() { return "native"; }

float framebuffer_scale() {
    if (!g_native) return 1.0f;
    int w = 0, h = 0, fb_w = 0, fb_h = 0;
    glfwGetWindowSize(g_native->window, &w, &h);
    glfwGetFramebufferSize(g_native->window, &fb_w, &fb_h);
    return w > 0 ? static_cast<float>(fb_w) / static_cast<float>(w) : 1.0f;
}

double now_ms() {
    const auto since = std::chrono::steady_clock::now() -
                       (g_native ? g_native->start : std::chrono::steady_clock::time_point{});
    return std::chrono::duration<double, std::milli>(since).count();
}

long long frame_count() { return g_native ? g_native->frames : 0; }

bool coarse_pointer() {
    return false;
}

// [SECTION] Share-link state
std::string get_url_fragment() { return g_native ? g_native->fragment : std::string(); }

std::string page_url() { return "armistice-explorer:"; }

void set_url_fragment(std::string_view fragment) {
    if (g_native) g_native->fragment = std::string(fragment);
}

// [SECTION] Host services
bool copy_to_clipboard(std::string_view text) {
    if (!g_native) return false;
    glfwSetClipboardString(g_native->window, std::string(text).c_str());
    return true;
}

std::optional<std::string> storage_get(std::string_view key) {
    const std::filesystem::path dir = storage_dir();
    if (dir.empty()) return std::nullopt;
    std::ifstream in(dir / hex_encode(key), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool storage_set(std::string_view key, std::string_view value) {
    const std::filesystem::path dir = storage_dir();
    if (dir.empty()) return false;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return false;
    std::ofstream out(dir / hex_encode(key), std::ios::binary | std::ios::trunc);
    out.write(value.data(), static_cast<std::streamsize>(value.size()));
    return static_cast<bool>(out);
}

// [SECTION] Page text: no DOM natively; messages go to stderr so they are not lost.
void set_accessibility_summary(std::string_view) {}

void set_page_language(std::string_view) {}

void request_language_pack(std::string_view) {}

std::optional<ui::PackArrival> take_language_pack() {
    return std::nullopt;
}

std::vector<std::string> preferred_languages() {
    std::vector<std::string> out;
    if (const char* list = std::getenv("LANGUAGE")) {
        const std::string all = list;
        std::size_t start = 0;
        while (start <= all.size()) {
            const std::size_t end = std::min(all.find(':', start), all.size());
            if (end > start) out.push_back(all.substr(start, end - start));
            start = end + 1;
        }
    }
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) out.emplace_back(v);
    }
    return out;
}

void set_title(std::string_view text) {
    if (g_native && g_native->window != nullptr)
        glfwSetWindowTitle(g_native->window, std::string(text).c_str());
}

void set_accessible_outline(std::string_view) {}

void announce(std::string_view) {}

void show_banner(std::string_view text) {
    if (!text.empty()) std::fprintf(stderr, "%.*s\n", static_cast<int>(text.size()), text.data());
}

void offer_text_version(const std::function<std::string()>&) {}

// [SECTION] Test hooks
void publish_number(std::string_view key, double value) {
    if (g_native) g_native->published[std::string(key)] = std::to_string(value);
}

void publish_string(std::string_view key, std::string_view value) {
    if (g_native) g_native->published[std::string(key)] = std::string(value);
}

bool save_screenshot(const std::string& path, std::string* error) {
    if (!g_native || g_native->last_frame.empty()) {
        if (error) *error = "no final frame captured (save_screenshot runs after run_main_loop)";
        return false;
    }
    return app::write_png(path, g_native->last_w, g_native->last_h, g_native->last_frame, error);
}

}  // namespace armistice::platform
