#!/usr/bin/env bash
# size_report.sh — transfer-size report of the page: raw, gzip -9 and brotli (-q 11) per file,
# and the compressed total against the 500 KB budget (English, the compiled-in language); then
# what each other language adds (its pack). A report, never a failure (exit 0 always).
# Usage: scripts/size_report.sh [build/web]
set -uo pipefail
dir="${1:-$(dirname "$0")/../build/web}"
budget_kb=500
files=(armistice_explorer.wasm armistice_explorer.js app.js shell-strings.js app.css index.html)

kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
have_brotli=1
command -v brotli >/dev/null || have_brotli=0

printf '\n%-26s %10s %10s %10s\n' "page size (KB)" "raw" "gzip -9" "brotli"
total_raw=0 total_gz=0 total_br=0
for f in "${files[@]}"; do
    path="$dir/$f"
    [ -f "$path" ] || { printf '%-26s %10s\n' "$f" "missing"; continue; }
    raw=$(wc -c <"$path")
    gz=$(gzip -9 -c "$path" | wc -c)
    if [ "$have_brotli" -eq 1 ]; then br=$(brotli -q 11 -c "$path" | wc -c); else br=$gz; fi
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
    printf '%-26s %10s %10s %10s\n' "$f" "$(kb "$raw")" "$(kb "$gz")" "$(kb "$br")"
done
printf '%-26s %10s %10s %10s\n' "total" "$(kb "$total_raw")" "$(kb "$total_gz")" "$(kb "$total_br")"
pct=$(awk -v b="$total_gz" -v k="$budget_kb" 'BEGIN { printf "%.0f", 100 * b / 1024 / k }')
printf 'transfer (gzip) %s KB of the %s KB budget (%s%%)' "$(kb "$total_gz")" "$budget_kb" "$pct"
[ "$have_brotli" -eq 1 ] && printf '; brotli %s KB' "$(kb "$total_br")"
printf '\n'

# Each language's cost. English is compiled into the wasm (above); every other language is a pack
# (strings-<code>.pack) that the page downloads only for a reader who picks that language.
packs=("$dir"/strings-*.pack)
if [ -f "${packs[0]}" ]; then
    printf '%-26s %10s %10s %10s\n' "language pack (KB)" "raw" "gzip -9" "brotli"
    for path in "${packs[@]}"; do
        raw=$(wc -c <"$path")
        gz=$(gzip -9 -c "$path" | wc -c)
        if [ "$have_brotli" -eq 1 ]; then br=$(brotli -q 11 -c "$path" | wc -c); else br=$gz; fi
        name=$(basename "$path" .pack)
        printf '%-26s %10s %10s %10s\n' "${name#strings-}" "$(kb "$raw")" "$(kb "$gz")" "$(kb "$br")"
        printf 'transfer (gzip) in %s: %s KB\n' "${name#strings-}" "$(kb $((total_gz + gz)))"
    done
fi
printf '\n'
exit 0
