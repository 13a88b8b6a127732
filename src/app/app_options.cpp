// app_options.cpp — see app_options.h.
#include "app/app_options.h"

#include <cerrno>
#include <cstdlib>
#include <string_view>

namespace armistice::app {

const char* usage() {
    return "usage: armistice_explorer [--frames N] [--screenshot out.png] [--hidden]\n"
           "                          [--help] [--version]\n"
           "  --frames N          render N frames, then exit (smoke tests)\n"
           "  --screenshot PATH   with --frames: save the final frame as PNG (native)\n"
           "  --hidden            do not show the window (native)\n";
}

bool parse_options(int argc, const char* const* argv, Options* out, std::string* error) {
    Options opts;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto next = [&](std::string_view name) -> const char* {
            if (i + 1 >= argc) {
                *error = std::string(name) + " needs a value";
                return nullptr;
            }
            return argv[++i];
        };
        if (arg == "--frames") {
            const char* v = next(arg);
            if (v == nullptr) return false;
            char* end = nullptr;
            errno = 0;
            const long long n = std::strtoll(v, &end, 10);
            if (errno != 0 || end == v || *end != '\0' || n <= 0) {
                *error = "--frames expects a positive integer, got '" + std::string(v) + "'";
                return false;
            }
            opts.frames = n;
        } else if (arg == "--screenshot") {
            const char* v = next(arg);
            if (v == nullptr) return false;
            opts.screenshot = v;
        } else if (arg == "--hidden") {
            opts.hidden = true;
        } else if (arg == "--help" || arg == "-h") {
            opts.help = true;
        } else if (arg == "--version") {
            opts.version = true;
        } else {
            *error = "unknown option '" + std::string(arg) + "'";
            return false;
        }
    }
    if (!opts.screenshot.empty() && opts.frames == 0) {
        *error = "--screenshot needs --frames N";
        return false;
    }
    *out = opts;
    return true;
}

}  // namespace armistice::app
