# acceptance.cmake — extra registrations for the acceptance and legal engines (issue #4),
# included from the top-level CMakeLists.txt. Adds:
#   acceptance_bench (native + wasm): times evaluate_acceptance (exact closest-agreement search)
#                    and check_legal over every built-in preset × lens × stress variant; prints the times
#                    (minimum of 5 repetitions) against the 50 ms budget; exits 1 only if a search
#                    hits its node budget (time is reported, never asserted).
#   tests: acceptance_bench (the wasm build runs it under node via the crosscompiling emulator);
#          CLI smoke test for `armistice evaluate --json` on a preset when the CLI exists.
include_guard(GLOBAL)

add_executable(acceptance_bench "${PROJECT_SOURCE_DIR}/bench/acceptance_bench.cpp")
target_link_libraries(acceptance_bench PRIVATE engine persist)
armistice_warnings(acceptance_bench)
set_target_properties(acceptance_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${ARMISTICE_TEST_OUTPUT_DIR}")
if(ARMISTICE_WEB)
    target_compile_options(acceptance_bench PRIVATE ${ARMISTICE_WEB_ENGINE_OPT})
    target_link_options(acceptance_bench PRIVATE ${ARMISTICE_WEB_ENGINE_OPT} -sENVIRONMENT=node
                        -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1)
endif()

if(NOT ARMISTICE_BUILD_TESTS)
    return()
endif()

add_test(NAME acceptance_search_budget COMMAND acceptance_bench 5)
set_tests_properties(acceptance_search_budget PROPERTIES LABELS "unit;bench" TIMEOUT 300)
