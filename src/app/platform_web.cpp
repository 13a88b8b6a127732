// platform_web.cpp — platform.h in the browser (Emscripten: GLFW emulation + WebGL 2 + DOM).
//
// The only file with Emscripten-specific code (EM_JS, emscripten/*.h). Page contract, shared
// with web/index.html and web/app.js:
//  - the canvas is `#canvas`; app.js created `window.armistice` before this module loaded;
//  - values are published as window["armistice"][key] (bracket notation survives Closure);
//  - text reaches the DOM only through textContent (#a11y-summary, #banner);
//  - on the first frame we set armistice.firstFrameMs and dispatch "armistice-first-frame".
// Invariants:
//  - The canvas backing store is kept at CSS size x devicePixelRatio (checked every frame, so
//    window resizes and zoom changes follow); ImGui gets DisplaySize in CSS pixels and
//    DisplayFramebufferScale = backing / CSS. GLFW's emulation reports the mouse in backing-store
//    pixels, so we install GLFW callbacks ourselves and divide by that scale.
//  - Draw on demand (platform.h, request_frame): the loop pauses when nothing changes and the
//    wake listeners resume it; so frames and CPU are spent only after input or while working.
//  - Global mutable state: only `g_web` (GLFW's C callbacks and the emscripten main loop need
//    it); created by init(), alive for the page's lifetime.
#include "app/platform.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/console.h>
#include <emscripten/html5.h>

#include <cfloat>
#include <cstdlib>
#include <cmath>
#include <memory>
#include <utility>

#include "app/imgui_glfw.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_internal.h"  // GImGui->InputEventsQueue: input ImGui has not processed yet

// clang-format off: EM_JS bodies are JavaScript (clang-format turns "===" into "== =").
// [SECTION] JavaScript helpers (EM_JS). Strings cross as UTF-8 pointers; returned strings are
// malloc'd by JS and freed by the caller.
EM_JS(void, js_publish_number, (const char* key, double value), {
    var a = window["armistice"];
    if (a) a[UTF8ToString(key)] = value;
});

EM_JS(void, js_publish_string, (const char* key, const char* value), {
    var a = window["armistice"];
    if (a) a[UTF8ToString(key)] = UTF8ToString(value);
});

EM_JS(void, js_on_frame, (double frames), {
    var a = window["armistice"];
    if (!a) return;
    a["frames"] = frames;
    if (frames === 1) {
        a["firstFrameMs"] = performance.now();
        document.dispatchEvent(new CustomEvent("armistice-first-frame"));
    }
});

EM_JS(void, js_set_text, (const char* element_id, const char* text, int hide_when_empty), {
    var el = document.getElementById(UTF8ToString(element_id));
    if (!el) return;
    var t = UTF8ToString(text);
    el.textContent = t;
    if (hide_when_empty) el.hidden = t.length === 0;
});

// Rebuilds #a11y-outline from lines "h2\t…", "h3\t…", "p\t…", "li\t…" (consecutive li form one
// list). Elements get text through textContent only.
EM_JS(void, js_set_outline, (const char* wire), {
    var root = document.getElementById("a11y-outline");
    if (!root) return;
    var frag = document.createDocumentFragment();
    var list = null;
    UTF8ToString(wire).split("\n").forEach(function(line) {
        var tab = line.indexOf("\t");
        if (tab < 0) return;
        var kind = line.substring(0, tab);
        var text = line.substring(tab + 1);
        if (kind === "li") {
            if (!list) list = frag.appendChild(document.createElement("ul"));
            list.appendChild(document.createElement("li")).textContent = text;
            return;
        }
        list = null;
        var tag = kind === "h2" || kind === "h3" ? kind : "p";
        frag.appendChild(document.createElement(tag)).textContent = text;
    });
    root.replaceChildren(frag);
});

// app.js sets armistice.textOnly when the browser has WebAssembly but no WebGL 2.
EM_JS(int, js_text_only, (), {
    return (window.armistice && window.armistice.textOnly) ? 1 : 0;
});

// CSS `(pointer: coarse)`: the MediaQueryList is made once; a change (a tablet's keyboard cover
// detached, devtools' touch emulation) wakes the loop so the next frame restyles.
EM_JS(int, js_coarse_pointer, (), {
    if (!("armisticeCoarse" in Module)) {
        var media = "(pointer: coarse)";  // i18n-exempt: a CSS media query, not text
        var q = window.matchMedia ? window.matchMedia(media) : null;
        Module["armisticeCoarse"] = q;
        var wake = function() {
            _armistice_web_wake();
        };
        if (q && q.addEventListener) q.addEventListener("change", wake);
    }
    var mq = Module["armisticeCoarse"];
    return mq && mq.matches ? 1 : 0;
});

EM_JS(void, js_set_title, (const char* text), { document.title = UTF8ToString(text); });
// Language packs (strings-<code>.pack): app.js keeps the one it fetched at start-up in
// window.armisticePack ({code, bytes: Uint8Array} or {code, error}); a later request fetches
// into the same slot. js_pack_size: -1 none waiting, -2 failed (js_pack_field(1)), else bytes.
EM_JS(void, js_request_pack, (const char* code), {
    var c = UTF8ToString(code);
    fetch("strings-" + c + ".pack", {credentials : "same-origin"})
        .then(function(r) {
            if (!r.ok) throw new Error("HTTP " + r.status);
            return r.arrayBuffer();
        })
        .then(function(b) { window.armisticePack = {code : c, bytes : new Uint8Array(b)}; })
        .catch(function(e) {
            window.armisticePack = {code : c, error : String(e && e.message || e)};
        });
});
EM_JS(int, js_pack_size, (), {
    var p = window.armisticePack;
    if (!p) return -1;
    return p.bytes ? p.bytes.length : -2;
});
EM_JS(char*, js_pack_field, (int which), {
    var p = window.armisticePack;
    var s = p ? String(which == 0 ? p.code : (p.error || "")) : "";
    var n = lengthBytesUTF8(s) + 1;
    var q = _malloc(n);
    stringToUTF8(s, q, n);
    return q;
});
EM_JS(void, js_pack_take, (char* out), {
    var p = window.armisticePack;
    if (p && p.bytes) HEAPU8.set(p.bytes, out);
    window.armisticePack = null;
});
EM_JS(void, js_set_page_language, (const char* code),
      { document.documentElement.lang = UTF8ToString(code); });
// navigator.languages joined by "\n" (a tag never holds a line break).
EM_JS(char*, js_preferred_languages, (), {
    var l = navigator.languages && navigator.languages.length ? navigator.languages
                                                              : [navigator.language || ""];
    var s = Array.prototype.join.call(l, "\n");
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(char*, js_get_fragment, (), {
    var h = window.location.hash;
    var s = h.length > 0 ? h.substring(1) : "";
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(char*, js_page_url, (), {
    var s = window.location.origin + window.location.pathname + window.location.search;
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_set_fragment, (const char* fragment), {
    var f = UTF8ToString(fragment);
    var url = window.location.pathname + window.location.search + (f.length ? "#" + f : "");
    window.history.replaceState(null, "", url);
});

// Draw on demand: any input, a hash change, a resize or a visibility change wakes the loop. The
// listeners are passive captures on window, so they run before GLFW's and never change an event.
EM_JS(void, js_install_wake_listeners, (), {
    var wake = function() { _armistice_web_wake(); };
    ["mousemove", "mousedown", "mouseup", "wheel", "keydown", "keyup", "keypress",
     "touchstart", "touchmove", "touchend", "touchcancel", "pointerdown", "pointermove",
     "pointerup", "focus", "blur", "resize", "hashchange", "visibilitychange", "paste",
     "compositionend"].forEach(function(type) {
        window.addEventListener(type, wake, {capture: true, passive: true});
    });
});

// Text input (issue #15): while ImGui wants text, the hidden <textarea id="text-input"> has the
// focus, so phones open their on-screen keyboard. What it receives is fed to ImGui and the field
// is emptied again. Physical keys already reach ImGui through GLFW's key and char callbacks, so
// input that follows a real keydown is cancelled here (never fed twice); on-screen keyboards
// send keydown "Unidentified" / keyCode 229 (or none), and their backspace and enter arrive as
// beforeinput deleteContentBackward / insertLineBreak / insertParagraph (ocornut/imgui #5133),
// which become ImGui key events. Composition (IME, swipe typing) is fed when it ends.
// iOS opens its keyboard only for a focus() made inside a touch handler, so after a touch the
// draw loop leaves the focusing to touchend, which focuses the field when the finger lifts over
// a published text field ("textFields", logical px). ta.armisticeTouch: the last press was a touch.
EM_JS(void, js_install_text_input, (), {
    var ta = document.getElementById("text-input");
    if (!ta) return;
    var canvas = document.getElementById("canvas");
    window.addEventListener(
        "pointerdown", function(e) { ta.armisticeTouch = e.pointerType === "touch"; },
        {capture : true, passive : true});
    window.addEventListener(
        "touchend",
        function(e) {
            var a = window["armistice"];
            if (!canvas || e.target !== canvas || !a || !a["textFields"]) return;
            if (!e.changedTouches || e.changedTouches.length === 0) return;
            var fields;
            try {
                fields = JSON.parse(a["textFields"]);
            } catch (err) {
                return;
            }
            var r = canvas.getBoundingClientRect();
            var x = e.changedTouches[0].clientX - r.left;
            var y = e.changedTouches[0].clientY - r.top;
            for (var i = 0; i < fields.length; i++) {
                var q = fields[i];
                if (x >= q[0] && x <= q[2] && y >= q[1] && y <= q[3]) {
                    if (document.activeElement !== ta) ta.focus({preventScroll : true});
                    return;
                }
            }
        },
        {capture : true, passive : true});
    var physical = false;
    var composing = false;
    var feed = function(text) {
        if (!text) return;
        var n = lengthBytesUTF8(text) + 1;
        var p = _malloc(n);
        stringToUTF8(text, p, n);
        _armistice_web_text(p);
    };
    ta.addEventListener(
        "keydown",
        function(e) {
            physical = !(e.key === "Unidentified" ||
                                    e.key === "Process" || e.keyCode === 229 || e.isComposing);
        },
        true);
    ta.addEventListener(
        "compositionstart", function() { composing = true; });
    ta.addEventListener(
        "compositionend", function(e) {
            composing = false;
            if (!physical) feed(e.data || ta.value);
            ta.value = "";
        });
    ta.addEventListener(
        "beforeinput", function(e) {
            var t = e.inputType;
            if (physical) {  // GLFW already gave it to ImGui
                if (t !== "insertCompositionText") e.preventDefault();
                return;
            }
            if (t === "deleteContentBackward") {
                e.preventDefault();
                _armistice_web_text_key(0);
            } else if (t === "insertLineBreak" || t === "insertParagraph") {
                e.preventDefault();
                _armistice_web_text_key(1);
            } else if (t === "deleteContentForward") {
                e.preventDefault();
                _armistice_web_text_key(2);
            } else if (t === "insertText" && !composing) {
                e.preventDefault();
                feed(e.data);
            }
        });
    ta.addEventListener(
        "input", function(e) {  // anything not cancelled above (paste, autofill)
            if (composing || e.isComposing) return;
            if (!physical) feed(ta.value);
            ta.value = "";
        });
    ta.addEventListener(
        "keyup", function() { physical = false; }, true);
    ta.addEventListener(
        "blur", function() {
            physical = false;
            composing = false;
            ta.value = "";
        });
});

// Touch: GLFW's emulation turns touchstart into a button press without moving the cursor, so
// ImGui saw the press where the previous touch ended and tabs did not respond. A capturing
// listener on window runs before GLFW's canvas listeners and reports the touch point first
// (ImGui then gets the hover frame it needs before the press: its input queue trickles).
EM_JS(void, js_install_touch_hover, (), {
    var canvas = document.getElementById("canvas");
    var last_touch = -1e9;
    var touch_source = false;
    var report = function(e) {
        last_touch = performance.now();
        if (e.target !== canvas || !e.touches || e.touches.length === 0) return;
        var r = canvas.getBoundingClientRect();
        var t = e.touches[0];
        touch_source = true;
        _armistice_web_touch(t.clientX - r.left, t.clientY - r.top);
    };
    window.addEventListener("touchstart", report, {capture : true, passive : true});
    var touched = function() {
        last_touch = performance.now();
    };
    window.addEventListener("touchmove", touched, {capture : true, passive : true});
    window.addEventListener("touchend", touched, {capture : true, passive : true});
    // A real mouse again (not the compatibility events a browser derives from touches).
    window.addEventListener(
        "mousemove",
        function(e) {
            var from_touch = e.sourceCapabilities && e.sourceCapabilities.firesTouchEvents;
            if (touch_source && !from_touch && performance.now() - last_touch > 1000) {
                touch_source = false;
                _armistice_web_mouse_source();
            }
        },
        {capture : true, passive : true});
});

// Focuses (want = 1) or releases (0) the hidden text field; no-op when already so. After a
// touch, focusing is left to the touchend listener above (iOS).
EM_JS(void, js_text_input_focus, (int want), {
    var ta = document.getElementById("text-input");
    if (!ta) return;
    var has = document.activeElement === ta;
    if (want && !has && !ta.armisticeTouch) ta.focus({preventScroll : true});
    if (!want && has) ta.blur();
});

EM_JS(int, js_copy_to_clipboard, (const char* text), {
    var t = UTF8ToString(text);
    if (!navigator.clipboard || !navigator.clipboard.writeText) return 0;
    navigator.clipboard.writeText(t).catch(function() {});
    return 1;
});

EM_JS(char*, js_storage_get, (const char* key), {
    try {
        var v = window.localStorage.getItem(UTF8ToString(key));
        if (v === null) return 0;
        var n = lengthBytesUTF8(v) + 1;
        var p = _malloc(n);
        stringToUTF8(v, p, n);
        return p;
    } catch (e) {
        return 0;  // storage disabled (privacy mode, sandboxed iframe)
    }
});

EM_JS(int, js_storage_set, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 1;
    } catch (e) {
        return 0;
    }
});

// clang-format on

namespace armistice::platform {
namespace {

enum class MouseState { Unknown, Inside, Left };

struct WebState {
    GLFWwindow* window = nullptr;
    FrameFn frame;
    long long frames = 0;
    int fb_w = 0;            // canvas backing store, device pixels
    int fb_h = 0;
    double css_w = 0.0;      // canvas layout size, CSS pixels
    double css_h = 0.0;
    float mouse_scale = 1.0f;  // backing-store pixels per CSS pixel
    MouseState mouse = MouseState::Unknown;
    bool have_mouse = false;
    double mouse_x = 0.0;      // CSS pixels
    double mouse_y = 0.0;
    double awake_until_ms = 0.0;   // draw every frame until then (performance.now() ms)
    bool frame_requested = false;  // request_frame() was called during the current frame
    bool sleeping = false;         // main loop paused until wake()
    bool text_input_focused = false;  // #text-input has the focus (ImGui wanted text last frame)
};

std::unique_ptr<WebState> g_web;  // see header comment

constexpr const char* kCanvas = "#canvas";

std::string nul_terminated(std::string_view s) { return std::string(s); }

std::string take_js_string(char* p) {
    if (p == nullptr) return {};
    std::string s(p);
    free(p);
    return s;
}

// Resizes the backing store to CSS size x devicePixelRatio if either changed.
void sync_canvas_size(WebState& s) {
    double css_w = 0.0, css_h = 0.0;
    emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    if (css_w < 1.0) css_w = 1.0;
    if (css_h < 1.0) css_h = 1.0;
    const int fb_w = static_cast<int>(std::lround(css_w * dpr));
    const int fb_h = static_cast<int>(std::lround(css_h * dpr));
    if (fb_w != s.fb_w || fb_h != s.fb_h) {
        emscripten_set_canvas_element_size(kCanvas, fb_w, fb_h);
        s.fb_w = fb_w;
        s.fb_h = fb_h;
    }
    s.css_w = css_w;
    s.css_h = css_h;
    s.mouse_scale = static_cast<float>(fb_w / css_w);
}

// [SECTION] GLFW callbacks: forwarded to ImGui's GLFW backend, mouse converted to CSS pixels.
void on_cursor_pos(GLFWwindow* w, double x, double y) {
    g_web->mouse_x = x / g_web->mouse_scale;
    g_web->mouse_y = y / g_web->mouse_scale;
    g_web->have_mouse = true;
    ImGui_ImplGlfw_CursorPosCallback(w, g_web->mouse_x, g_web->mouse_y);
}

void on_cursor_enter(GLFWwindow* w, int entered) {
    g_web->mouse = entered ? MouseState::Inside : MouseState::Left;
    ImGui_ImplGlfw_CursorEnterCallback(w, entered);
}

// Mouse wheel. Dear ImGui's GLFW backend (1.90.1) listens for the wheel on the *document* and
// cancels the event; Chrome treats document-level wheel listeners as passive, so every turn of
// the wheel logged "Unable to preventDefault inside passive event listener". Listening on the
// canvas (not passive) with the backend's step sizes keeps scrolling identical without the error.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
    double steps_per_unit = 0.0;
    if (ev->deltaMode == DOM_DELTA_PIXEL) steps_per_unit = 1.0 / 100.0;  // 100 px per step
    else if (ev->deltaMode == DOM_DELTA_LINE) steps_per_unit = 1.0 / 3.0;  // 3 lines per step
    else if (ev->deltaMode == DOM_DELTA_PAGE) steps_per_unit = 80.0;  // a page is 80 steps
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-ev->deltaX * steps_per_unit),
                                      static_cast<float>(-ev->deltaY * steps_per_unit));
    return EM_TRUE;
}

void install_callbacks(GLFWwindow* w) {
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, nullptr);
    if (emscripten_set_wheel_callback("#canvas", nullptr, EM_FALSE, on_wheel) !=
        EMSCRIPTEN_RESULT_SUCCESS) {
        // Visible to users in the console and fatal in the browser tests: no silent dead wheel.
        emscripten_console_error("Armistice Explorer: cannot listen for the mouse wheel on #canvas");
    }
    glfwSetWindowFocusCallback(w, ImGui_ImplGlfw_WindowFocusCallback);
    glfwSetCursorEnterCallback(w, on_cursor_enter);
    glfwSetCursorPosCallback(w, on_cursor_pos);
    glfwSetMouseButtonCallback(w, ImGui_ImplGlfw_MouseButtonCallback);
    glfwSetScrollCallback(w, ImGui_ImplGlfw_ScrollCallback);
    glfwSetKeyCallback(w, ImGui_ImplGlfw_KeyCallback);
    glfwSetCharCallback(w, ImGui_ImplGlfw_CharCallback);
}

void wake(WebState& s) {
    s.awake_until_ms = emscripten_get_now() + kAwakeAfterInputMs;
    if (s.sleeping) {
        s.sleeping = false;
        js_publish_number("sleeping", 0.0);
        emscripten_resume_main_loop();
    }
}

void frame_tick(void* arg) {
    WebState& s = *static_cast<WebState*>(arg);
    sync_canvas_size(s);
    detail::begin_frame(static_cast<float>(s.css_w), static_cast<float>(s.css_h), s.mouse_scale,
                        s.mouse_scale);
    // ImGui's GLFW backend falls back to glfwGetCursorPos (backing-store pixels) while it thinks
    // the mouse is outside the window; restate the position in CSS pixels after it.
    if (s.mouse == MouseState::Left) {
        ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    } else if (s.mouse == MouseState::Unknown && s.have_mouse) {
        ImGui::GetIO().AddMousePosEvent(static_cast<float>(s.mouse_x), static_cast<float>(s.mouse_y));
    }
    const bool keep_going = s.frame();
    const bool want_text = ImGui::GetIO().WantTextInput;
    detail::end_frame(s.fb_w, s.fb_h);
    if (want_text != s.text_input_focused) {
        js_text_input_focus(want_text ? 1 : 0);
        s.text_input_focused = want_text;
    }
    ++s.frames;
    js_on_frame(static_cast<double>(s.frames));
    if (!keep_going) {
        emscripten_cancel_main_loop();
        return;
    }
    // ImGui trickles its input queue (one key or character change per frame, 1.90.1
    // io.ConfigInputTrickleEventQueue): never sleep while events are still queued, or fast
    // typing would lose its tail until the next input woke the loop.
    const bool input_pending = GImGui != nullptr && GImGui->InputEventsQueue.Size > 0;
    if (!s.frame_requested && !input_pending && emscripten_get_now() > s.awake_until_ms) {
        s.sleeping = true;
        js_publish_number("sleeping", 1.0);
        emscripten_pause_main_loop();
    }
    s.frame_requested = false;
}

}  // namespace

// Called by the wake listeners (js_install_wake_listeners); exported for them only.
extern "C" EMSCRIPTEN_KEEPALIVE void armistice_web_wake() {
    if (g_web) wake(*g_web);
}

// Called by js_install_touch_hover: a touch began at (x, y), CSS pixels from the canvas corner.
extern "C" EMSCRIPTEN_KEEPALIVE void armistice_web_touch(double x, double y) {
    if (!g_web || ImGui::GetCurrentContext() == nullptr) return;
    // A finger enters the canvas: without this the GLFW backend keeps polling glfwGetCursorPos
    // (backing-store pixels) and a swipe would be read at twice its position on a DPR 2 phone.
    if (g_web->mouse != MouseState::Inside) {
        g_web->mouse = MouseState::Inside;
        ImGui_ImplGlfw_CursorEnterCallback(g_web->window, 1);
    }
    g_web->have_mouse = true;
    g_web->mouse_x = x;
    g_web->mouse_y = y;
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    ImGui::GetIO().AddMousePosEvent(static_cast<float>(x), static_cast<float>(y));
    wake(*g_web);
}

// Called by js_install_touch_hover when a real mouse moves again after touches.
extern "C" EMSCRIPTEN_KEEPALIVE void armistice_web_mouse_source() {
    if (g_web && ImGui::GetCurrentContext() != nullptr)
        ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
}

// Called by js_install_text_input with malloc'd UTF-8 text (freed here): typed characters.
extern "C" EMSCRIPTEN_KEEPALIVE void armistice_web_text(char* utf8) {
    if (utf8 == nullptr) return;
    if (g_web && ImGui::GetCurrentContext() != nullptr) {
        ImGui::GetIO().AddInputCharactersUTF8(utf8);
        wake(*g_web);
    }
    free(utf8);
}

// Called by js_install_text_input: 0 backspace, 1 enter, 2 delete (a press and a release).
extern "C" EMSCRIPTEN_KEEPALIVE void armistice_web_text_key(int which) {
    if (!g_web || ImGui::GetCurrentContext() == nullptr) return;
    const ImGuiKey key = which == 0   ? ImGuiKey_Backspace
                         : which == 1 ? ImGuiKey_Enter
                                      : ImGuiKey_Delete;
    ImGui::GetIO().AddKeyEvent(key, true);
    ImGui::GetIO().AddKeyEvent(key, false);
    wake(*g_web);
}

// [SECTION] Lifecycle and frame loop
bool init(const WindowOptions& options, std::string* error) {
    auto fail = [&](const char* message) {
        if (error) *error = message;
        js_set_text("banner", message, 1);
        return false;
    };
    if (js_text_only()) {  // app.js already explains; main() offers the text version
        if (error) *error = "no WebGL 2: text version only";
        return false;
    }
    if (!glfwInit()) return fail("Cannot initialise the window system (GLFW).");
    auto state = std::make_unique<WebState>();
    sync_canvas_size(*state);
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    state->window =
        glfwCreateWindow(state->fb_w, state->fb_h, options.title.c_str(), nullptr, nullptr);
    if (state->window == nullptr) return fail("This browser could not create a WebGL 2 context.");
    glfwMakeContextCurrent(state->window);
    // glfwCreateWindow reset the canvas size; make sure it matches the device pixels again.
    state->fb_w = state->fb_h = 0;
    sync_canvas_size(*state);

    detail::ImGuiSetup setup;
    setup.glsl_version = "#version 300 es";
    setup.font_raster_scale = std::ceil(static_cast<float>(emscripten_get_device_pixel_ratio()));
    setup.install_glfw_callbacks = false;
    g_web = std::move(state);
    if (!detail::create_imgui(g_web->window, setup)) {
        return fail("Cannot initialise the user interface (ImGui WebGL 2 backend).");
    }
    install_callbacks(g_web->window);
    g_web->awake_until_ms = emscripten_get_now() + kAwakeAfterInputMs;
    js_install_wake_listeners();
    js_install_text_input();
    js_install_touch_hover();
    return true;
}

void run_main_loop(FrameFn frame) {
    g_web->frame = std::move(frame);
    // fps 0 = requestAnimationFrame; simulate_infinite_loop: never return, keep the stack alive.
    emscripten_set_main_loop_arg(frame_tick, g_web.get(), 0, 1);
}

void request_frame() {
    if (g_web) g_web->frame_requested = true;
}

void shutdown() {}

// [SECTION] Queries
std::string_view name() { return "web"; }

float framebuffer_scale() { return g_web ? g_web->mouse_scale : 1.0f; }

double now_ms() { return emscripten_get_now(); }

long long frame_count() { return g_web ? g_web->frames : 0; }

bool coarse_pointer() {
    return js_coarse_pointer() != 0;
}

// [SECTION] Share-link state
std::string get_url_fragment() { return take_js_string(js_get_fragment()); }

std::string page_url() { return take_js_string(js_page_url()); }

void set_url_fragment(std::string_view fragment) {
    js_set_fragment(nul_terminated(fragment).c_str());
}

// [SECTION] Host services
bool copy_to_clipboard(std::string_view text) {
    return js_copy_to_clipboard(nul_terminated(text).c_str()) != 0;
}

std::optional<std::string> storage_get(std::string_view key) {
    char* p = js_storage_get(nul_terminated(key).c_str());
    if (p == nullptr) return std::nullopt;
    return take_js_string(p);
}

bool storage_set(std::string_view key, std::string_view value) {
    return js_storage_set(nul_terminated(key).c_str(), nul_terminated(value).c_str()) != 0;
}

// [SECTION] Page text (textContent only)
void set_accessibility_summary(std::string_view text) {
    js_set_text("a11y-summary", nul_terminated(text).c_str(), 0);
}

void show_banner(std::string_view text) { js_set_text("banner", nul_terminated(text).c_str(), 1); }

void set_accessible_outline(std::string_view wire) { js_set_outline(nul_terminated(wire).c_str()); }

void announce(std::string_view sentence) {
    js_set_text("a11y-live", nul_terminated(sentence).c_str(), 0);
}

void offer_text_version(const std::function<std::string()>& make) {
    if (!js_text_only()) return;
    js_set_text("unsupported-text", make().c_str(), 0);
    js_set_text("unsupported-text-status", "", 1);
    js_publish_string("textVersion", "ready");
}

void set_title(std::string_view text) {
    js_set_title(nul_terminated(text).c_str());
}

void request_language_pack(std::string_view code) {
    js_request_pack(nul_terminated(code).c_str());
}

std::optional<ui::PackArrival> take_language_pack() {
    const int size = js_pack_size();
    if (size == -1) return std::nullopt;
    ui::PackArrival a;
    a.code = take_js_string(js_pack_field(0));
    a.error = take_js_string(js_pack_field(1));
    if (size >= 0) a.bytes.resize(static_cast<std::size_t>(size));
    js_pack_take(a.bytes.data());
    if (size == -2 && a.error.empty()) a.error = "download failed";  // i18n-exempt: a reason
    return a;
}

void set_page_language(std::string_view code) {
    js_set_page_language(nul_terminated(code).c_str());
}

std::vector<std::string> preferred_languages() {
    const std::string all = take_js_string(js_preferred_languages());
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= all.size()) {
        const std::size_t end = std::min(all.find('\n', start), all.size());
        if (end > start) out.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// [SECTION] Test hooks
void publish_number(std::string_view key, double value) {
    js_publish_number(nul_terminated(key).c_str(), value);
}

void publish_string(std::string_view key, std::string_view value) {
    js_publish_string(nul_terminated(key).c_str(), nul_terminated(value).c_str());
}

bool save_screenshot(const std::string&, std::string* error) {
    if (error) *error = "screenshots are taken by the browser test harness on the web";
    return false;
}

}  // namespace armistice::platform
