#!/usr/bin/env bash
# npm test: the whole suite — unit, database (PGlite and a real PostgreSQL), HTTP,
# browser (Debian's Chromium); printed PDFs are read with Debian's poppler-utils.
# `npm test -- unit|db|http|e2e` runs one tier.
# PostgreSQL: TEST_PG_URL or DATABASE_URL is reused when given; otherwise a
# throwaway cluster is started as the `postgres` user (PostgreSQL refuses root).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TIERS=("$@")
[ ${#TIERS[@]} -eq 0 ] && TIERS=(unit db http e2e)
want() { local t; for t in "${TIERS[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }
LOGS=$(mktemp -d)
mkdir -p .tmp
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NODE_ENV=test
NODE_TEST=(node --import tsx --test --test-reporter=spec)
PG_DIR=""
failures=0

say() { printf '\n== %s\n' "$*"; }
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: $*. Install it with: sudo apt-get update && sudo apt-get install -y $*" >&2
    exit 3
  fi
  say "installing $* from Debian"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

cleanup() { [ -n "$PG_DIR" ] && scripts/pg-cluster.sh stop "$PG_DIR"; return 0; }
trap cleanup EXIT

start_postgres() {
  if [ -n "${TEST_PG_URL:-}" ]; then return; fi
  if [ -n "${DATABASE_URL:-}" ]; then export TEST_PG_URL="$DATABASE_URL"; return; fi
  PG_DIR=$(mktemp -d /tmp/ocop-pg.XXXXXX)
  TEST_PG_URL=$(scripts/pg-cluster.sh start "$PG_DIR") || exit 3
  export TEST_PG_URL
  echo "PostgreSQL $("$(cat "$PG_DIR/bin")/postgres" --version | awk '{print $3}') at $TEST_PG_URL"
}

# Runs node --test on the given files, keeping the log for the final count.
run_tier() {
  local name=$1; shift
  [ $# -eq 0 ] && { echo "($name: no test files)"; return; }
  "${NODE_TEST[@]}" "$@" 2>&1 | tee "$LOGS/$name.log" | grep -vE '^\s*$' | grep -E '^(✖|✔|▶|ℹ|  ✖|  ✔|not ok|# )|failing tests|Error' | tail -n 400
  [ "${PIPESTATUS[0]}" -eq 0 ] || failures=$((failures + 1))
}

mapfile -t UNIT < <(find src test -name '*.test.ts' ! -name '*.db.test.ts' ! -name '*.http.test.ts' ! -path '*/support/*' | sort)
mapfile -t DB < <(find src test -name '*.db.test.ts' | sort)
mapfile -t HTTP < <(find src test -name '*.http.test.ts' | sort)
mapfile -t E2E < <(find e2e -name '*.e2e.ts' 2>/dev/null | sort)

if want unit; then say "unit tests"; run_tier unit "${UNIT[@]}"; fi

# printed PDFs are read back with poppler-utils (pdfinfo, pdftotext); their QR codes with zbar-tools (zbarimg)
if { want http || want e2e; } && ! command -v pdftotext >/dev/null; then apt_install poppler-utils; fi
if { want http || want e2e; } && ! command -v zbarimg >/dev/null; then apt_install zbar-tools; fi

if want db || want http; then
  say "preparing test databases"
  node --import tsx test/support/prepare.ts pglite || exit 1
fi

if want db; then
  start_postgres
  node --import tsx test/support/prepare.ts postgres || exit 1
  say "database tests on PGlite and PostgreSQL (in parallel)"
  ( TEST_DB_ENGINE=pglite "${NODE_TEST[@]}" "${DB[@]}" >"$LOGS/db-pglite.log" 2>&1; echo $? >"$LOGS/db-pglite.rc" ) &
  ( TEST_DB_ENGINE=postgres "${NODE_TEST[@]}" "${DB[@]}" >"$LOGS/db-postgres.log" 2>&1; echo $? >"$LOGS/db-postgres.rc" ) &
  wait
  for e in pglite postgres; do
    echo "-- $e"; grep -E '^(✖|✔|ℹ)|^\s+✖' "$LOGS/db-$e.log" | tail -n 200
    [ "$(cat "$LOGS/db-$e.rc")" = 0 ] || { failures=$((failures + 1)); grep -A30 -E 'failing tests' "$LOGS/db-$e.log" | head -80; }
  done
fi

if want http; then say "HTTP tests"; TEST_DB_ENGINE=pglite run_tier http "${HTTP[@]}"; fi

if want e2e; then
  if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi
  say "browser tests ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
  run_tier e2e "${E2E[@]}"
fi

passed=0; failed=0
for log in "$LOGS"/*.log; do
  p=$(grep -E '^ℹ pass [0-9]+' "$log" | tail -1 | awk '{print $3}'); f=$(grep -E '^ℹ fail [0-9]+' "$log" | tail -1 | awk '{print $3}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$failures" -gt 0 ] && [ "$failed" -eq 0 ] && failed=$failures
rm -rf "$LOGS"
echo
echo "$passed passed, $failed failed"
[ "$failures" -eq 0 ] && [ "$failed" -eq 0 ]
