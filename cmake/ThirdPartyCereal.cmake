# ThirdPartyCereal.cmake — armistice::cereal, an INTERFACE target for header-only cereal.
#
# Debian's libcereal-dev installs into /usr/include/cereal and unbundles rapidjson
# (/usr/include/rapidjson). Emscripten must never see -I/usr/include (glibc headers break the
# build, TOOLCHAIN.md pitfall 5), so we expose only those two directories through a private
# include dir of symlinks, added as SYSTEM (no warnings from cereal). Same trick natively.
include_guard(GLOBAL)

set(ARMISTICE_CEREAL_ROOT "/usr/include" CACHE PATH "Directory holding cereal/ and rapidjson/")
set(_shim "${PROJECT_BINARY_DIR}/cereal_include")
foreach(_dir cereal rapidjson)
    if(NOT EXISTS "${ARMISTICE_CEREAL_ROOT}/${_dir}")
        message(FATAL_ERROR "${ARMISTICE_CEREAL_ROOT}/${_dir} not found: run ./scripts/setup.sh "
                            "(Debian packages libcereal-dev and rapidjson-dev)")
    endif()
    if(NOT EXISTS "${_shim}/${_dir}")
        file(MAKE_DIRECTORY "${_shim}")
        file(CREATE_LINK "${ARMISTICE_CEREAL_ROOT}/${_dir}" "${_shim}/${_dir}" SYMBOLIC)
    endif()
endforeach()

add_library(armistice_cereal INTERFACE)
add_library(armistice::cereal ALIAS armistice_cereal)
target_include_directories(armistice_cereal SYSTEM INTERFACE "${_shim}")
