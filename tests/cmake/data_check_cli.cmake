# data_check_cli.cmake — script mode: `armistice data check` and the build's generator on a
# damaged copy of data/. Copies DATA to WORK, turns the first utility into "1OO", then requires
# PROGRAM ARGS... WORK [TAIL [TAIL2]] to exit 2 with `WORK/positions/utilities.csv:2: utility: bad number '1OO'`.
# Used for both `armistice data check` and armistice_datagen (the build fails the same way).
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK}")
file(COPY "${DATA}/catalog" "${DATA}/positions" "${DATA}/manifest" "${DATA}/model" "${DATA}/strings" DESTINATION "${WORK}")
file(READ "${WORK}/positions/utilities.csv" text)  # a string, not a list: notes hold ';'
string(REGEX REPLACE "^([^\n]*\n[^,\n]*,[^,\n]*,)[^,\n]*" "\\11OO" damaged "${text}")
file(WRITE "${WORK}/positions/utilities.csv" "${damaged}")
execute_process(COMMAND "${PROGRAM}" ${ARGS} "${WORK}" ${TAIL} ${TAIL2}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(want "${WORK}/positions/utilities.csv:2: utility: bad number '1OO'")
string(FIND "${err}" "${want}" at)
if(NOT rc STREQUAL "2" OR at EQUAL -1)
    message(FATAL_ERROR "${PROGRAM} ${ARGS}: exit ${rc} (expected 2) and stderr lacks\n  ${want}\n"
                        "stdout:\n${out}\nstderr:\n${err}")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "${PROGRAM}: exit 2 with '${want}'")
