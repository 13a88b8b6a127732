# ThirdPartyGoogleTest.cmake — GoogleTest/GoogleMock built from Debian's /usr/src/googletest.
#
# Built from source (not libgtest-dev's .a) so the same code serves native, sanitizer and wasm
# builds. Under em++: no pthreads, and exceptions enabled (EXPECT_THROW works; the persist suite
# needs -fexceptions anyway, TOOLCHAIN.md pitfalls 6 and 8). Not our code: no warning flags.
include_guard(GLOBAL)

if(NOT EXISTS "${ARMISTICE_GOOGLETEST_DIR}/CMakeLists.txt")
    message(FATAL_ERROR "GoogleTest sources not found in ${ARMISTICE_GOOGLETEST_DIR}: "
                        "run ./scripts/setup.sh (Debian package googletest)")
endif()

set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
set(BUILD_GMOCK ON CACHE BOOL "" FORCE)
if(ARMISTICE_WEB)
    set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)
endif()
add_subdirectory("${ARMISTICE_GOOGLETEST_DIR}" "${PROJECT_BINARY_DIR}/_deps/googletest"
                 EXCLUDE_FROM_ALL SYSTEM)

if(ARMISTICE_WEB)
    foreach(t gtest gtest_main gmock gmock_main)
        target_compile_options(${t} PUBLIC -fexceptions)
        target_link_options(${t} INTERFACE -fexceptions)
    endforeach()
endif()
include(GoogleTest)
