# expect_exit.cmake — script mode: run PROGRAM with ARGS (a ;-list) and require exit code EXPECT.
# Used by smoke tests that check exit codes other than 0 (ctest's WILL_FAIL accepts any failure).
# Optional EXPECT_STDERR: a regular expression standard error must match.
cmake_minimum_required(VERSION 3.21)
execute_process(COMMAND "${PROGRAM}" ${ARGS}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc STREQUAL EXPECT)
    message(FATAL_ERROR "${PROGRAM} ${ARGS}: exit code ${rc}, expected ${EXPECT}\n"
                        "stdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
    message(FATAL_ERROR "${PROGRAM} ${ARGS}: standard error does not match ${EXPECT_STDERR}:\n${err}")
endif()
message(STATUS "${PROGRAM} ${ARGS}: exit code ${rc} as expected")
