// main.cpp — entry point of armistice_explorer, identical for the page and the desktop.
//
// Parses options, initialises the platform (platform.h), then runs the shared per-frame body.
// Invariants: no platform #ifdefs here; all app state lives in `main`'s frame (on the web the
// stack survives because run_main_loop never returns, see platform.h).
#include <cstdio>
#include <string>
#include <utility>

#include "app/app_options.h"
#include "app/build_info.h"
#include "app/platform.h"
#include "engine/version.h"
#include "ui/explorer.h"
#include "ui/language_choice.h"
#include "ui/language_loader.h"
#include "ui/text_version.h"

namespace {

using namespace armistice;

// Carries out what the explorer asked for this frame through the platform seam.
void apply_effects(ui::Explorer& explorer, const ui::Effects& fx) {
    if (fx.fragment) platform::set_url_fragment(*fx.fragment);
    if (fx.clipboard) explorer.share_result(platform::copy_to_clipboard(*fx.clipboard), platform::now_ms());
    if (fx.summary) platform::set_accessibility_summary(*fx.summary);
    if (fx.outline) platform::set_accessible_outline(*fx.outline);
    if (fx.announcement) platform::announce(*fx.announcement);
    if (fx.banner) platform::show_banner(*fx.banner);
    if (fx.title) platform::set_title(*fx.title);
    if (fx.language) platform::set_page_language(*fx.language);
    if (fx.language_pack) platform::request_language_pack(*fx.language_pack);
    for (const auto& [key, value] : fx.storage) platform::storage_set(key, value);
    for (const auto& [key, value] : fx.strings) platform::publish_string(key, value);
    for (const auto& [key, value] : fx.numbers) platform::publish_number(key, value);
}

// The per-frame body: ImGui calls only. Returns false when the app should stop.
bool frame(const app::Options& options, ui::Explorer& explorer, const std::string& page_url) {
    const double start = platform::now_ms();
    ui::HostFrame host;
    host.fragment = platform::get_url_fragment();
    host.page_url = page_url;
    host.language_pack = platform::take_language_pack();
    host.now_ms = start;
    host.clock = [] { return platform::now_ms(); };
    host.coarse_pointer = platform::coarse_pointer();
    const ui::Effects fx = explorer.frame(host);
    apply_effects(explorer, fx);
    if (fx.keep_drawing) platform::request_frame();
    // CPU time of the frame body (UI + evaluation), for the browser benchmark.
    platform::publish_number("frameCpuMs", platform::now_ms() - start);
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

    // The reader's language, also for the text version when the page cannot draw.
    const std::size_t language =
        ui::choose_language(platform::page_url(), platform::storage_get("armistice.lang"),
                            platform::preferred_languages());
    platform::WindowOptions window;
    window.visible = !options.hidden;
    if (!platform::init(window, &error)) {
        std::fprintf(stderr, "armistice_explorer: %s\n", error.c_str());
        platform::offer_text_version([language] {
            ui::LanguageLoader loader;  // compiled in, or the pack app.js fetched with the wasm
            if (auto pack = platform::take_language_pack()) loader.arrive(std::move(*pack));
            return ui::text_version(loader.strings(language), platform::get_url_fragment());
        });
        return 1;
    }
    platform::publish_string("version", kVersion);
    platform::publish_string("platform", platform::name());
    ui::Startup startup;
    startup.fragment = platform::get_url_fragment();
    startup.theme = platform::storage_get("armistice.theme");
    startup.tour_dismissed = platform::storage_get("armistice.tour_dismissed").has_value() ||
                             options.frames != 0;  // scripted runs (screenshots) skip the tour
    startup.intro_dismissed = platform::storage_get("armistice.intro_dismissed").has_value();
    startup.raster_scale = platform::framebuffer_scale();
    startup.language = language;
    startup.language_pack = platform::take_language_pack();  // app.js fetched it with the wasm
    ui::Explorer explorer(startup);
    // Shared links leave out ?lang=: each reader opens them in their own language.
    const std::string page_url = ui::without_query_param(platform::page_url(), "lang");

    platform::run_main_loop(
        [&options, &explorer, &page_url] { return frame(options, explorer, page_url); });

    // Native only from here: the web's loop never returns.
    int status = 0;
    if (!options.screenshot.empty() && !platform::save_screenshot(options.screenshot, &error)) {
        std::fprintf(stderr, "armistice_explorer: screenshot: %s\n", error.c_str());
        status = 1;
    }
    platform::shutdown();
    return status;
}
