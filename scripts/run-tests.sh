#!/usr/bin/env bash
# `make test`: installs what the suite needs, starts its own Elasticsearch, runs pytest, stops it.
#
#   scripts/run-tests.sh [pytest args]      e.g. scripts/run-tests.sh tests/news -x
#   scripts/run-tests.sh --run COMMAND...   the same services around another command (make mutation)
#
# Never touches a server it did not start. Without ELASTICSEARCH_URL it starts Elasticsearch on
# a free port (ES_PORT to choose one) with its own data directory (scripts/elasticsearch.sh keys
# its state by port), exports TEST_ES_MANAGED=1 and ES_PORT so the tests that stop the server
# know they may, and stops it afterwards. With ELASTICSEARCH_URL set, that server is used as it
# is and the tests that would stop it are skipped, saying so.
# INSTALL_DEPS=0 skips scripts/install-deps.sh (e.g. on a machine without root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

[[ "${INSTALL_DEPS:-1}" == 0 ]] || scripts/install-deps.sh

free_port() {
  .venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

started_es=""
cleanup() { if [[ -n "$started_es" ]]; then ES_PORT="$started_es" scripts/elasticsearch.sh stop || true; fi; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -n "${ELASTICSEARCH_URL:-}" ]]; then
  echo "[test] using ELASTICSEARCH_URL=$ELASTICSEARCH_URL as it is; tests that stop the server are skipped" >&2
  export TEST_ES_MANAGED=0
else
  ES_PORT="${ES_PORT:-$(free_port)}"
  export ES_PORT
  if ES_PORT="$ES_PORT" scripts/elasticsearch.sh status >/dev/null 2>&1; then
    echo "[test] something already answers on port $ES_PORT; not ours, so pick another ES_PORT" >&2
    exit 1
  fi
  started_es="$ES_PORT"
  scripts/elasticsearch.sh start
  ELASTICSEARCH_URL=$(scripts/elasticsearch.sh url)
  export ELASTICSEARCH_URL TEST_ES_MANAGED=1
fi

export DJANGO_SETTINGS_MODULE=portal.settings.test
if [[ "${1:-}" == --run ]]; then
  shift
  "$@"
else
  .venv/bin/python -m pytest "$@"
fi
