# durability.cmake — tests of the durability engine (issue #5), included from the top-level
# CMakeLists.txt when tests are built (the bench and tool are built by cmake/Benchmarks.cmake):
#   numpy reference agreement, native-vs-wasm bit identity (registered in the web build;
#   it compares with build/native's durability_tool),
#   CLI smoke tests for backtest (good file, malformed file), model-card and best.
include_guard(GLOBAL)

set(_dur_script "${PROJECT_SOURCE_DIR}/tests/cmake/durability_check.sh")
if(ARMISTICE_WEB)
    # Bit identity is checked from the web build: scripts/test.sh builds and tests native first,
    # so the native durability_tool exists by the time the web tests run.
    set(ARMISTICE_NATIVE_BUILD_DIR "${PROJECT_SOURCE_DIR}/build/native" CACHE PATH
        "Native build directory whose durability_tool the web build's identity test compares with")
    add_test(NAME durability_native_vs_wasm
             COMMAND bash "${_dur_script}" wasm_identity "${ARMISTICE_NATIVE_BUILD_DIR}/bin/durability_tool"
                     "$<TARGET_FILE:durability_tool>" "${PROJECT_BINARY_DIR}/durability")
    set_tests_properties(durability_native_vs_wasm PROPERTIES LABELS "unit;wasm" TIMEOUT 900 SKIP_RETURN_CODE 77)
else()
    # The code_* scenarios cover the generic core and the dynamic layer; the three presets cover
    # an imposed arrangement (no consent), a sectoral buffer with a conditional US guarantee, and
    # NATO membership (deterrence score).
    foreach(_id code_default code_strong code_party_force_revisionist imposed_armistice us_28_point_2025_11
                nato_norway)
        add_test(NAME durability_reference_agreement_${_id}
                 COMMAND bash "${_dur_script}" reference "${_id}" "$<TARGET_FILE:durability_tool>"
                         "${PROJECT_SOURCE_DIR}/bench/reference.py" "${PROJECT_BINARY_DIR}/durability")
        set_tests_properties(durability_reference_agreement_${_id} PROPERTIES
            LABELS "unit" TIMEOUT 300 SKIP_RETURN_CODE 77)
    endforeach()
    if(TARGET armistice)
        set(_expect "${PROJECT_SOURCE_DIR}/cmake/scripts/expect_exit.cmake")
        foreach(_case "backtest_dev;0;backtest;${PROJECT_SOURCE_DIR}/tests/engine/data/durability_cases_ok.csv"
                      "backtest_malformed;2;backtest;${PROJECT_SOURCE_DIR}/tests/engine/data/durability_cases_bad.csv"
                      "backtest_no_args;2;backtest"
                      "model_card;0;model-card"
                      "best_preset;0;best;two_track_ceasefire"
                      "best_no_args;2;best")
            list(GET _case 0 _name)
            list(GET _case 1 _code)
            list(SUBLIST _case 2 -1 _args)
            add_test(NAME cli_durability_${_name}
                     COMMAND "${CMAKE_COMMAND}" "-DEXPECT=${_code}" "-DPROGRAM=$<TARGET_FILE:armistice>"
                             "-DARGS=${_args}" -P "${_expect}")
            set_tests_properties(cli_durability_${_name} PROPERTIES LABELS "smoke")
        endforeach()
    endif()
endif()
