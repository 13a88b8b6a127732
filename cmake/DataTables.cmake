# DataTables.cmake — the domain data (data/catalog, positions, manifest, model, strings; README)
# compiled into the engine: armistice_datagen (src/datagen, standard library only) checks the CSV
# files with the same checker as `armistice data check` and writes the catalog and party-model
# tables and the string tables as C++ into the build directory. A data problem fails the build with
# `file:line: field: problem` messages.
#
# Produces ARMISTICE_DATA_TABLES_CPP (added to the engine library). In the web build the tool is
# compiled with em++ and run under node (CMAKE_CROSSCOMPILING_EMULATOR, like WebTextVersions).
# Invariants: editing a data file re-runs only the generator (DEPENDS); adding one re-runs
# configure (CONFIGURE_DEPENDS glob). The tool links no engine library (the engine needs its
# output), so it compiles the few engine files it shares by name below.
include_guard(GLOBAL)

# The folder compiled in; another one (a test data folder) can be built with -DARMISTICE_DATA_DIR=.
set(ARMISTICE_DATA_DIR "${PROJECT_SOURCE_DIR}/data" CACHE PATH "Domain data compiled into the engine")

add_executable(armistice_datagen
    "${PROJECT_SOURCE_DIR}/src/datagen/datagen_main.cpp"
    "${PROJECT_SOURCE_DIR}/src/datagen/emit_tables.cpp"
    "${PROJECT_SOURCE_DIR}/src/datagen/emit_strings.cpp"
    "${PROJECT_SOURCE_DIR}/src/datagen/emit_model.cpp"
    "${PROJECT_SOURCE_DIR}/src/engine/data/model_set.cpp"
    "${PROJECT_SOURCE_DIR}/src/cli/json_writer.cpp"
    "${PROJECT_SOURCE_DIR}/src/engine/data/string_set.cpp"
    "${PROJECT_SOURCE_DIR}/src/engine/csv.cpp"
    "${PROJECT_SOURCE_DIR}/src/engine/data/table.cpp"
    "${PROJECT_SOURCE_DIR}/src/engine/data/data_set.cpp"
    "${PROJECT_SOURCE_DIR}/src/engine/catalog_vocabulary.cpp"
    "${PROJECT_SOURCE_DIR}/src/engine/mechanisms.cpp"
    "${PROJECT_SOURCE_DIR}/src/engine/party.cpp")
target_include_directories(armistice_datagen PRIVATE "${PROJECT_SOURCE_DIR}/src")
armistice_warnings(armistice_datagen)
set_target_properties(armistice_datagen PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tools")
if(ARMISTICE_WEB)
    target_link_options(armistice_datagen PRIVATE
        -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1)
endif()

file(GLOB ARMISTICE_DATA_CSV CONFIGURE_DEPENDS
    "${ARMISTICE_DATA_DIR}/catalog/*.csv"
    "${ARMISTICE_DATA_DIR}/positions/*.csv"
    "${ARMISTICE_DATA_DIR}/manifest/*.csv"
    "${ARMISTICE_DATA_DIR}/model/*.csv"
    "${ARMISTICE_DATA_DIR}/strings/*.csv"
    "${ARMISTICE_DATA_DIR}/strings/*/*.csv")
list(SORT ARMISTICE_DATA_CSV)

set(_data_out "${PROJECT_BINARY_DIR}/generated/engine")
file(MAKE_DIRECTORY "${_data_out}")
set(ARMISTICE_DATA_TABLES_CPP "${_data_out}/catalog_tables.cpp" "${_data_out}/party_model_tables.cpp"
    "${_data_out}/model_tables.cpp")
# The string tables (data/strings/): the `text` library (src/text) compiles string_tables.cpp and
# finds text/string_ids.h (the enum Str) under ARMISTICE_TEXT_INCLUDE_DIR. The header is rewritten
# only when its content changes (a BYPRODUCT: ninja re-checks its time stamp), so editing a
# translation or a utility does not rebuild everything that includes it.
set(ARMISTICE_TEXT_INCLUDE_DIR "${PROJECT_BINARY_DIR}/generated/text_include")
file(MAKE_DIRECTORY "${ARMISTICE_TEXT_INCLUDE_DIR}/text")
set(ARMISTICE_STRING_TABLES_CPP "${ARMISTICE_TEXT_INCLUDE_DIR}/string_tables.cpp")  # all languages
set(ARMISTICE_STRING_TABLES_EN_CPP "${ARMISTICE_TEXT_INCLUDE_DIR}/string_tables_en.cpp")  # English
# One pack per other language (strings-<code>.pack: the page loads it when a reader picks it).
file(STRINGS "${ARMISTICE_DATA_DIR}/strings/languages.csv" _language_rows)
set(ARMISTICE_LANGUAGE_PACKS "")
set(ARMISTICE_OTHER_LANGUAGES "")  # codes of the languages after English: uk, ru, …
foreach(_row IN LISTS _language_rows)
    string(REGEX MATCH "^[a-z][a-z][a-z]?" _code "${_row}")
    if(_code AND NOT _code STREQUAL "en" AND NOT _row MATCHES "^code,")
        list(APPEND ARMISTICE_OTHER_LANGUAGES "${_code}")
        list(APPEND ARMISTICE_LANGUAGE_PACKS "${ARMISTICE_TEXT_INCLUDE_DIR}/strings-${_code}.pack")
    endif()
endforeach()
set(ARMISTICE_STRING_IDS_H "${ARMISTICE_TEXT_INCLUDE_DIR}/text/string_ids.h")
set(ARMISTICE_SHELL_STRINGS_JS "${ARMISTICE_TEXT_INCLUDE_DIR}/shell-strings.js")  # web/app.js
# COMMAND names the target: CMake runs it directly natively, through the emulator (node) on web.
add_custom_command(
    OUTPUT ${ARMISTICE_DATA_TABLES_CPP} "${ARMISTICE_STRING_TABLES_CPP}"
           "${ARMISTICE_STRING_TABLES_EN_CPP}" "${ARMISTICE_SHELL_STRINGS_JS}" ${ARMISTICE_LANGUAGE_PACKS}
    BYPRODUCTS "${ARMISTICE_STRING_IDS_H}"
    COMMAND armistice_datagen "${ARMISTICE_DATA_DIR}" "${_data_out}" "${ARMISTICE_TEXT_INCLUDE_DIR}"
    DEPENDS armistice_datagen ${ARMISTICE_DATA_CSV}
    COMMENT "Checking data/ and generating the catalog, party-model and string tables"
    VERBATIM)
