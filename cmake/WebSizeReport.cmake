# WebSizeReport.cmake — the `size_report` target: raw / gzip -9 / brotli sizes of the page.
#
# Runs scripts/size_report.sh after every link of armistice_explorer (a report, never a failure)
# and on demand: `cmake --build build/web --target size_report`.
include_guard(GLOBAL)

set(_size_cmd "${PROJECT_SOURCE_DIR}/scripts/size_report.sh" "${PROJECT_BINARY_DIR}")
add_custom_target(size_report
    COMMAND ${_size_cmd}
    DEPENDS armistice_explorer
    COMMENT "Page size report"
    VERBATIM)
add_custom_command(TARGET armistice_explorer POST_BUILD
    COMMAND ${_size_cmd}
    VERBATIM)
