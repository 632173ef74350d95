#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests:  scripts/postgres.sh start|stop|status|url
#
# Uses the newest /usr/lib/postgresql/*/bin (Debian's `postgresql` package; this script installs
# nothing; scripts/install-deps.sh does). The cluster lives in PG_DATA_DIR (default
# /tmp/laocai-portal-pg-<port>, so clusters on different ports never share one), listens on
# 127.0.0.1:PG_PORT (default 5433) and on a unix socket inside the data dir, runs as the OS user
# `postgres` when started by root (else as the current user), with fsync, synchronous_commit and
# full_page_writes off: fast, NOT crash-safe. Role portal/portal (LOGIN CREATEDB, so Django's test
# runner can create test_portal) owns database portal. `stop` stops it and deletes the data dir.
set -euo pipefail

PG_PORT="${PG_PORT:-5433}"
DATA="${PG_DATA_DIR:-/tmp/laocai-portal-pg-$PG_PORT}"
DB_USER=portal DB_PASS=portal DB_NAME=portal
URL="postgres://$DB_USER:$DB_PASS@127.0.0.1:$PG_PORT/$DB_NAME"

log() { echo "[postgres] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_bin() {
  local d
  d=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]] \
    || die "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run 'apt-get install -y postgresql'"
  BIN="$d"
}

# Run a command as the cluster's OS user (postgres when we are root), from a directory it can read.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' OS user (apt-get install -y postgresql creates it)"
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

ready() { as_owner "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2 >/dev/null 2>&1; }
running() { [[ -f "$DATA/postmaster.pid" ]] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }
psql_super() { as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DATA" -p "$PG_PORT" -U postgres -d postgres; }

show_log() {
  [[ -s "$DATA/server.log" ]] || return 0
  log "---- tail of $DATA/server.log ----"; tail -n 30 "$DATA/server.log" >&2 || true
}

init_cluster() {
  local locale=C.UTF-8
  locale -a 2>/dev/null | grep -qix 'c.utf-\?8' || locale=C
  log "initdb into $DATA ($BIN)"
  rm -rf "$DATA"; mkdir -p "$DATA"; chmod 700 "$DATA"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale="$locale" \
      --auth-local=trust --auth-host=scram-sha-256 >"$DATA.initdb.log" 2>&1 \
    || { tail -n 30 "$DATA.initdb.log" >&2; die "initdb failed"; }
  rm -f "$DATA.initdb.log"
  cat >>"$DATA/postgresql.conf" <<EOF

# --- laocai-portal test cluster (scripts/postgres.sh) ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$DATA'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

start() {
  find_bin
  if running && ready; then log "already running at $URL"; return 0; fi
  [[ -f "$DATA/PG_VERSION" ]] || init_cluster
  if ! running; then
    log "starting PostgreSQL $(cat "$DATA/PG_VERSION") on 127.0.0.1:$PG_PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null \
      || { show_log; die "pg_ctl start failed (is port $PG_PORT taken?)"; }
  fi
  local deadline=$((SECONDS + 60))
  until ready; do
    (( SECONDS < deadline )) || { show_log; die "PostgreSQL does not accept connections on port $PG_PORT"; }
    sleep 0.5
  done
  psql_super <<SQL || die "could not create role/database $DB_USER/$DB_NAME"
SELECT 'CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD ''$DB_PASS'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') \gexec
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME') \gexec
SQL
  log "up at $URL"
}

stop() {
  find_bin
  if running; then
    log "stopping the cluster in $DATA"
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null || die "pg_ctl stop failed"
  else
    log "not running"
  fi
  # Only ever delete something that is (or was meant to be) our cluster directory.
  if [[ -d "$DATA" && ( -f "$DATA/PG_VERSION" || -z "$(ls -A "$DATA")" ) ]]; then
    rm -rf "$DATA"; log "removed $DATA"
  elif [[ -e "$DATA" ]]; then
    log "not removing $DATA: it does not look like a PostgreSQL data dir"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) find_bin; if running && ready; then log "running at $URL"; else log "not running"; exit 1; fi ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
