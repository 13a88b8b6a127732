# embed_bytes.cmake — the one byte-embedding helper, included by the generator scripts
# (embed_text.cmake, embed_fonts.cmake; each runs as cmake -P).
#
#   armistice_embed_array(<c_name> <file> <out_var> [ALIGN <bytes>])
#     Sets <out_var> to a C++ definition "const unsigned char <c_name>[N] = {...};" holding the
#     file byte-exact (24 bytes per source line), and <out_var>_SIZE to its length in bytes.
#     An empty file gives a one-byte array {0x00} with <out_var>_SIZE 0 (C++ has no empty arrays).
#   armistice_write_if_changed(<file> <content>...)
#     Writes the pieces of <content>, concatenated, through a temporary file (an interrupted run never leaves a truncated source) and
#     only when the content differs, so unchanged inputs trigger no recompile.
include_guard(GLOBAL)

function(armistice_embed_array c_name file out_var)
    cmake_parse_arguments(E "" "ALIGN" "" ${ARGN})
    file(READ "${file}" hex HEX)
    string(LENGTH "${hex}" n)
    math(EXPR size "${n} / 2")
    if(size EQUAL 0)
        set(body "0x00")
        set(array_size 1)
    else()
        string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
        string(REGEX REPLACE "((0x..,){24})" "\\1\n" body "${body}")
        set(array_size ${size})
    endif()
    set(align "")
    if(E_ALIGN)
        set(align "alignas(${E_ALIGN}) ")
    endif()
    set(${out_var} "${align}const unsigned char ${c_name}[${array_size}] = {\n${body}\n};\n"
        PARENT_SCOPE)
    set(${out_var}_SIZE ${size} PARENT_SCOPE)
endfunction()

function(armistice_write_if_changed file)
    # ARGV<n> one by one: each piece may hold ';' (C++ code), which a list would split on.
    set(content "")
    math(EXPR last "${ARGC} - 1")
    foreach(i RANGE 1 ${last})
        string(APPEND content "${ARGV${i}}")
    endforeach()
    if(EXISTS "${file}")
        file(READ "${file}" old)
        if(old STREQUAL content)
            return()
        endif()
    endif()
    file(WRITE "${file}.tmp" "${content}")
    file(RENAME "${file}.tmp" "${file}")
endfunction()
