# ThirdPartyImGui.cmake — the `imgui` static library (core + GLFW + OpenGL3 backends + stdlib).
#
# Sources come from Debian's `imgui` source package, unpacked by scripts/setup.sh into
# third_party/imgui/ (gitignored; version and checksum pinned in the script). Not our code:
# no warning flags, headers added as SYSTEM so they never warn in ours.
include_guard(GLOBAL)

set(_imgui "${ARMISTICE_THIRD_PARTY_DIR}/imgui")
if(NOT EXISTS "${_imgui}/imgui.cpp" OR NOT EXISTS "${_imgui}/backends/imgui_impl_glfw.cpp")
    message(FATAL_ERROR "Dear ImGui sources not found in ${_imgui}: run ./scripts/setup.sh")
endif()
if(EXISTS "${_imgui}/.armistice-version")
    file(READ "${_imgui}/.armistice-version" ARMISTICE_IMGUI_VERSION)
    string(STRIP "${ARMISTICE_IMGUI_VERSION}" ARMISTICE_IMGUI_VERSION)
    message(STATUS "Dear ImGui: ${ARMISTICE_IMGUI_VERSION} (${_imgui})")
endif()

add_library(imgui STATIC
    "${_imgui}/imgui.cpp"
    "${_imgui}/imgui_demo.cpp"
    "${_imgui}/imgui_draw.cpp"
    "${_imgui}/imgui_tables.cpp"
    "${_imgui}/imgui_widgets.cpp"
    "${_imgui}/misc/cpp/imgui_stdlib.cpp"
    "${_imgui}/backends/imgui_impl_glfw.cpp"
    "${_imgui}/backends/imgui_impl_opengl3.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${_imgui}" "${_imgui}/backends" "${_imgui}/misc/cpp")
# Settings persistence goes through platform storage, never an imgui.ini file.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

if(ARMISTICE_WEB)
    # Emscripten's built-in GLFW 3 and WebGL 2 (no ports needed; link-time only).
    target_link_options(imgui INTERFACE -sUSE_GLFW=3 -sMAX_WEBGL_VERSION=2 -sMIN_WEBGL_VERSION=2)
else()
    find_package(glfw3 3.3 REQUIRED)
    find_package(OpenGL REQUIRED)
    target_link_libraries(imgui PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()
