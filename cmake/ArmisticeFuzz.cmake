# ArmisticeFuzz.cmake — libFuzzer targets from tests/fuzz/*.cpp (option ARMISTICE_FUZZ, `fuzz` preset).
#
# Each tests/fuzz/<stem>.cpp (defining LLVMFuzzerTestOneInput) becomes executable <stem>, linked
# with persist + engine and -fsanitize=fuzzer,address,undefined. The rest of the build gets
# address,undefined and -fsanitize=fuzzer-no-link from the preset's flags (coverage everywhere).
#
# Corpus replay hook: if tests/fuzz/corpus/<stem>/ exists, ctest test fuzz_replay_<stem> runs the
# target once over every file in it (libFuzzer executes file arguments and exits), so crashes
# found once stay fixed. Add more with armistice_add_fuzz_corpus_test(<target> <dir>).
include_guard(GLOBAL)

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ARMISTICE_FUZZ needs clang (use the `fuzz` preset)")
endif()

function(armistice_add_fuzz_corpus_test target corpus_dir)
    add_test(NAME fuzz_replay_${target}
             COMMAND "${CMAKE_COMMAND}" "-DPROGRAM=$<TARGET_FILE:${target}>" "-DCORPUS=${corpus_dir}"
                     -P "${PROJECT_SOURCE_DIR}/cmake/scripts/fuzz_replay.cmake")
    set_tests_properties(fuzz_replay_${target} PROPERTIES LABELS "fuzz" TIMEOUT 600)
endfunction()

file(GLOB ARMISTICE_FUZZ_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/fuzz/*.cpp")
list(SORT ARMISTICE_FUZZ_SOURCES)
foreach(src IN LISTS ARMISTICE_FUZZ_SOURCES)
    get_filename_component(stem "${src}" NAME_WE)
    add_executable(${stem} "${src}")
    target_link_libraries(${stem} PRIVATE persist engine)
    target_compile_definitions(${stem} PRIVATE ARMISTICE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    target_compile_options(${stem} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(${stem} PRIVATE -fsanitize=fuzzer,address,undefined)
    armistice_warnings(${stem})
    if(IS_DIRECTORY "${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${stem}")
        armistice_add_fuzz_corpus_test(${stem} "${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${stem}")
    endif()
endforeach()
if(NOT ARMISTICE_FUZZ_SOURCES)
    message(STATUS "Fuzzing: no tests/fuzz/*.cpp yet")
endif()
