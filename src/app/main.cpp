// main.cpp — entry point of armistice_explorer, identical for the page and the desktop.
//
// Parses options, initialises the platform (platform.h), then runs the shared per-frame body.
// Invariants: no platform #ifdefs here; all app state lives in `main`'s frame (on the web the
// stack survives because run_main_loop never returns, see platform.h).
#include <cstdio>
#include <string>

#include "app/about_window.h"
#include "app/app_options.h"
#include "app/build_info.h"
#include "app/platform.h"
#include "engine/version.h"

namespace {

using namespace armistice;

// The per-frame body: ImGui calls only. Returns false when the app should stop.
bool frame(const app::Options& options) {
    app::draw_about_window();
    const long long rendered = platform::frame_count() + 1;  // including this one
    return options.frames == 0 || rendered < options.frames;
}

}  // namespace

int main(int argc, char** argv) {
    app::Options options;
    std::string error;
    if (!app::parse_options(argc, argv, &options, &error)) {
        std::fprintf(stderr, "armistice_explorer: %s\n%s", error.c_str(), app::usage());
        return 2;
    }
    if (options.help) {
        std::fputs(app::usage(), stdout);
        return 0;
    }
    if (options.version) {
        const BuildInfo& info = build_info();
        std::printf("%s %s (%s, %s, %s, commit %s %s)\n", std::string(kProductName).c_str(),
                    std::string(kVersion).c_str(), std::string(info.platform).c_str(),
                    std::string(info.compiler).c_str(), std::string(info.build_type).c_str(),
                    std::string(info.commit).c_str(), std::string(info.commit_date).c_str());
        return 0;
    }

    platform::WindowOptions window;
    window.visible = !options.hidden;
    if (!platform::init(window, &error)) {
        std::fprintf(stderr, "armistice_explorer: %s\n", error.c_str());
        return 1;
    }
    platform::publish_string("version", kVersion);
    platform::publish_string("platform", platform::name());
    platform::set_accessibility_summary(std::string(kProductName) + " " + std::string(kVersion) +
                                        " is ready.");

    platform::run_main_loop([&options] { return frame(options); });

    // Native only from here: the web's loop never returns.
    int status = 0;
    if (!options.screenshot.empty() && !platform::save_screenshot(options.screenshot, &error)) {
        std::fprintf(stderr, "armistice_explorer: screenshot: %s\n", error.c_str());
        status = 1;
    }
    platform::shutdown();
    return status;
}
