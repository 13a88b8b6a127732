// platform.h — the ONE seam between the app and its host (browser page or native window).
//
// Purpose: everything that differs between the web and the native build sits behind these
// functions; platform_web.cpp (Emscripten, the only file with `#ifdef __EMSCRIPTEN__`/EM_JS)
// and platform_native.cpp (GLFW desktop) implement them. The rest of the app is identical.
//
// Invariants:
//  - Call init() once before anything else and shutdown() once at the end (native only; on the
//    web the page never "exits").
//  - init() creates the window, the OpenGL (ES) 3 context, the ImGui context and its GLFW +
//    OpenGL3 backends. run_main_loop() wraps every frame in ImGui::NewFrame()/ImGui::Render();
//    the callback only issues ImGui calls.
//  - ImGui's DisplaySize is in logical (CSS) pixels; DisplayFramebufferScale tells ImGui how many
//    device pixels back each one (devicePixelRatio on the web), so text stays crisp on high-DPI.
//  - Text handed to the page (summary, banner, published strings) is inserted with textContent
//    only, never as HTML: callers may pass untrusted text (e.g. decoded from a share link).
//  - All functions are called from the main thread only.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/language_loader.h"  // PackArrival

namespace armistice::platform {

// [SECTION] Lifecycle and frame loop
struct WindowOptions {
    std::string title = "Armistice Explorer";
    int width = 1280;   // native window size in logical pixels (the page fills the browser window)
    int height = 800;
    bool visible = true;  // native: false creates a hidden window (tests); ignored on the web
};

// Creates window, GL context and ImGui (context + backends). On failure returns false and
// describes the problem in *error (also shown in the banner on the web).
bool init(const WindowOptions& options, std::string* error);

// Called once per frame between ImGui::NewFrame() and ImGui::Render(); return false to stop.
using FrameFn = std::function<bool()>;

// Native: loops until the callback returns false or the window is closed, then returns.
// Web: hands the loop to the browser (requestAnimationFrame) and never returns to the caller;
// objects on the caller's stack stay alive (Emscripten's simulate_infinite_loop semantics).
void run_main_loop(FrameFn frame);

// Draw on demand. Web: the loop draws while input, a hash change or a resize happened in the
// last kAwakeAfterInputMs, or while the previous frame called request_frame(); otherwise it
// pauses (no frames, no CPU) until the next input, hash change or resize wakes it.
// window.armistice.sleeping is 1 while paused. Native: every frame is drawn; no-op.
// Call it from a frame whose state is still changing (work in progress, an animation, a toast).
void request_frame();
inline constexpr double kAwakeAfterInputMs = 1000.0;

// Destroys ImGui, the context and the window (native). No-op on the web.
void shutdown();

// [SECTION] Queries
std::string_view name();     // "web" or "native"
float framebuffer_scale();   // device pixels per logical pixel (devicePixelRatio), >= 1 typical
double now_ms();             // monotonic milliseconds (performance.now() on the web)
long long frame_count();     // frames rendered so far
// The primary pointer is a finger: CSS `(pointer: coarse)` on the web (a phone, a tablet, touch
// emulation), read each call so the page follows a change; native: false (a mouse).
bool coarse_pointer();

// [SECTION] Share-link state: the URL fragment (without '#'); native keeps it in memory.
std::string get_url_fragment();
void set_url_fragment(std::string_view fragment);  // replaces, never adds a history entry
// The page's address without the fragment (origin + path + query), for share links;
// native: "armistice-explorer:" (a link then is that plus "#" + fragment).
std::string page_url();

// [SECTION] Host services
bool copy_to_clipboard(std::string_view text);  // false if the host refused
// Small persistent key/value store (localStorage on the web; a file under $XDG_STATE_HOME
// natively). Keys and values are opaque strings; get returns nullopt when absent/unavailable.
std::optional<std::string> storage_get(std::string_view key);
bool storage_set(std::string_view key, std::string_view value);

// [SECTION] Page text for assistive tech and messages (web: DOM via textContent; native: stderr)
void set_accessibility_summary(std::string_view text);  // #a11y-summary (flat text, aria-hidden)
// #a11y-outline rebuilt from the wire format of ui/accessible_outline.h (headings, paragraphs,
// lists; textContent only). Native: no-op.
void set_accessible_outline(std::string_view wire);
void announce(std::string_view sentence);  // #a11y-live, aria-live="polite". Native: no-op.
void show_banner(std::string_view text);                // #banner role="alert"; empty hides it
// When the page cannot draw the app (app.js found no WebGL 2 and set armistice.textOnly),
// init() fails quietly and this shows make()'s text in #unsupported-text. Native: no-op (make
// is not called).
void offer_text_version(const std::function<std::string()>& make);
void set_title(std::string_view text);
// The language the page is shown in: <html lang> on the web (screen readers pick their voice
// from it); no-op natively. `code` is ISO 639-1 ("uk").
void set_page_language(std::string_view code);
// The reader's languages, most preferred first: navigator.languages on the web; natively
// $LANGUAGE (colon-separated), then $LC_ALL, $LC_MESSAGES, $LANG.
std::vector<std::string> preferred_languages();
// A language's texts that are not compiled in (ui/language_loader.h). Web: fetches
// strings-<code>.pack from the page's origin (app.js has already fetched the start-up
// language's pack in parallel with the wasm); native: all languages are compiled in, no-op.
void request_language_pack(std::string_view code);
// A pack that has arrived (or failed: PackArrival::error), once; nullopt while none is waiting.
std::optional<ui::PackArrival> take_language_pack();  // document.title / the window title

// [SECTION] Test hooks: publish values on window.armistice (bracket notation; native: in memory)
void publish_number(std::string_view key, double value);
void publish_string(std::string_view key, std::string_view value);

// Writes the final frame (the one whose callback returned false) as PNG; call after
// run_main_loop() returned. Native only: the web returns false with a reason.
bool save_screenshot(const std::string& path, std::string* error);

}  // namespace armistice::platform
