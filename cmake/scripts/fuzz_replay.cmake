# fuzz_replay.cmake — script mode: run a libFuzzer binary over every file of a corpus directory.
# Inputs: PROGRAM, CORPUS. Passes if the binary exits 0 (no crash, leak or sanitizer report).
cmake_minimum_required(VERSION 3.21)
file(GLOB_RECURSE inputs LIST_DIRECTORIES false "${CORPUS}/*")
if(NOT inputs)
    message(STATUS "${CORPUS}: empty corpus, nothing to replay")
    return()
endif()
list(SORT inputs)
execute_process(COMMAND "${PROGRAM}" ${inputs} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} failed on the corpus ${CORPUS} (exit ${rc})")
endif()
