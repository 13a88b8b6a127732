# embed_backtest.cmake — data/backtest/cases_dev.csv compiled into the UI (model card figures).
#
# Defines ARMISTICE_UI_BACKTEST_CPP (<build>/generated/ui/backtest_cases_dev.cpp, implementing
# src/ui/backtest_data.h) and the custom command that writes it with embed_text.cmake. Included
# by tests/cmake/ui.cmake (the `ui` library) and tests/cmake/ui_tests.cmake (ui_logic_tests).
# Editing the CSV regenerates the source on the next build (DEPENDS); no reconfigure needed.
include_guard(GLOBAL)

set(_ui_backtest_csv "${PROJECT_SOURCE_DIR}/data/backtest/cases_dev.csv")
set(ARMISTICE_UI_BACKTEST_CPP "${PROJECT_BINARY_DIR}/generated/ui/backtest_cases_dev.cpp")
add_custom_command(
    OUTPUT "${ARMISTICE_UI_BACKTEST_CPP}"
    COMMAND "${CMAKE_COMMAND}" "-DOUT=${ARMISTICE_UI_BACKTEST_CPP}" "-DINPUT=${_ui_backtest_csv}"
            "-DHEADER=ui/backtest_data.h" "-DNAMESPACE=armistice::ui::data"
            "-DFUNCTION=backtest_cases_dev_csv"
            -P "${PROJECT_SOURCE_DIR}/tests/cmake/embed_text.cmake"
    DEPENDS "${_ui_backtest_csv}" "${PROJECT_SOURCE_DIR}/tests/cmake/embed_text.cmake"
    COMMENT "Embedding data/backtest/cases_dev.csv"
    VERBATIM)
