#!/usr/bin/env bash
# README command 1: install what is missing, build the widget and serve the demo page on
# http://127.0.0.1:8080 (rebuilding on change).
#   scripts/serve.sh            debug build (fast to rebuild)
#   scripts/serve.sh --release  release build, as hosts get it (wasm-opt, size-tuned)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/setup.sh" serve
. "$root/scripts/env.sh"
cd "$root"
echo "Serving the demo page on http://127.0.0.1:8080 (Ctrl+C to stop)"
# Into target/serve, not dist/: trunk serve adds a live-reload script to the page, and dist/
# holds only what `trunk build` makes for hosts.
exec trunk serve --dist target/serve "$@"
