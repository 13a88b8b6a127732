# EmbedPresets.cmake — compile every scenarios/*.json into the persist library, as C++ values.
#
# armistice_presetgen (src/datagen/presetgen_main.cpp) loads each file with the strict scenario
# loader and writes ARMISTICE_PRESET_TABLE_CPP (<build>/generated/persist/presets_table.cpp), which
# defines persist::preset_rows() (src/persist/preset_table.h). A bad file or a duplicate id fails
# the build with `file: field: problem` messages. The page thus links no JSON reader for presets.
# In the web build the tool is compiled with em++ and run under node (CMAKE_CROSSCOMPILING_EMULATOR,
# like armistice_datagen).
# Invariants:
#  - Adding/removing a json file re-runs configure (CONFIGURE_DEPENDS glob); editing one re-runs
#    only the generator (custom command DEPENDS), so no manual reconfigure is ever needed.
#  - Only top-level scenarios/*.json are compiled in (subdirectories such as golden outputs are not).
#  - Output is deterministic: files sorted by name, texts byte-exact, numbers bit-exact.
#  - The tool links no persist library (persist needs its output), so it compiles the loader's
#    files by name below; it links the engine (catalog ids, validate()).
include_guard(GLOBAL)

file(GLOB ARMISTICE_PRESET_JSON CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/scenarios/*.json")
list(SORT ARMISTICE_PRESET_JSON)

set(_persist "${PROJECT_SOURCE_DIR}/src/persist")
add_executable(armistice_presetgen
    "${PROJECT_SOURCE_DIR}/src/datagen/presetgen_main.cpp"
    "${PROJECT_SOURCE_DIR}/src/datagen/emit_presets.cpp"
    "${_persist}/scenario_file_load.cpp"
    "${_persist}/json_prescan.cpp"
    "${_persist}/json_reader.cpp"
    "${_persist}/file_read.cpp"
    "${_persist}/text_util.cpp"
    "${_persist}/assignment.cpp")
target_include_directories(armistice_presetgen PRIVATE "${PROJECT_SOURCE_DIR}/src")
target_link_libraries(armistice_presetgen PRIVATE engine armistice::cereal)
armistice_warnings(armistice_presetgen)
set_target_properties(armistice_presetgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tools")
if(ARMISTICE_WEB)
    target_compile_options(armistice_presetgen PRIVATE -fexceptions)  # cereal throws (pitfall 6)
    target_link_options(armistice_presetgen PRIVATE -fexceptions
        -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1)
endif()

set(ARMISTICE_PRESET_TABLE_CPP "${PROJECT_BINARY_DIR}/generated/persist/presets_table.cpp")
file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/generated/persist")
# COMMAND names the target: CMake runs it directly natively, through the emulator (node) on web.
add_custom_command(
    OUTPUT "${ARMISTICE_PRESET_TABLE_CPP}"
    COMMAND armistice_presetgen "${ARMISTICE_PRESET_TABLE_CPP}" ${ARMISTICE_PRESET_JSON}
    DEPENDS armistice_presetgen ${ARMISTICE_PRESET_JSON}
    COMMENT "Checking scenarios/*.json and compiling the presets into presets_table.cpp"
    VERBATIM)
