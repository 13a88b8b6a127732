# UiEmbeds.cmake — files the explorer UI compiles in, generated at build time (no download, no
# configure-time work; editing an input regenerates its source on the next build).
#
#   ARMISTICE_UI_FONTS_CPP     <build>/generated/ui/ui_fonts.cpp: src/ui/fonts/*.ttf (subsets made
#                              by scripts/subset_fonts.py from Debian's fonts-noto-core, SIL OFL
#                              1.1, and fonts-dejavu-core), declared in src/ui/fonts/ui_fonts.h.
#   ARMISTICE_UI_BACKTEST_CPP  <build>/generated/ui/backtest_cases_dev.cpp: data/backtest/
#                              cases_dev.csv byte-exact, declared in src/ui/backtest_data.h (the
#                              model card's backtest figures; also used by ui_logic_tests).
# Both are written by cmake/scripts/embed_*.cmake through the one helper embed_bytes.cmake.
include_guard(GLOBAL)

set(_embed_scripts "${PROJECT_SOURCE_DIR}/cmake/scripts")

set(_ui_font_dir "${PROJECT_SOURCE_DIR}/src/ui/fonts")
set(ARMISTICE_UI_FONTS_CPP "${PROJECT_BINARY_DIR}/generated/ui/ui_fonts.cpp")
add_custom_command(
    OUTPUT "${ARMISTICE_UI_FONTS_CPP}"
    COMMAND "${CMAKE_COMMAND}" "-DOUT=${ARMISTICE_UI_FONTS_CPP}"
            "-DREGULAR=${_ui_font_dir}/NotoSans-UI.ttf"
            "-DBOLD=${_ui_font_dir}/NotoSans-UI-Bold.ttf"
            "-DSYMBOLS=${_ui_font_dir}/DejaVuSans-Symbols.ttf"
            -P "${_embed_scripts}/embed_fonts.cmake"
    DEPENDS "${_ui_font_dir}/NotoSans-UI.ttf" "${_ui_font_dir}/NotoSans-UI-Bold.ttf"
            "${_ui_font_dir}/DejaVuSans-Symbols.ttf" "${_embed_scripts}/embed_fonts.cmake"
            "${_embed_scripts}/embed_bytes.cmake"
    COMMENT "Embedding UI fonts"
    VERBATIM)

set(_ui_backtest_csv "${PROJECT_SOURCE_DIR}/data/backtest/cases_dev.csv")
set(ARMISTICE_UI_BACKTEST_CPP "${PROJECT_BINARY_DIR}/generated/ui/backtest_cases_dev.cpp")
add_custom_command(
    OUTPUT "${ARMISTICE_UI_BACKTEST_CPP}"
    COMMAND "${CMAKE_COMMAND}" "-DOUT=${ARMISTICE_UI_BACKTEST_CPP}" "-DINPUT=${_ui_backtest_csv}"
            "-DHEADER=ui/backtest_data.h" "-DNAMESPACE=armistice::ui::data"
            "-DFUNCTION=backtest_cases_dev_csv"
            -P "${_embed_scripts}/embed_text.cmake"
    DEPENDS "${_ui_backtest_csv}" "${_embed_scripts}/embed_text.cmake"
            "${_embed_scripts}/embed_bytes.cmake"
    COMMENT "Embedding data/backtest/cases_dev.csv"
    VERBATIM)
