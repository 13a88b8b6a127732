# EmbedPresets.cmake — compile every scenarios/*.json into the persist library.
#
# Produces ARMISTICE_EMBEDDED_PRESETS_CPP (<build>/generated/persist/presets_embedded.cpp),
# which defines the functions declared in src/persist/embedded_presets.h.
# Invariants:
#  - Adding/removing a json file re-runs configure (CONFIGURE_DEPENDS glob); editing one re-runs
#    only the generator (custom command DEPENDS), so no manual reconfigure is ever needed.
#  - Only top-level scenarios/*.json are embedded (subdirectories such as golden outputs are not).
#  - Output is deterministic: files sorted by name, contents byte-exact (hex escapes).
include_guard(GLOBAL)

file(GLOB ARMISTICE_PRESET_JSON CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/scenarios/*.json")
list(SORT ARMISTICE_PRESET_JSON)

set(ARMISTICE_EMBEDDED_PRESETS_CPP "${PROJECT_BINARY_DIR}/generated/persist/presets_embedded.cpp")
add_custom_command(
    OUTPUT "${ARMISTICE_EMBEDDED_PRESETS_CPP}"
    COMMAND "${CMAKE_COMMAND}"
            "-DSCENARIO_DIR=${PROJECT_SOURCE_DIR}/scenarios"
            "-DOUTPUT=${ARMISTICE_EMBEDDED_PRESETS_CPP}"
            -P "${PROJECT_SOURCE_DIR}/cmake/scripts/embed_presets.cmake"
    DEPENDS ${ARMISTICE_PRESET_JSON} "${PROJECT_SOURCE_DIR}/cmake/scripts/embed_presets.cmake"
            "${PROJECT_SOURCE_DIR}/cmake/scripts/embed_bytes.cmake"
    COMMENT "Embedding scenarios/*.json into presets_embedded.cpp"
    VERBATIM)
