#!/usr/bin/env bash
# `make run`: the development server, with Wagtail's scheduled publishing every minute beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
(
  while sleep 60; do .venv/bin/python manage.py publish_scheduled >/dev/null 2>&1 || true; done
) &
scheduler=$!
trap 'kill $scheduler 2>/dev/null || true' EXIT INT TERM
.venv/bin/python manage.py runserver "$host:$port"
