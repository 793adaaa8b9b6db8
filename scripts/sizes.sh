#!/usr/bin/env bash
# Prints the sizes (raw, gzip, brotli) of what a host downloads, for the widget (dist/) and
# for the Yew floor (benches/floor, built here with the same profile and wasm-opt).
#   scripts/sizes.sh            report only (expects dist/ built: trunk build --release)
#   scripts/sizes.sh --budget   also fail when the widget's gzip total exceeds 2.5x the floor's
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/env.sh"
if [ ! -f "$root/dist/engagement-widget-app_bg.wasm" ]; then
  echo "dist/ has no release build: run trunk build --release first" >&2
  exit 1
fi
(cd "$root/benches/floor" && trunk build --release --quiet) >/dev/null
exec node "$root/scripts/sizes.mjs" "$@"
