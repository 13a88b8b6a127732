# WebInstall.cmake — `cmake --install build/web --prefix <dir>` copies exactly the static site
# (what GitHub Pages deploys): index.html, app.css, app.js, shell-strings.js (the shell's texts
# in every language), armistice_explorer.js/.wasm, the
# answers as text for browsers without WebAssembly (answers-as-text*.json, one per language,
# WebTextVersions.cmake), and
# the offline copy's sw.js + asset-manifest.json (cmake/WebOffline.cmake).
# Nothing else from the build tree (CMake files, wasm test binaries) is published.
include_guard(GLOBAL)

install(FILES
    "${PROJECT_BINARY_DIR}/index.html"
    "${PROJECT_BINARY_DIR}/app.css"
    "${PROJECT_BINARY_DIR}/app.js"
    "${PROJECT_BINARY_DIR}/shell-strings.js"
    "${PROJECT_BINARY_DIR}/armistice_explorer.js"
    "${PROJECT_BINARY_DIR}/armistice_explorer.wasm"
    "${PROJECT_BINARY_DIR}/sw.js"
    "${PROJECT_BINARY_DIR}/asset-manifest.json"
    DESTINATION .)
foreach(_text IN LISTS ARMISTICE_TEXT_VERSION_FILES)
    install(FILES "${PROJECT_BINARY_DIR}/${_text}" DESTINATION .)
endforeach()
foreach(_pack IN LISTS ARMISTICE_LANGUAGE_PACKS)  # the languages the page loads on demand
    get_filename_component(_name "${_pack}" NAME)
    install(FILES "${PROJECT_BINARY_DIR}/${_name}" DESTINATION .)
endforeach()
