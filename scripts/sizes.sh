#!/usr/bin/env bash
# Prints the sizes (raw, gzip, brotli) of what a host downloads, for the widget (dist/) and
# for the Yew floor (benches/floor, built here with the same profile and wasm-opt).
#   scripts/sizes.sh            report only
#   scripts/sizes.sh --budget   also fail when the widget's gzip total exceeds 2.5x the floor's
#   scripts/sizes.sh --ceiling X   ... exceeds X times the floor's
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/env.sh"
# Always the release builds (dist/ may hold a debug build from scripts/serve.sh); quick when
# nothing changed.
(cd "$root" && trunk build --release --quiet) >/dev/null
(cd "$root/benches/floor" && trunk build --release --quiet) >/dev/null
exec node "$root/scripts/sizes.mjs" "$@"
