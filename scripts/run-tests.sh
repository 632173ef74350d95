#!/usr/bin/env bash
# `make test`: installs and starts what the suite needs, runs pytest, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "[test] installing Debian's chromium for the browser tests" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  else
    sudo apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  fi
fi

started_es=""
cleanup() { if [ -n "$started_es" ]; then scripts/elasticsearch.sh stop || true; fi; }
trap cleanup EXIT
if [ -z "${ELASTICSEARCH_URL:-}" ]; then
  if ! scripts/elasticsearch.sh status >/dev/null 2>&1; then
    scripts/elasticsearch.sh start
    started_es=1
  fi
  ELASTICSEARCH_URL=$(scripts/elasticsearch.sh url)
  export ELASTICSEARCH_URL
fi

export DJANGO_SETTINGS_MODULE=portal.settings.test
.venv/bin/python -m pytest "$@"
