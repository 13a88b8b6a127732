# WebOffline.cmake — the offline copy of the page: after the app and the shell files are built,
# `web_offline` stamps sw.js (from web/sw.js.in) and asset-manifest.json with a version derived
# from the SHA-256 of every site file, so a new deployment is a new service-worker script (the
# browser then replaces the old cache) and the loader can show the download's total size.
# Invariant: ARMISTICE_SITE_FILES lists every file the page loads; sw.js precaches exactly those.
include_guard(GLOBAL)

set(ARMISTICE_SITE_FILES index.html app.css app.js shell-strings.js armistice_explorer.js
    armistice_explorer.wasm ${ARMISTICE_TEXT_VERSION_FILES})
foreach(_pack IN LISTS ARMISTICE_LANGUAGE_PACKS)  # strings-uk.pack, …: offline in every language
    get_filename_component(_name "${_pack}" NAME)
    list(APPEND ARMISTICE_SITE_FILES "${_name}")
endforeach()
# The wasm is not listed as a dependency: ninja knows only the link's .js output, which is
# rewritten whenever the wasm is (one emcc link writes both).
set(_site_paths "")
foreach(f IN LISTS ARMISTICE_SITE_FILES)
    if(NOT f MATCHES "\\.wasm$")
        list(APPEND _site_paths "${PROJECT_BINARY_DIR}/${f}")
    endif()
endforeach()
string(REPLACE ";" "," _site_list "${ARMISTICE_SITE_FILES}")

add_custom_command(
    OUTPUT "${PROJECT_BINARY_DIR}/sw.js" "${PROJECT_BINARY_DIR}/asset-manifest.json"
    COMMAND "${CMAKE_COMMAND}" -DSITE_DIR=${PROJECT_BINARY_DIR} "-DSITE_FILES=${_site_list}"
            -DTEMPLATE=${PROJECT_SOURCE_DIR}/web/sw.js.in
            -P "${PROJECT_SOURCE_DIR}/cmake/web_offline_stamp.cmake"
    DEPENDS ${_site_paths} armistice_explorer web_static web_text_versions
            "${PROJECT_SOURCE_DIR}/web/sw.js.in"
            "${PROJECT_SOURCE_DIR}/cmake/web_offline_stamp.cmake"
    COMMENT "Stamping sw.js and asset-manifest.json"
    VERBATIM)
add_custom_target(web_offline ALL
    DEPENDS "${PROJECT_BINARY_DIR}/sw.js" "${PROJECT_BINARY_DIR}/asset-manifest.json")
