#!/usr/bin/env bash
# The benchmark (issue 7), in one run: release builds of the widget and of the Yew floor
# (benches/floor, same profile and wasm-opt), then
#   1. sizes of what a host downloads, raw, gzip and brotli, side by side, with their ratio;
#   2. time to first render, 15 cold loads each in headless Chromium over loopback;
#   3. time from a keystroke to the updated preview and Markdown, at ten times the usual length,
#      in Chromium, Firefox and WebKit (keystrokes.mjs, through the journeys' drivers);
#   4. native criterion benchmarks of validate + generate, usual and 10x.
# It prints figures and asserts nothing (the size ceiling is checked by scripts/test.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh test
. scripts/env.sh
echo "==> release builds"
trunk build --release --quiet
(cd benches/floor && trunk build --release --quiet)
echo "==> sizes"
node scripts/sizes.mjs
echo "==> browser timings (this machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo))"
node scripts/bench.mjs
echo "==> keystrokes in each engine (the journeys' drivers)"
ENGINE=chromium node scripts/keystrokes.mjs
ENGINE=firefox node scripts/keystrokes.mjs
ENGINE=webkit node scripts/keystrokes.mjs
echo "==> native core benchmarks (criterion)"
cargo bench --quiet --manifest-path benches/core/Cargo.toml --bench core -- --warm-up-time 1 --measurement-time 3 2>&1 |
  grep -E "^(validate|keystroke)|time:"
