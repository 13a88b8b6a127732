# ArmisticeOptions.cmake — build options and where outputs go.
#
# Invariants: ARMISTICE_WEB is true exactly when compiling with Emscripten; outputs land in
#   native: <build>/bin/        (armistice_explorer, armistice, test binaries)
#   web:    <build>/            (armistice_explorer.js/.wasm + index.html, app.css, app.js)
#           <build>/tests/      (wasm test binaries, run under node by ctest)
include_guard(GLOBAL)

if(EMSCRIPTEN)
    set(ARMISTICE_WEB ON)
else()
    set(ARMISTICE_WEB OFF)
endif()

option(ARMISTICE_BUILD_APP "Build the ImGui app (armistice_explorer) and the ui library" ON)
option(ARMISTICE_BUILD_TESTS "Build the GoogleTest suites and smoke tests" ON)
option(ARMISTICE_FUZZ "Build libFuzzer targets from tests/fuzz/*.cpp (clang only)" OFF)
option(ARMISTICE_WARNINGS_AS_ERRORS "Add -Werror to our own targets" OFF)
set(ARMISTICE_THIRD_PARTY_DIR "${PROJECT_SOURCE_DIR}/third_party" CACHE PATH
    "Where scripts/setup.sh unpacked third-party sources (imgui/)")
set(ARMISTICE_GOOGLETEST_DIR "/usr/src/googletest" CACHE PATH
    "GoogleTest sources (Debian package googletest)")

if(ARMISTICE_WEB)
    # Page code is optimised for size; the engine for speed (see CMakeLists.txt). TOOLCHAIN.md's
    # reference app: -Os wasm 221 KB vs 290 KB at -O2, first frame no slower.
    set(ARMISTICE_WEB_OPT "-Os" CACHE STRING "Optimisation flag for web Release builds")
    set(ARMISTICE_WEB_ENGINE_OPT "-O2" CACHE STRING "Optimisation flag for the engine on the web")
    add_compile_options("$<$<CONFIG:Release>:${ARMISTICE_WEB_OPT}>")
    add_link_options("$<$<CONFIG:Release>:${ARMISTICE_WEB_OPT}>")
    set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}")
    set(ARMISTICE_TEST_OUTPUT_DIR "${PROJECT_BINARY_DIR}/tests")
else()
    set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")
    set(ARMISTICE_TEST_OUTPUT_DIR "${PROJECT_BINARY_DIR}/bin")
endif()
set(CMAKE_ARCHIVE_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/lib")
