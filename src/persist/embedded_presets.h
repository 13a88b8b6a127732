// embedded_presets.h — the scenarios/*.json files compiled into the binary.
//
// Purpose: the page has no file system and no server, so every preset ships inside the wasm
// (and the CLI/tests get the same bytes). The definition is generated at build time from
// scenarios/*.json by cmake/scripts/embed_presets.cmake (see cmake/EmbedPresets.cmake).
// Invariants:
//  - Entries are sorted by `name` (the file name, e.g. "freeze_now.json", no directory).
//  - `text` is the file's exact bytes; the storage lives for the whole program (static).
//  - The set only changes when the build does; editing a json triggers regeneration.
#pragma once

#include <cstddef>
#include <string_view>

namespace armistice::persist {

struct EmbeddedFile {
    std::string_view name;  // file name within scenarios/, e.g. "no_agreement.json"
    std::string_view text;  // file contents, byte-exact (UTF-8 JSON)
};

// Returns the first of `*count` embedded files (nullptr when there are none).
// Usage: std::size_t n = 0; const EmbeddedFile* files = embedded_presets(&n);
const EmbeddedFile* embedded_presets(std::size_t* count);

// Looks a preset up by file name; nullptr when absent. Linear scan (a handful of files).
inline const EmbeddedFile* find_embedded_preset(std::string_view name) {
    std::size_t n = 0;
    const EmbeddedFile* files = embedded_presets(&n);
    for (std::size_t i = 0; i < n; ++i) {
        if (files[i].name == name) return &files[i];
    }
    return nullptr;
}

}  // namespace armistice::persist
