// png_writer.h — a tiny, dependency-free PNG encoder for native screenshots (smoke tests).
//
// Writes 8-bit RGBA, non-interlaced, zlib "stored" blocks (no compression): simple and exact,
// files are larger than necessary, which is fine for test artifacts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace armistice::app {

// `rgba` holds width*height*4 bytes, rows top to bottom. Returns false and sets *error on failure.
bool write_png(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba,
               std::string* error);

// Encodes to memory (same format as write_png).
std::vector<std::uint8_t> encode_png(int width, int height, const std::vector<std::uint8_t>& rgba);

}  // namespace armistice::app
