#!/usr/bin/env bash
# test.sh — build and test everything, the way CI does: native (build/native, binaries in
# build/native/bin/) and web (build/web), every test through ctest, then a summary.
# Exits non-zero if any step failed. Works without a TTY (CI=true).
# Env: ARMISTICE_SKIP_SETUP=1 skips scripts/setup.sh; ARMISTICE_ONLY=native|web runs one side.
set -uo pipefail
cd "$(dirname "$0")/.."
export CTEST_OUTPUT_ON_FAILURE=1
export CLICOLOR_FORCE=0
jobs=$(nproc 2>/dev/null || echo 2)

summary=()
failed=0
step() {  # step <label> <command...>
    local label=$1
    shift
    printf '\n===== %s =====\n' "$label"
    local t0=$SECONDS
    if "$@"; then
        summary+=("PASS  $label ($((SECONDS - t0)) s)")
        return 0
    fi
    summary+=("FAIL  $label ($((SECONDS - t0)) s)")
    failed=1
    return 1
}

if [ "${ARMISTICE_SKIP_SETUP:-0}" != "1" ]; then
    step "setup" ./scripts/setup.sh || { printf '\nsetup failed; nothing built.\n'; exit 1; }
fi

for preset in native web; do
    if [ -n "${ARMISTICE_ONLY:-}" ] && [ "$ARMISTICE_ONLY" != "$preset" ]; then continue; fi
    step "$preset: configure" cmake --preset "$preset" &&
        step "$preset: build" cmake --build --preset "$preset" &&
        step "$preset: test" ctest --preset "$preset" -j "$jobs"
    if [ "$preset" = web ] && [ -f build/web/armistice_explorer.wasm ]; then
        ./scripts/size_report.sh build/web
    fi
done

printf '\n===== summary =====\n'
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
    printf 'RESULT: FAILED (see the first FAIL above; ctest logs in build/*/Testing/Temporary/)\n'
    exit 1
fi
printf 'RESULT: all passed\n'
