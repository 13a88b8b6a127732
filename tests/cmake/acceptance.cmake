# acceptance.cmake — tests of the acceptance and legal engines (issue #4), included from the
# top-level CMakeLists.txt when tests are built. The bench itself is built by
# cmake/Benchmarks.cmake. Adds:
#   acceptance_search_budget: runs acceptance_bench (the wasm build runs it under node via the
#                             crosscompiling emulator); prints the times, asserts no node budget hit.
include_guard(GLOBAL)

add_test(NAME acceptance_search_budget COMMAND acceptance_bench 5)
set_tests_properties(acceptance_search_budget PROPERTIES LABELS "unit;bench" TIMEOUT 300)
