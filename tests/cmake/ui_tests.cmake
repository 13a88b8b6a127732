# ui_tests.cmake — `ui_logic_tests`: GoogleTest suite for the pure-logic parts of src/ui/.
#
# Included from the top-level CMakeLists.txt (after tests/). Builds tests/ui/*.cpp against a
# small static libraries of ImGui-free sources only (no GL context, no window): the charts'
# geometry, and the engine bridge pieces behind the compare effects and the model card's
# backtest figures. Runs natively and under node like the other suites. Add a pure file here
# when a test needs it.
if(ARMISTICE_BUILD_TESTS AND TARGET GTest::gtest_main)
    include(ArmisticeTesting)
    include(GoogleTest)  # gtest_discover_tests' helper variables live in the including scope
    set(_ui_logic_sources
        src/ui/charts/axis_ticks.cpp
        src/ui/charts/chart_geometry.cpp
        src/ui/charts/palette.cpp
        src/ui/charts/readout.cpp
        src/ui/charts/value_format.cpp)
    list(TRANSFORM _ui_logic_sources PREPEND "${PROJECT_SOURCE_DIR}/")
    add_library(ui_charts_logic STATIC ${_ui_logic_sources})
    target_include_directories(ui_charts_logic PUBLIC "${PROJECT_SOURCE_DIR}/src")
    target_compile_features(ui_charts_logic PUBLIC cxx_std_17)
    armistice_warnings(ui_charts_logic)
    # The engine-facing, ImGui-free UI logic: the app state and its share-link sync, the evaluator, goal check, text summary and
    # no-WebGL text version, the compare view's clause effects, the progressive
    # sensitivity ranking, the most durable acceptable deal and the model card's backtest figures (with the embedded case file), tested against the engine's and
    # the CLI's own code paths.
    include(UiEmbeds)  # ARMISTICE_UI_BACKTEST_CPP
    set(_ui_engine_sources
        src/ui/compare_effects.cpp
        src/ui/engine_bridge_backtest.cpp
        src/ui/engine_bridge_best.cpp
        src/ui/engine_bridge_effects.cpp
        src/ui/engine_bridge_hold.cpp
        src/ui/engine_bridge_sensitivity.cpp
        src/ui/engine_bridge_sign.cpp
        src/ui/accessible_outline.cpp
        src/ui/accessible_view.cpp
        src/ui/announcement.cpp
        src/ui/app_state.cpp
        src/ui/evaluator.cpp
        src/ui/goal.cpp
        src/ui/hold_chart.cpp
        src/ui/link_sync.cpp
        src/ui/class_link.cpp
        src/ui/percent_text.cpp
        src/ui/preset_library.cpp
        src/ui/summary.cpp
        src/ui/text_version.cpp)
    list(TRANSFORM _ui_engine_sources PREPEND "${PROJECT_SOURCE_DIR}/")
    add_library(ui_engine_logic STATIC ${_ui_engine_sources} "${ARMISTICE_UI_BACKTEST_CPP}")
    target_link_libraries(ui_engine_logic PUBLIC persist engine ui_charts_logic)
    armistice_warnings(ui_engine_logic)
    armistice_add_gtest_suite(ui_logic_tests DIR tests/ui LIBS ui_charts_logic ui_engine_logic)
endif()
