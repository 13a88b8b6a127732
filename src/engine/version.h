// version.h — the product version, shared by the page, the CLI and the tests.
//
// Invariants: `kVersion` is semantic versioning ("MAJOR.MINOR.PATCH"); the top-level
// CMakeLists.txt parses the three numbers below, so keep them as plain integer literals.
// Pure standard library (this header is part of the engine).
#pragma once

#include <string_view>

namespace armistice {

inline constexpr int kVersionMajor = 0;
inline constexpr int kVersionMinor = 1;
inline constexpr int kVersionPatch = 0;
inline constexpr std::string_view kVersion = "0.1.0";
inline constexpr std::string_view kProductName = "Armistice Explorer";

}  // namespace armistice
