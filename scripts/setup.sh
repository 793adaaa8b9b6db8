#!/usr/bin/env bash
# Installs what the README commands need and skips whatever is already there, so a second run
# takes seconds. Usage: scripts/setup.sh serve|test|bench
#   serve: the pinned Rust toolchain and wasm32 target, Trunk, the wasm-bindgen CLI matching
#          Cargo.lock, and wasm-opt (npm binaryen) on PATH.
#   test:  all of that, plus the three engines the journeys run in (Chromium and ChromeDriver;
#          Firefox ESR and geckodriver; WebKitGTK's WebKitWebDriver and MiniBrowser, with Xvfb
#          and xclip), poppler's PDF tools and the npm test packages.
#   bench: all of that, plus brotli for compressed-size figures.
# Source it (". scripts/setup.sh test") or run it; scripts/env.sh puts the tools on PATH.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-test}
case "$mode" in serve | test | bench) ;; *) echo "usage: scripts/setup.sh serve|test|bench" >&2; exit 2 ;; esac

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# shellcheck source=scripts/env.sh
. "$root/scripts/env.sh"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "need root to run: $*" >&2; return 1; fi; }

cd "$root"

# 0. Node.js 20.14 or later (the machine's own; the end-to-end suite uses node:test's
#    --test-force-exit, which came in 20.14).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 14) ? 0 : 1)' 2>/dev/null; then
  echo "Node.js 20.14 or later is needed, with npm (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# 1. Rust: rust-toolchain.toml pins the channel, target and components; rustup installs them
#    (a no-op when present).
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "installing the pinned Rust toolchain and the wasm32 target"
  rustup toolchain install
fi

# 1b. Every crate in Cargo.lock, for every platform: the tests read pulldown-cmark's spec suite
#     through `cargo metadata --offline`, which needs all of them (a build fetches only its
#     own target's). A no-op when the registry cache has them.
cargo fetch --locked --quiet

# 2. The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then echo "Cargo.lock names no wasm-bindgen version" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb_version" ] ||
  ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $wb_version (a few minutes, once)"
  # Not --locked: the CLI's own lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# 3. Trunk.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# 4. npm tools: binaryen's wasm-opt (Debian's is too old for current rustc output),
#    puppeteer-core and selenium-webdriver (the end-to-end suite's drivers; neither downloads a
#    browser: PUPPETEER_SKIP_DOWNLOAD says so to puppeteer's scripts), axe-core, pngjs
#    (screenshots read as pixels), playwright-core (the benchmark and the screenshots script),
#    and the Markdown renderers commonmark and markdown-it. Reinstalled only when
#    package-lock.json changes.
stamp=node_modules/.setup-stamp
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ] || ! [ -x node_modules/.bin/wasm-opt ]; then
  say "installing npm tools (binaryen, playwright-core, axe-core, puppeteer-core, selenium-webdriver, commonmark, markdown-it, pngjs)"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi

# 5. The browsers from Debian, for the browser tests and the end-to-end suite: Chromium and
#    ChromeDriver; Firefox ESR; WebKitGTK's WebKitWebDriver and MiniBrowser, run under Xvfb,
#    whose clipboard xclip reads.
if [ "$mode" != serve ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  if [ "$mode" = test ]; then
    command -v firefox-esr >/dev/null || missing+=(firefox-esr)
    command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
    command -v Xvfb >/dev/null || missing+=(xvfb)
    command -v xclip >/dev/null || missing+=(xclip)
    # pdftotext, pdfinfo and pdftoppm read the printed pages in the end-to-end tests.
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
  fi
  if [ "$mode" = bench ] && ! command -v brotli >/dev/null; then missing+=(brotli); fi
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (apt)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# 6. geckodriver (no Debian package), for the browser tests in Firefox: built by cargo install
#    at a pinned version (a few minutes, once).
if [ "$mode" = test ] && [ "$(geckodriver --version 2>/dev/null | head -n1 | awk '{print $2}')" != "$GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
