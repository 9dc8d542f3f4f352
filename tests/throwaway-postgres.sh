#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, from Debian's postgresql package (no Docker):
#   tests/throwaway-postgres.sh start [OWNER_PID]   initdb into a new temp dir as a non-root user, trust auth on
#                                                   127.0.0.1 only, a free port; prints shell assignments of
#                                                   ROOMBOT_TEST_POSTGRES (an Npgsql connection string) and
#                                                   ROOMBOT_TEST_POSTGRES_DIR
#   tests/throwaway-postgres.sh stop DIR            stops it and removes DIR
# Clusters whose OWNER_PID (default: the caller) has died are removed by the next start. Used by tests/run-all.sh
# and, when that did not export one, by the tests' PostgresCluster fixture.
set -euo pipefail

bin_dir() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] && [ -x "$found/initdb" ] || {
    echo "PostgreSQL is not installed: apt-get install -y postgresql (tests/run-all.sh does it)" >&2; exit 3; }
  echo "$found"
}

# initdb and postgres refuse to run as root: run them as the postgres (or nobody) user then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id -u postgres >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

stop() {
  local dir=$1 bin
  bin=$(bin_dir)
  [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

start() {
  local owner=${1:-$PPID} bin dir port
  bin=$(bin_dir)
  for old in /tmp/roombot-pg.*; do
    [ -f "$old/owner" ] || continue
    kill -0 "$(cat "$old/owner")" 2>/dev/null || stop "$old"
  done

  dir=$(mktemp -d /tmp/roombot-pg.XXXXXX)
  echo "$owner" >"$dir/owner"
  if [ "$(id -u)" -eq 0 ]; then chown "$(id -u postgres 2>/dev/null || id -u nobody)" "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  # Trust on loopback TCP only: no Unix socket, no other address.
  echo "host all all 127.0.0.1/32 trust" | as_owner tee "$dir/data/pg_hba.conf" >/dev/null

  for _ in $(seq 1 20); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue # taken
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 -o \
      "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      echo "ROOMBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres'"
      echo "ROOMBOT_TEST_POSTGRES_DIR='$dir'"
      return
    fi
  done
  cat "$dir/data/server.log" >&2 || true
  rm -rf "$dir"
  echo "could not start PostgreSQL on a free port" >&2
  exit 1
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:?usage: $0 stop DIR}" ;;
  *) echo "usage: $0 start [OWNER_PID] | stop DIR" >&2; exit 2 ;;
esac
