#!/bin/bash
# durability_check.sh — script half of the durability cross-checks (see durability.cmake).
#   durability_check.sh reference ID TOOL REFERENCE_PY WORKDIR
#       export the model input of scenario ID, run bench/reference.py --compare against the
#       engine's survival curve (exit 77 = skipped when /usr/bin/python3 lacks numpy).
#   durability_check.sh wasm_identity TOOL WASM_TOOL_JS WORKDIR
#       run `durability_tool digest` natively and under node; outputs must be byte-identical
#       (exit 77 = skipped when the web build has no durability_tool.js).
set -u
mode=$1
if [ "$mode" = reference ]; then
    id=$2 tool=$3 ref=$4 work=$5
    mkdir -p "$work"
    if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
        echo "SKIP: /usr/bin/python3 has no numpy (apt-get install python3-numpy)"; exit 77
    fi
    "$tool" export "$id" > "$work/${id}_input.json" || exit 1
    "$tool" survival "$id" > "$work/${id}_engine.json" || exit 1
    /usr/bin/python3 "$ref" "$work/${id}_input.json" --compare "$work/${id}_engine.json"
    exit $?
elif [ "$mode" = wasm_identity ]; then
    tool=$2 wasm=$3 work=$4
    mkdir -p "$work"
    if [ ! -f "$wasm" ]; then echo "SKIP: no web build of durability_tool at $wasm"; exit 77; fi
    if [ ! -x "$tool" ]; then echo "SKIP: no native build of durability_tool at $tool (build the native preset first)"; exit 77; fi
    "$tool" digest > "$work/digest_native.txt" || exit 1
    /usr/bin/node --no-experimental-fetch "$wasm" digest > "$work/digest_wasm.txt" || exit 1
    if ! cmp -s "$work/digest_native.txt" "$work/digest_wasm.txt"; then
        echo "native and wasm durability digests differ:"; diff "$work/digest_native.txt" "$work/digest_wasm.txt"; exit 1
    fi
    cat "$work/digest_native.txt"
    echo "native and wasm durability results are bit-identical ($(wc -l < "$work/digest_native.txt") scenarios)"
    exit 0
fi
echo "usage: durability_check.sh reference|wasm_identity ..."; exit 2
