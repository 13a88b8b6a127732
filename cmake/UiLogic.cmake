# UiLogic.cmake — `ui_logic`: the explorer's ImGui-free logic, one production library that the page,
# the desktop app and ui_logic_tests all link (each source compiled once).
#
# It holds what the screen shows, decided without drawing it: the app state with undo and its
# share-link sync, the evaluator that refines the three answers across frames, the goal check,
# the text summary, the no-WebGL text version and the screen-reader outline, the compare view's
# clause effects, the sensitivity ranking and most-durable-deal jobs (engine bridges), the
# charts' geometry, ticks and number formats, the swipe inertia (touch_coast), and the model
# card's backtest figures (with the embedded case file). `ui` (CMakeLists.txt) is every other
# src/ui file: the ImGui panels.
# Invariant: ui_logic links engine, persist and text only, never imgui, so an ImGui include in one of
# these files fails to compile. A new ImGui-free src/ui file goes in the list below.
include_guard(GLOBAL)
include(UiEmbeds)  # ARMISTICE_UI_BACKTEST_CPP

set(ARMISTICE_UI_LOGIC_SOURCES
    src/ui/accessible_outline.cpp
    src/ui/accessible_view.cpp
    src/ui/announcement.cpp
    src/ui/app_state.cpp
    src/ui/charts/axis_ticks.cpp
    src/ui/charts/chart_geometry.cpp
    src/ui/charts/palette.cpp
    src/ui/charts/readout.cpp
    src/ui/charts/value_format.cpp
    src/ui/class_link.cpp
    src/ui/compare_effects.cpp
    src/ui/data_text.cpp
    src/ui/engine_bridge_backtest.cpp
    src/ui/engine_bridge_best.cpp
    src/ui/engine_bridge_effects.cpp
    src/ui/engine_bridge_hold.cpp
    src/ui/engine_bridge_sensitivity.cpp
    src/ui/engine_bridge_sign.cpp
    src/ui/evaluator.cpp
    src/ui/goal.cpp
    src/ui/language_choice.cpp
    src/ui/language_loader.cpp
    src/ui/hold_chart.cpp
    src/ui/link_sync.cpp
    src/ui/party_text.cpp
    src/ui/percent_text.cpp
    src/ui/preset_library.cpp
    src/ui/scenario_title.cpp
    src/ui/summary.cpp
    src/ui/text_version.cpp
    src/ui/touch_coast.cpp)
list(TRANSFORM ARMISTICE_UI_LOGIC_SOURCES PREPEND "${PROJECT_SOURCE_DIR}/")

add_library(ui_logic STATIC ${ARMISTICE_UI_LOGIC_SOURCES} "${ARMISTICE_UI_BACKTEST_CPP}")
add_library(armistice::ui_logic ALIAS ui_logic)
target_include_directories(ui_logic PUBLIC "${PROJECT_SOURCE_DIR}/src")
target_compile_features(ui_logic PUBLIC cxx_std_17)
target_link_libraries(ui_logic PUBLIC engine persist text)
armistice_warnings(ui_logic)
