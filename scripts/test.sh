#!/usr/bin/env bash
# README command 2: install what is missing, then run every check:
#   formatting, clippy (native and wasm32), native tests, the generated Markdown in the
#   JavaScript renderers (commonmark.js, markdown-it), browser tests (wasm-bindgen-test in
#   headless Chromium and Firefox), a release build with wasm-opt (sizes printed, size budget
#   enforced), a check of the built dist/ (tests/dist.test.mjs), and the end-to-end suite in
#   each engine: Chromium, Firefox ESR and WebKitGTK (tests/journeys/, one driver, one step per
#   engine).
# Every step runs even after a failure; the summary lists each one, and the exit code is
# non-zero if any failed.
#
# Usage: scripts/test.sh [STEP [ENGINE...]]...   (no argument: every step)
#   steps: format, clippy, native, renderers, browser, size, dist, e2e
#   engines (after browser or e2e): chromium, firefox, webkit ("journeys" is another name for e2e)
#   e.g. scripts/test.sh native; scripts/test.sh e2e; scripts/test.sh e2e webkit;
#        scripts/test.sh clippy native browser firefox
# size, dist and e2e build the release first (as the whole run does).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# The steps asked for: "name" or "name:engine" entries; none means all.
STEPS="format clippy native renderers browser size dist e2e"
ENGINES="chromium firefox webkit"
wanted=()
last=""
for arg in "$@"; do
  [ "$arg" = journeys ] && arg=e2e
  case " $STEPS " in
    *" $arg "*) wanted+=("$arg"); last=$arg; continue ;;
  esac
  case " $ENGINES " in
    *" $arg "*)
      case "$last" in
        browser | e2e) wanted+=("$last:$arg"); continue ;;
      esac
      echo "scripts/test.sh: $arg names an engine; give it after browser or e2e" >&2
      exit 2
      ;;
  esac
  echo "scripts/test.sh: unknown step \"$arg\" (steps: $STEPS; engines: $ENGINES)" >&2
  exit 2
done
# want STEP [ENGINE]: whether to run the step (in that engine).
want() {
  [ ${#wanted[@]} -eq 0 ] && return 0
  local w has_engine=0
  for w in "${wanted[@]}"; do
    case "$w" in "$1":*) has_engine=1 ;; esac
  done
  for w in "${wanted[@]}"; do
    if [ "$w" = "$1" ] && [ $has_engine -eq 0 ]; then return 0; fi
    if [ -n "${2:-}" ] && [ "$w" = "$1:$2" ]; then return 0; fi
  done
  return 1
}

if ! bash scripts/setup.sh test; then
  echo "Setup failed: the tools above could not be installed." >&2
  exit 1
fi
. scripts/env.sh
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$root/tests/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

logs="$root/target/test-logs"
mkdir -p "$logs"
summary=()
skips=()
failures=0
tests_passed=0
tests_failed=0

# step NAME COMMAND...: runs the command, shows its output, records the outcome and any test
# counts it printed (cargo's "test result:" lines, node's "ℹ pass/fail" lines).
step() {
  local name=$1
  shift
  local log="$logs/$(echo "$name" | tr ' /' '__').log"
  local start=$SECONDS
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local seconds=$((SECONDS - start))
  local p f
  p=$(grep -aoE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -aoE '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
  p=$((p + $(grep -aE '^ℹ pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -aE '^ℹ fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  tests_passed=$((tests_passed + p))
  tests_failed=$((tests_failed + f))
  # Skipped tests (node's "ℹ skipped" count), each listed with its reason under the summary.
  local k
  k=$(grep -aE '^ℹ skipped [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  while IFS= read -r line; do
    [ -n "$line" ] && skips+=("$name: $line")
  done < <(grep -aE '^\s*﹣ ' "$log" | sed -E 's/^\s*﹣ //; s/ \([0-9.]+ms\) # / -- /')
  local counts=""
  if [ $((p + f)) -gt 0 ]; then counts="$p passed, $f failed"; fi
  if [ "$k" -gt 0 ]; then counts="$counts, $k skipped"; fi
  if [ "$status" -eq 0 ]; then
    summary+=("$(printf 'PASS  %-34s %5ss  %s' "$name" "$seconds" "$counts")")
  else
    failures=$((failures + 1))
    summary+=("$(printf 'FAIL  %-34s %5ss  %s (log: %s)' "$name" "$seconds" "$counts" "${log#"$root"/}")")
  fi
  return "$status"
}

want format && step "format" cargo fmt --all --check
if want clippy; then
  step "clippy (native)" cargo clippy --workspace --all-targets --locked -- -D warnings
  step "clippy (wasm32)" cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
fi
want native && step "native tests" cargo test --workspace --locked
want renderers && step "Markdown in JS renderers" node --test --test-reporter=spec tests/renderers/
want browser chromium && step "browser tests (Chromium)" cargo test -p engagement-widget --locked --target wasm32-unknown-unknown --test browser
want browser firefox && step "browser tests (Firefox)" env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
  cargo test -p engagement-widget --locked --target wasm32-unknown-unknown --test browser
if want browser webkit && ! want browser chromium; then
  echo "scripts/test.sh: the browser tests run in Chromium and Firefox (wasm-bindgen's runner does not drive WebKitGTK)" >&2
fi
built=( )
want dist && built=(yes)
for engine in $ENGINES; do
  if want e2e "$engine"; then built=(yes); fi
done
if want size || [ ${#built[@]} -gt 0 ]; then
  if step "release build (trunk, wasm-opt)" trunk build --release; then
    # The size ceiling counts the whole widget as shipped: re-set from measurement when a
    # capability lands (BENCHMARKS.md, "Size"), held between capabilities.
    want size && step "size ceiling (5.86x the Yew floor)" bash scripts/sizes.sh --ceiling 5.86
    want dist && step "dist/ as built" node --test --test-reporter=spec tests/dist.test.mjs
    # The end-to-end suite in each engine (tests/journeys/driver.mjs picks it). Nothing may hang
    # CI: a test fails after 3 minutes (each takes seconds; the driver's hooks after 2), and a
    # file's process ends once its tests are done, whatever it left open.
    e2e=(node --test --test-reporter=spec --test-concurrency=1 --test-timeout=180000 --test-force-exit tests/journeys/)
    want e2e chromium && step "end-to-end (Chromium)" env ENGINE=chromium "${e2e[@]}"
    want e2e firefox && step "end-to-end (Firefox)" env ENGINE=firefox "${e2e[@]}"
    want e2e webkit && step "end-to-end (WebKit)" env ENGINE=webkit "${e2e[@]}"
  else
    summary+=("SKIP  size budget and end-to-end tests (no release build)")
    failures=$((failures + 1))
  fi
fi

printf '\n\033[1m==> Summary\033[0m\n'
printf '%s\n' "${summary[@]}"
if [ ${#skips[@]} -gt 0 ]; then
  echo "Skipped (each with its reason; the README lists them):"
  printf '  %s\n' "${skips[@]}"
fi
if [ "$failures" -eq 0 ]; then
  echo "All checks passed."
else
  echo "$failures check(s) failed."
fi
echo "tests: $tests_passed passed, $tests_failed failed"
[ "$failures" -eq 0 ]
