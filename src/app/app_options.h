// app_options.h — command-line options of the armistice_explorer executable.
//
// The page has no command line (it gets defaults); natively these drive smoke tests:
//   armistice_explorer --frames 3 --screenshot out.png
// Invariant: parsing is pure (no I/O), so it behaves the same on both platforms.
#pragma once

#include <string>

namespace armistice::app {

struct Options {
    long long frames = 0;        // render this many frames then exit 0; 0 = run until closed
    std::string screenshot;      // write the final frame as PNG (native; requires --frames)
    bool hidden = false;         // create the native window hidden
    bool help = false;
    bool version = false;
};

// Returns false and a message in *error for unknown options or bad values.
bool parse_options(int argc, const char* const* argv, Options* out, std::string* error);

// Usage text for --help and errors.
const char* usage();

}  // namespace armistice::app
