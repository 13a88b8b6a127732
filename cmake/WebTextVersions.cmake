# WebTextVersions.cmake — answers-as-text.json (English) and answers-as-text-<code>.json (each
# other language), every preset's answers as plain text, written at
# build time by src/site/text_versions_tool.cpp (compiled to wasm like the page and run under
# node through CMAKE_CROSSCOMPILING_EMULATOR), so a browser without WebAssembly still gets the
# answers (web/app.js shows them). Part of the site: WebOffline.cmake lists it for the service
# worker and the manifest, WebInstall.cmake installs it.
include_guard(GLOBAL)

add_executable(text_versions_tool
    "${PROJECT_SOURCE_DIR}/src/site/text_versions_tool.cpp"
    "${PROJECT_SOURCE_DIR}/src/cli/json_writer.cpp")  # the CLI's JSON writer: one escaper
target_link_libraries(text_versions_tool PRIVATE ui persist engine)
armistice_warnings(text_versions_tool)
set_target_properties(text_versions_tool PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tools")
target_link_options(text_versions_tool PRIVATE
    -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1)

# One file per language (file names: src/site/text_versions_tool.cpp).
set(ARMISTICE_TEXT_VERSION_FILES answers-as-text.json)
foreach(_code IN LISTS ARMISTICE_OTHER_LANGUAGES)
    list(APPEND ARMISTICE_TEXT_VERSION_FILES "answers-as-text-${_code}.json")
endforeach()
list(TRANSFORM ARMISTICE_TEXT_VERSION_FILES PREPEND "${PROJECT_BINARY_DIR}/" OUTPUT_VARIABLE _text_paths)
# COMMAND names the target: CMake runs its .js through the emulator (node).
add_custom_command(
    OUTPUT ${_text_paths}
    COMMAND text_versions_tool "${PROJECT_BINARY_DIR}"
    DEPENDS text_versions_tool
    COMMENT "Writing answers-as-text*.json (every preset's answers per language, for browsers without WebAssembly)"
    VERBATIM)
add_custom_target(web_text_versions ALL DEPENDS ${_text_paths})
