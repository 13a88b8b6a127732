# web_offline_stamp.cmake — script mode (cmake -P), run by WebOffline.cmake after each web build.
# In: SITE_DIR (built site), SITE_FILES (comma-separated names), TEMPLATE (web/sw.js.in).
# Out: SITE_DIR/asset-manifest.json {"version", "files": [{"name", "bytes"}], "total_bytes"}
#      and SITE_DIR/sw.js. The version is the first 16 hex digits of the SHA-256 of the files'
#      own SHA-256 digests, so it changes exactly when a served file changes.
string(REPLACE "," ";" files "${SITE_FILES}")
set(digests "")
set(entries "")
set(quoted "")
set(total 0)
foreach(f IN LISTS files)
    set(p "${SITE_DIR}/${f}")
    if(NOT EXISTS "${p}")
        message(FATAL_ERROR "web_offline_stamp: ${p} is missing; the site is incomplete")
    endif()
    file(SHA256 "${p}" h)
    file(SIZE "${p}" n)
    string(APPEND digests "${f}=${h}\n")
    math(EXPR total "${total} + ${n}")
    list(APPEND entries "{\"name\": \"${f}\", \"bytes\": ${n}}")
    list(APPEND quoted "'${f}'")
endforeach()
string(SHA256 all "${digests}")
string(SUBSTRING "${all}" 0 16 ARMISTICE_ASSET_VERSION)
string(REPLACE ";" ", " ARMISTICE_ASSET_LIST "${quoted}")
string(REPLACE ";" ",\n    " entry_text "${entries}")
file(WRITE "${SITE_DIR}/asset-manifest.json.tmp"
     "{\n  \"version\": \"${ARMISTICE_ASSET_VERSION}\",\n  \"total_bytes\": ${total},\n"
     "  \"files\": [\n    ${entry_text}\n  ]\n}\n")
file(RENAME "${SITE_DIR}/asset-manifest.json.tmp" "${SITE_DIR}/asset-manifest.json")
configure_file("${TEMPLATE}" "${SITE_DIR}/sw.js" @ONLY)
