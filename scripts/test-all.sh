#!/usr/bin/env bash
# `npm test`: the whole suite. Unit and integration tests (Vitest, real embedded
# PostgreSQL), then end-to-end tests (Playwright in Debian's Chromium against a fresh
# production build), then one summary line per runner and a total.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results

# End-to-end tests drive Debian's Chromium (Playwright's own browser download does not work
# on these machines). Install it when missing and we may; otherwise say how.
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium for the end-to-end tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium not found at $chromium_bin: run 'sudo apt-get install chromium' (or set CHROMIUM_PATH)"; exit 1
  fi
fi
rm -f test-results/vitest.json test-results/playwright.json

if [ "${SKIP_BUILD:-}" != "1" ]; then
  npx next build > test-results/build.log 2>&1 || { tail -50 test-results/build.log; echo "build failed"; exit 1; }
fi

npx vitest run
unit=$?
npx playwright test
e2e=$?

node scripts/test-summary.mjs
[ $unit -eq 0 ] && [ $e2e -eq 0 ]
