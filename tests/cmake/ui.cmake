# ui.cmake — build wiring owned by the explorer UI (issue #7), included once from the top-level
# CMakeLists.txt right after the `ui` library is declared.
#
# [SECTION] Embedded fonts
#   src/ui/fonts/*.ttf (subsets made by src/ui/fonts/subset_font.py from Debian's fonts-noto-core,
#   SIL OFL 1.1, and fonts-dejavu-core) become byte arrays in <build>/generated/ui/ui_fonts.cpp, declared in
#   src/ui/fonts/ui_fonts.h. Regenerated when a .ttf changes; no download, no configure-time work.
# [SECTION] Embedded backtest cases
#   data/backtest/cases_dev.csv becomes <build>/generated/ui/backtest_cases_dev.cpp (declared in
#   src/ui/backtest_data.h) for the model card's backtest figures; regenerated when the CSV
#   changes (tests/cmake/embed_backtest.cmake, shared with ui_logic_tests).
# [SECTION] Browser tests
#   tests/browser/*.test.mjs are registered by tests/CMakeLists.txt (one ctest each); nothing here.
include_guard(GLOBAL)

if(TARGET ui)
    set(_ui_font_dir "${PROJECT_SOURCE_DIR}/src/ui/fonts")
    set(_ui_fonts "${_ui_font_dir}/NotoSans-UI.ttf" "${_ui_font_dir}/NotoSans-UI-Bold.ttf"
                  "${_ui_font_dir}/DejaVuSans-Symbols.ttf")
    set(_ui_fonts_cpp "${PROJECT_BINARY_DIR}/generated/ui/ui_fonts.cpp")
    add_custom_command(
        OUTPUT "${_ui_fonts_cpp}"
        COMMAND "${CMAKE_COMMAND}" "-DOUT=${_ui_fonts_cpp}"
                "-DREGULAR=${_ui_font_dir}/NotoSans-UI.ttf"
                "-DBOLD=${_ui_font_dir}/NotoSans-UI-Bold.ttf"
                "-DSYMBOLS=${_ui_font_dir}/DejaVuSans-Symbols.ttf"
                -P "${PROJECT_SOURCE_DIR}/tests/cmake/embed_fonts.cmake"
        DEPENDS ${_ui_fonts} "${PROJECT_SOURCE_DIR}/tests/cmake/embed_fonts.cmake"
        COMMENT "Embedding UI fonts"
        VERBATIM)
    target_sources(ui PRIVATE "${_ui_fonts_cpp}")

    include(${PROJECT_SOURCE_DIR}/tests/cmake/embed_backtest.cmake)
    target_sources(ui PRIVATE "${ARMISTICE_UI_BACKTEST_CPP}")
endif()
