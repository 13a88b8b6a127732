# BuildInfo.cmake — the `build_info` library behind src/app/build_info.h.
#
# A custom target regenerates <build>/generated/build_info.cpp on every build, but the file is
# rewritten only when its content changes (so nothing recompiles unless the commit changed).
# Invariant: reproducible — it records the *commit* date (git), never the clock; outside a git
# checkout SOURCE_DATE_EPOCH is used if set, else "unknown".
include_guard(GLOBAL)

find_package(Git QUIET)
set(_out "${PROJECT_BINARY_DIR}/generated/build_info.cpp")
if(ARMISTICE_WEB)
    set(_platform "web")
else()
    set(_platform "native")
endif()
if(CMAKE_BUILD_TYPE)
    set(_build_type "${CMAKE_BUILD_TYPE}")
else()
    set(_build_type "multi-config")
endif()

add_custom_target(armistice_build_info_gen
    COMMAND "${CMAKE_COMMAND}"
            "-DOUTPUT=${_out}"
            "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "-DGIT_EXECUTABLE=${GIT_EXECUTABLE}"
            "-DCOMPILER=${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}"
            "-DBUILD_TYPE=${_build_type}"
            "-DPLATFORM=${_platform}"
            -P "${PROJECT_SOURCE_DIR}/cmake/scripts/build_info.cmake"
    BYPRODUCTS "${_out}"
    COMMENT "Refreshing build info"
    VERBATIM)

add_library(build_info STATIC "${_out}")
add_dependencies(build_info armistice_build_info_gen)
target_include_directories(build_info PUBLIC "${PROJECT_SOURCE_DIR}/src")
armistice_warnings(build_info)
