#!/usr/bin/env bash
# serve.sh — build the page (web preset, build/web) and serve it on http://127.0.0.1:PORT/.
# Usage: ./scripts/serve.sh [port]      or  PORT=9000 ./scripts/serve.sh      (default 8080)
# Binds to 127.0.0.1 only. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-${PORT:-8080}}"
case "$port" in
    '' | *[!0-9]*) echo "serve.sh: port must be a number, got '$port'" >&2; exit 2 ;;
esac

./scripts/setup.sh
cmake --preset web
cmake --build --preset web

echo
echo "Armistice Explorer: http://127.0.0.1:${port}/"
echo
exec node tests/browser/serve_static.mjs build/web "$port"
