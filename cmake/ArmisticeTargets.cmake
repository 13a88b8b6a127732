# ArmisticeTargets.cmake — helpers that give all of *our* targets the same shape.
#
#   armistice_warnings(<target>)         -Wall -Wextra -Werror=format-security (+ -Werror opt.)
#   armistice_add_library(<name> DIR <dir> [EXTRA_SOURCES ...] [EXCLUDE <abs paths> ...])
#       static library from <dir>/**/*.cpp (CONFIGURE_DEPENDS glob) minus EXCLUDE (sources another
#       library of ours compiles), include root src/,
#       so code includes "engine/x.h", "persist/y.h". An empty directory still yields a valid
#       (empty) library, so a component can be wired before its first file lands.
#   armistice_glob_sources(<out-var> <dir> [RECURSE])
# Third-party targets (imgui, gtest) never get our warning flags.
include_guard(GLOBAL)

function(armistice_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Werror=format-security)
    if(ARMISTICE_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

function(armistice_glob_sources out dir)
    set(mode GLOB)
    if("RECURSE" IN_LIST ARGN)
        set(mode GLOB_RECURSE)
    endif()
    file(${mode} files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/${dir}/*.cpp")
    list(SORT files)
    set(${out} "${files}" PARENT_SCOPE)
endfunction()

function(armistice_add_library name)
    cmake_parse_arguments(ARG "" "DIR" "EXTRA_SOURCES;EXCLUDE" ${ARGN})
    armistice_glob_sources(sources "${ARG_DIR}" RECURSE)
    if(ARG_EXCLUDE)
        list(REMOVE_ITEM sources ${ARG_EXCLUDE})
    endif()
    list(APPEND sources ${ARG_EXTRA_SOURCES})
    if(NOT sources)
        set(placeholder "${PROJECT_BINARY_DIR}/generated/empty_${name}.cpp")
        if(NOT EXISTS "${placeholder}")
            file(WRITE "${placeholder}" "// No sources in ${ARG_DIR} yet.\n")
        endif()
        list(APPEND sources "${placeholder}")
    endif()
    add_library(${name} STATIC ${sources})
    add_library(armistice::${name} ALIAS ${name})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
    target_compile_features(${name} PUBLIC cxx_std_17)
    armistice_warnings(${name})
endfunction()
