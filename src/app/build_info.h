// build_info.h — how this binary was built (shown in the About panel and `armistice --version`).
//
// Defined in a file generated at build time (cmake/scripts/build_info.cmake), linked through the
// `build_info` CMake target. Invariant: reproducible — the date is the commit's, not the clock's.
#pragma once

#include <string_view>

namespace armistice {

struct BuildInfo {
    std::string_view compiler;     // e.g. "GNU 12.2.0", "Clang 15.0.0" (em++ reports Clang)
    std::string_view build_type;   // CMAKE_BUILD_TYPE, e.g. "RelWithDebInfo"
    std::string_view platform;     // "web" or "native"
    std::string_view commit;       // short hash, "-dirty" suffix if uncommitted changes; or "unknown"
    std::string_view commit_date;  // YYYY-MM-DD of the commit; or "unknown"
};

const BuildInfo& build_info();

}  // namespace armistice
