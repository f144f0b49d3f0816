#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks.
#   scripts/pg-cluster.sh start DIR   → prints postgres://… (installs postgresql when root)
#   scripts/pg-cluster.sh stop DIR
# PostgreSQL refuses to run as root, so the cluster runs as the `postgres` user.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?DIR}
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
case "$cmd" in
  start)
    bin=$(pg_bin)
    if [ -z "$bin" ]; then
      if [ "$(id -u)" -ne 0 ]; then
        echo "PostgreSQL is not installed. Install it with: sudo apt-get update && sudo apt-get install -y postgresql — or set TEST_PG_URL / DATABASE_URL." >&2
        exit 3
      fi
      echo "installing postgresql from Debian…" >&2
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin=$(pg_bin)
    fi
    as_pg=(runuser -u postgres --)
    if [ "$(id -un)" = postgres ]; then as_pg=(); elif [ "$(id -u)" -ne 0 ]; then
      echo "Starting a PostgreSQL cluster needs root (to run it as the postgres user); or set TEST_PG_URL / DATABASE_URL." >&2
      exit 3
    fi
    mkdir -p "$dir"; chown postgres "$dir" 2>/dev/null || true
    port=$((54000 + RANDOM % 900))
    "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 3; }
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB" \
      -w start >/dev/null || { cat "$dir/server.log" >&2; exit 3; }
    echo "$bin" >"$dir/bin"
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/bin" ] || exit 0
    bin=$(cat "$dir/bin")
    as_pg=(runuser -u postgres --); [ "$(id -un)" = postgres ] && as_pg=()
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
