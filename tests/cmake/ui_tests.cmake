# ui_tests.cmake — `ui_logic_tests`: GoogleTest suite for the explorer's ImGui-free logic.
#
# Included from the top-level CMakeLists.txt (after tests/). Builds tests/ui/*.cpp against the
# production library ui_logic (cmake/UiLogic.cmake): no GL context, no window, and the same
# objects the page links. Runs natively and under node like the other suites.
if(ARMISTICE_BUILD_TESTS AND TARGET GTest::gtest_main)
    include(ArmisticeTesting)
    include(GoogleTest)  # gtest_discover_tests' helper variables live in the including scope
    armistice_add_gtest_suite(ui_logic_tests DIR tests/ui LIBS ui_logic)
endif()
