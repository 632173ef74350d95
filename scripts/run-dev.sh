#!/usr/bin/env bash
# `make run`: prepare the database, then serve the portal with Wagtail's scheduled publishing
# every minute beside it.   scripts/run-dev.sh [host] [port]
#
# Prepares only what changed: migrations run when `migrate --check` says some are pending, and
# the demo content (setup_portal, then the search entries) is loaded again only when the demo
# data, the setup commands, the migrations, the locked packages or DATABASE_URL/ELASTICSEARCH_URL
# changed since the last load (a stamp in .venv). Each step prints one line; the full output
# of a step goes to .venv/run-logs/ and is shown only when the step fails.
#
# Stops cleanly on Ctrl-C and on SIGTERM (e.g. `kill <pid of make>`: GNU make passes SIGTERM on):
# the server and the scheduler each run in their own process group, and the whole group is
# stopped, so neither runserver's autoreload child nor a running publish_scheduled is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
PY=.venv/bin/python
LOGS=.venv/run-logs
STAMP=.venv/.demo-loaded
mkdir -p "$LOGS"

say() { echo "[run] $*" >&2; }

# step NAME COMMAND...: runs quietly, one line of result; on failure the tail of its log.
step() {
  local name=$1 log="$LOGS/$1.log" started=$SECONDS
  shift
  if "$@" >"$log" 2>&1; then
    say "$name: done in $((SECONDS - started)) s"
  else
    say "$name: FAILED; last lines of $log:"
    tail -n 30 "$log" >&2
    exit 1
  fi
}

# What the demo content depends on; any change means setup_portal runs again.
demo_key() {
  {
    find news/demo */migrations */management/commands -type f -name '*.py' -print0 2>/dev/null \
      | sort -z | xargs -0 sha256sum
    cat requirements.lock 2>/dev/null || true
    echo "DATABASE_URL=${DATABASE_URL:-} ELASTICSEARCH_URL=${ELASTICSEARCH_URL:-}"
  } | sha256sum | cut -d' ' -f1
}

if $PY manage.py migrate --check >/dev/null 2>&1; then
  say "migrations: up to date"
  migrated=0
else
  step migrations $PY manage.py migrate --noinput -v0
  migrated=1
fi

key=$(demo_key)
if [[ $migrated == 0 && -f $STAMP && "$(cat "$STAMP")" == "$key" ]]; then
  say "demo content: unchanged since the last load (rm $STAMP to load it again)"
else
  rm -f "$STAMP"
  step demo-content $PY manage.py setup_portal
  step search-index $PY manage.py search_index rebuild
  echo "$key" >"$STAMP"
fi

# Job control: each background job gets its own process group, which stop() ends as a whole.
set -m
scheduler=""
server=""
stop() {
  trap - INT TERM HUP EXIT
  local group
  for group in $server $scheduler; do kill -TERM -- "-$group" 2>/dev/null || true; done
  wait 2>/dev/null || true
  say "stopped"
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM HUP
trap 'stop' EXIT

(
  # The production minute job (scripts/minute-job.sh): scheduled publishing, the search outbox,
  # review deadlines and reminders, and the "Nghe bài viết" audio of newly published pages.
  while sleep 60; do PYTHON=$PY scripts/minute-job.sh >>"$LOGS/minute-job.log" 2>&1 || true; done
) &
scheduler=$!
$PY manage.py runserver "$host:$port" &
server=$!
say "Portal: http://$host:$port/   Admin: http://$host:$port/admin/ (demo users: README)   Ctrl-C stops"
# Returns when either ends (the server failing to bind, say) or when a signal runs a trap.
wait -n "$server" "$scheduler" || true
