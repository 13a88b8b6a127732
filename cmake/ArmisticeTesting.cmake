# ArmisticeTesting.cmake — how test suites are declared.
#
#   armistice_add_gtest_suite(<name> DIR <tests/dir> LIBS <libs...>)
#       One GoogleTest binary from <dir>/*.cpp (CONFIGURE_DEPENDS glob; nothing is created while
#       the directory has no .cpp yet). Natively each TEST is its own ctest entry
#       (gtest_discover_tests, discovered when ctest runs); under Emscripten the binary is one
#       ctest entry run by node (CMAKE_CROSSCOMPILING_EMULATOR). Every test gets the
#       ARMISTICE_SOURCE_DIR="<repo root>" compile definition to find scenarios/*.json etc.;
#       wasm tests use NODERAWFS, so those paths work under node too.
include_guard(GLOBAL)

function(armistice_add_gtest_suite name)
    cmake_parse_arguments(ARG "" "DIR" "LIBS" ${ARGN})
    armistice_glob_sources(sources "${ARG_DIR}" RECURSE)
    if(NOT sources)
        message(STATUS "Test suite ${name}: no sources in ${ARG_DIR} yet")
        return()
    endif()
    add_executable(${name} ${sources})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest_main GTest::gmock)
    target_compile_definitions(${name} PRIVATE ARMISTICE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${ARMISTICE_TEST_OUTPUT_DIR}")
    armistice_warnings(${name})
    if(ARMISTICE_WEB)
        target_link_options(${name} PRIVATE
            -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1)
        add_test(NAME ${name} COMMAND ${name} --gtest_brief=1)
        set_tests_properties(${name} PROPERTIES LABELS "unit;wasm" TIMEOUT 600)
    else()
        gtest_discover_tests(${name}
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            DISCOVERY_MODE PRE_TEST
            PROPERTIES LABELS "unit" TIMEOUT 300)
    endif()
endfunction()
