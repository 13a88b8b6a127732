# Benchmarks.cmake — the bench and reference tools (native + wasm), built with every build:
#   acceptance_bench  times evaluate_acceptance (the exact closest-agreement search) and
#                     check_legal over every built-in preset x lens x stress variant against the
#                     50 ms budget; exits 1 only if a search hits its node budget.
#   durability_bench  times the durability engine against a bare RNG loop; `armistice bench`
#                     runs the wasm build under node for the wasm/native ratio.
#   durability_tool   digests of every preset's DurabilityResult; model-input export for the
#                     numpy reference (bench/reference.py).
# Their tests are registered by tests/cmake/acceptance.cmake and tests/cmake/durability.cmake.
include_guard(GLOBAL)

add_executable(acceptance_bench "${PROJECT_SOURCE_DIR}/bench/acceptance_bench.cpp")
target_link_libraries(acceptance_bench PRIVATE engine persist)
add_executable(durability_bench "${PROJECT_SOURCE_DIR}/bench/durability_bench.cpp")
target_link_libraries(durability_bench PRIVATE engine)
add_executable(durability_tool "${PROJECT_SOURCE_DIR}/bench/durability_tool.cpp")
target_link_libraries(durability_tool PRIVATE engine persist)
foreach(_t acceptance_bench durability_bench durability_tool)
    armistice_warnings(${_t})
    set_target_properties(${_t} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${ARMISTICE_TEST_OUTPUT_DIR}")
    if(ARMISTICE_WEB)
        # Under node: the engine's speed flags (see ARMISTICE_WEB_ENGINE_FLAGS in CMakeLists.txt),
        # the host file system for the tools, and memory growth for the largest searches.
        target_compile_options(${_t} PRIVATE ${ARMISTICE_WEB_ENGINE_FLAGS})
        target_link_options(${_t} PRIVATE ${ARMISTICE_WEB_ENGINE_OPT} -sENVIRONMENT=node
                            -sNODERAWFS=1 -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1)
    endif()
endforeach()

# Where `armistice bench` looks for the wasm bench and the numpy reference.
set(ARMISTICE_WEB_BUILD_DIR "${PROJECT_SOURCE_DIR}/build/web" CACHE PATH
    "Web build directory whose durability_bench.js / durability_tool.js native tests compare against")
if(TARGET armistice)
    target_compile_definitions(armistice PRIVATE
        ARMISTICE_DUR_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        ARMISTICE_DUR_WASM_BENCH="${ARMISTICE_WEB_BUILD_DIR}/tests/durability_bench.js")
endif()
