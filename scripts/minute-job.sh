#!/usr/bin/env bash
# The portal's minute job: scheduled pages go live or expire, the search outbox drains, overdue reviews
# are escalated, review-by reminders go out, and newly published texts get their speech audio.
#
# Run it every minute on ONE machine only, with the production environment, e.g. cron:
#   * * * * * cd /srv/portal && . /etc/portal/env && scripts/minute-job.sh >>/var/log/portal/minute-job.log 2>&1
# A lock file makes overlapping runs impossible: when the previous run is still going (a slow
# Elasticsearch, a large outbox), this run exits at once and the next minute catches up.
# Env: MINUTE_JOB_LOCK (default /tmp/laocai-portal-minute-job.lock), PYTHON (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/.."
LOCK="${MINUTE_JOB_LOCK:-/tmp/laocai-portal-minute-job.lock}"
PYTHON="${PYTHON:-.venv/bin/python}"

exec 9>>"$LOCK"
if ! flock -n 9; then
  echo "[minute-job] $(date -Is) previous run still going; skipped" >&2
  exit 0
fi
status=0
"$PYTHON" manage.py publish_scheduled || status=$?
# The outbox drains even when publishing failed: a search change must not wait a minute more.
"$PYTHON" manage.py search_index sync || status=$?
# The board's clocks: overdue review steps (editor-in-chief, once) and pages past their review-by date.
"$PYTHON" manage.py escalate_reviews --verbosity 0 || status=$?
"$PYTHON" manage.py remind_reviews --verbosity 0 || status=$?
# "Nghe bài viết": speech for newly published texts (bounded to the minute by its own budget).
"$PYTHON" manage.py make_speech --verbosity 0 || status=$?
exit "$status"
