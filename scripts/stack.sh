#!/usr/bin/env bash
# The production stack on one machine, on loopback ports (the README's "Reference deployment"):
#   scripts/stack.sh start|stop|status|env
#   scripts/stack.sh manage ARGS...        manage.py with the app servers' environment
#   scripts/stack.sh down|up COMPONENT     stop (SIGKILL, as a crash would) / start one component:
#                                          es1 es2 es3 app-a app-b redis nginx
#   scripts/stack.sh backup DIR | restore DIR   pg_dump plus the bucket / load them into the
#                                          running stack (then `manage search_index rebuild`)
#   STACK_RESTORE_FROM=DIR scripts/stack.sh start   a fresh stack from a backup (no demo content;
#                                          the search index is rebuilt from the restored pages)
#
# PostgreSQL (scripts/postgres.sh), Redis (a pure cache: no persistence), a three-node
# Elasticsearch cluster from scripts/elasticsearch.sh's zip (run as an unprivileged user),
# S3Proxy on the filesystem with a media bucket, two gunicorn app servers (production settings,
# gunicorn.conf.py), nginx in front, and the minute job looping on app server A's machine.
# Everything lives in STACK_DIR; `stop` stops every process it started and deletes STACK_DIR.
# Ports: the STACK_*_PORT variables below. Needs the Debian packages postgresql, redis-server,
# nginx, maven, unzip, curl, default-jre-headless (Java 17) and gettext-base (envsubst).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

STACK_DIR="${STACK_DIR:-/var/tmp/laocai-portal-stack}"
PG_PORT="${STACK_PG_PORT:-55432}"
REDIS_PORT="${STACK_REDIS_PORT:-56379}"
ES_HTTP_PORTS=(59201 59202 59203)
ES_TRANSPORT_PORTS=(59301 59302 59303)
S3_PORT="${STACK_S3_PORT:-58081}"
APP_A_PORT="${STACK_APP_A_PORT:-58001}"
APP_B_PORT="${STACK_APP_B_PORT:-58002}"
NGINX_PORT="${STACK_NGINX_PORT:-58080}"
PROXY_TIMEOUT="${STACK_PROXY_TIMEOUT:-30s}"
S3PROXY_VERSION=2.6.0
S3PROXY_ARTIFACT="org.gaul:s3proxy:${S3PROXY_VERSION}:jar:jar-with-dependencies"
S3PROXY_CACHE="${HOME:-/tmp}/.cache/laocai-portal/s3proxy"
JAVA="${STACK_JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}"
ES_USER="${ES_USER:-esrunner}"
ES_HEAP="${STACK_ES_HEAP:-384m}"
BUCKET=portal-media
S3_IDENTITY=portal-stack
S3_CREDENTIAL=portal-stack-secret
PY="$ROOT/.venv/bin/python"
RUN="$STACK_DIR/run"
LOG="$STACK_DIR/log"
ES_NODES=(es1 es2 es3)
IS_ROOT=0; [[ $(id -u) -eq 0 ]] && IS_ROOT=1

log() { echo "[stack] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

pg() { PG_PORT="$PG_PORT" PG_DATA_DIR="$STACK_DIR/pg" scripts/postgres.sh "$@"; }

es_urls() {
  local port urls=()
  for port in "${ES_HTTP_PORTS[@]}"; do urls+=("http://127.0.0.1:$port"); done
  (IFS=,; echo "${urls[*]}")
}

# The environment of every app process; `env` prints it as export lines.
stack_env() {
  [[ -s "$STACK_DIR/secret" ]] || die "the stack is not started ($STACK_DIR/secret missing): scripts/stack.sh start"
  cat <<EOF
export DJANGO_SETTINGS_MODULE=portal.settings.production
export SECRET_KEY=$(cat "$STACK_DIR/secret")
export ALLOWED_HOSTS=127.0.0.1,localhost
export CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$NGINX_PORT
export SECURE_SSL_REDIRECT=false
export PORTAL_TRUSTED_PROXIES=1
export DATABASE_URL=postgres://portal:portal@127.0.0.1:$PG_PORT/portal
export REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
export ELASTICSEARCH_URL=$(es_urls)
export ELASTICSEARCH_REPLICAS=1
export AWS_STORAGE_BUCKET_NAME=$BUCKET
export AWS_S3_ENDPOINT_URL=http://127.0.0.1:$S3_PORT
export AWS_S3_REGION_NAME=us-east-1
export AWS_ACCESS_KEY_ID=$S3_IDENTITY
export AWS_SECRET_ACCESS_KEY=$S3_CREDENTIAL
export AWS_DEFAULT_ACL=public-read
export AWS_S3_CUSTOM_DOMAIN=127.0.0.1:$NGINX_PORT/media
export AWS_S3_URL_PROTOCOL=http:
export STATIC_ROOT=$STACK_DIR/static
export MEDIA_ROOT=$STACK_DIR/no-local-media
export EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
export PORTAL_BASE_URL=http://127.0.0.1:$NGINX_PORT
export WAGTAILADMIN_BASE_URL=http://127.0.0.1:$NGINX_PORT
export PORTAL_URL=http://127.0.0.1:$NGINX_PORT
export PORTAL_APP_URLS="http://127.0.0.1:$APP_A_PORT http://127.0.0.1:$APP_B_PORT"
export STACK_DIR=$STACK_DIR
EOF
}

with_env() { (eval "$(stack_env)"; "$@"); }
manage() { with_env "$PY" manage.py "$@"; }

# pid in a pidfile, if that process is alive
live_pid() {
  local pid
  [[ -s "$1" ]] || return 1
  pid=$(cat "$1")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2 deadline; shift 2
  deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    (( SECONDS < deadline )) || die "$what did not come up within $seconds s (logs: $LOG)"
    sleep 0.5
  done
}

http_ok() { curl -sf -m 3 -o /dev/null "$1"; }

# ---- Redis: a pure cache, nothing saved to disk, so a Redis that comes back is empty ----
start_redis() {
  live_pid "$RUN/redis.pid" >/dev/null && return 0
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --pidfile "$RUN/redis.pid" \
    --logfile "$LOG/redis.log" --dir "$STACK_DIR/redis" --save "" --appendonly no \
    --maxmemory 256mb --maxmemory-policy allkeys-lru
  wait_for 20 Redis redis-cli -p "$REDIS_PORT" ping
}

# ---- Elasticsearch: three master-eligible data nodes ----
es_home() { ES_USER="$ES_USER" scripts/elasticsearch.sh fetch; }

start_es_node() {  # start_es_node INDEX (0..2), daemonized; returns when the node process is up
  local i=$1 name=${ES_NODES[$1]} home node seeds masters; local -a run_as=()
  node="$STACK_DIR/es/$name"
  live_pid "$node/es.pid" >/dev/null && return 0
  home=$(cat "$STACK_DIR/es/home")
  seeds=$(IFS=,; printf '127.0.0.1:%s\n' "${ES_TRANSPORT_PORTS[@]}" | paste -sd,)
  masters=$(IFS=,; echo "${ES_NODES[*]}")
  mkdir -p "$node/data" "$node/logs" "$node/tmp"
  [[ -d "$node/config" ]] || cp -r "$home/config" "$node/config"
  if [[ $IS_ROOT -eq 1 ]]; then chown -R "$ES_USER:" "$node"; run_as=(runuser -u "$ES_USER" --); fi
  local -a opts=(-E "cluster.name=laocai-portal-stack" -E "node.name=$name" -E network.host=127.0.0.1
    -E "http.port=${ES_HTTP_PORTS[$i]}" -E "transport.port=${ES_TRANSPORT_PORTS[$i]}"
    -E "discovery.seed_hosts=$seeds" -E "cluster.initial_master_nodes=$masters"
    -E "path.data=$node/data" -E "path.logs=$node/logs"
    -E cluster.routing.allocation.disk.threshold_enabled=false)
  [[ -d "$home/modules/x-pack-security" ]] && opts+=(-E xpack.security.enabled=false)
  (cd "$node/logs" && timeout 180 "${run_as[@]}" env ES_JAVA_HOME="$(dirname "$(dirname "$JAVA")")" \
      ES_PATH_CONF="$node/config" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" ES_TMPDIR="$node/tmp" \
      "$home/bin/elasticsearch" -d -p "$node/es.pid" "${opts[@]}" </dev/null >"$node/logs/startup.out" 2>&1) \
    || { tail -n 20 "$node/logs/startup.out" >&2; die "Elasticsearch node $name failed to start"; }
}

es_health() { curl -sf -m 5 "http://127.0.0.1:${ES_HTTP_PORTS[0]}/_cluster/health?wait_for_nodes=3&wait_for_status=${1:-yellow}&timeout=2s" | grep -q '"timed_out":false'; }

start_es() {
  local i pids=()
  if [[ ! -s "$STACK_DIR/es/home" ]]; then
    mkdir -p "$STACK_DIR/es"; es_home >"$STACK_DIR/es/home"
  fi
  if [[ $IS_ROOT -eq 1 ]] && ! id "$ES_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER"
  fi
  for i in 0 1 2; do start_es_node "$i" & pids+=($!); done
  for i in "${pids[@]}"; do wait "$i" || die "an Elasticsearch node failed to start"; done
  wait_for 180 "the Elasticsearch cluster (3 nodes)" es_health yellow
}

# ---- S3Proxy: S3 API over a directory, one bucket for media ----
s3proxy_jar() {
  local jar="$S3PROXY_CACHE/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar" tmp
  if [[ ! -s "$jar" ]]; then
    command -v mvn >/dev/null || die "mvn not found (apt-get install -y maven)"
    log "downloading $S3PROXY_ARTIFACT from Maven Central"
    mkdir -p "$S3PROXY_CACHE"; tmp="$S3PROXY_CACHE/download.tmp"; rm -rf "$tmp"; mkdir -p "$tmp"
    (cd "$tmp" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
        -Dartifact="$S3PROXY_ARTIFACT" -DoutputDirectory="$tmp" >&2) || die "mvn could not fetch $S3PROXY_ARTIFACT"
    mv "$tmp/$(basename "$jar")" "$jar"; rm -rf "$tmp"
  fi
  echo "$jar"
}

start_s3() {
  live_pid "$RUN/s3proxy.pid" >/dev/null && return 0
  local jar; jar=$(s3proxy_jar)
  mkdir -p "$STACK_DIR/s3/data"
  cat >"$STACK_DIR/s3/s3proxy.conf" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_IDENTITY
s3proxy.credential=$S3_CREDENTIAL
jclouds.provider=filesystem
jclouds.filesystem.basedir=$STACK_DIR/s3/data
EOF
  nohup "$JAVA" -Xmx256m -jar "$jar" --properties "$STACK_DIR/s3/s3proxy.conf" >"$LOG/s3proxy.log" 2>&1 &
  echo $! >"$RUN/s3proxy.pid"
  # Unsigned requests get 403 once it listens.
  wait_for 60 S3Proxy bash -c "curl -s -m 2 -o /dev/null -w '%{http_code}' http://127.0.0.1:$S3_PORT/ | grep -q 403"
}

create_bucket() {
  with_env "$PY" - <<'EOF'
import os

import boto3
from botocore.config import Config

s3 = boto3.client(
    "s3",
    endpoint_url=os.environ["AWS_S3_ENDPOINT_URL"],
    region_name=os.environ["AWS_S3_REGION_NAME"],
    config=Config(request_checksum_calculation="when_required", response_checksum_validation="when_required"),
)
names = [bucket["Name"] for bucket in s3.list_buckets()["Buckets"]]
if os.environ["AWS_STORAGE_BUCKET_NAME"] not in names:
    s3.create_bucket(Bucket=os.environ["AWS_STORAGE_BUCKET_NAME"])
EOF
}

# ---- app servers ----
app_port() { case "$1" in app-a) echo "$APP_A_PORT" ;; app-b) echo "$APP_B_PORT" ;; *) die "no app server $1" ;; esac; }

start_app() {
  local name=$1 port; port=$(app_port "$1")
  live_pid "$RUN/$name.pid" >/dev/null && return 0
  with_env env WEB_CONCURRENCY="${STACK_APP_WORKERS:-2}" "$ROOT/.venv/bin/gunicorn" -c "$ROOT/gunicorn.conf.py" \
    --bind "127.0.0.1:$port" --pid "$RUN/$name.pid" --daemon --error-logfile "$LOG/$name.log" \
    --name "laocai-portal-$name" portal.wsgi
  wait_for 60 "app server $name" http_ok "http://127.0.0.1:$port/"
}

# ---- nginx ----
start_nginx() {
  live_pid "$RUN/nginx.pid" >/dev/null && return 0
  mkdir -p "$STACK_DIR/nginx/tmp" "$STACK_DIR/nginx/cache" "$STACK_DIR/nginx/html"
  cp deploy/nginx/50x.html "$STACK_DIR/nginx/html/"
  local user=""
  if [[ $IS_ROOT -eq 1 ]]; then
    user="user www-data;"; chown -R www-data: "$STACK_DIR/nginx/tmp" "$STACK_DIR/nginx/cache"
  fi
  STACK_DIR="$STACK_DIR" NGINX_USER="$user" NGINX_PORT="$NGINX_PORT" PROXY_TIMEOUT="$PROXY_TIMEOUT" \
    APP_A_ADDR="127.0.0.1:$APP_A_PORT" APP_B_ADDR="127.0.0.1:$APP_B_PORT" S3_ADDR="127.0.0.1:$S3_PORT" \
    AWS_STORAGE_BUCKET_NAME="$BUCKET" \
    envsubst '${STACK_DIR} ${NGINX_USER} ${NGINX_PORT} ${PROXY_TIMEOUT} ${APP_A_ADDR} ${APP_B_ADDR} ${S3_ADDR} ${AWS_STORAGE_BUCKET_NAME}' \
    <deploy/nginx/portal.conf.template >"$STACK_DIR/nginx/nginx.conf"
  nginx -q -t -c "$STACK_DIR/nginx/nginx.conf" -e "$LOG/nginx-error.log" || die "nginx refuses its configuration"
  nginx -c "$STACK_DIR/nginx/nginx.conf" -e "$LOG/nginx-error.log"
  wait_for 20 nginx http_ok "http://127.0.0.1:$NGINX_PORT/"
}

# ---- the minute job, on app server A's machine only (scripts/minute-job.sh holds the lock) ----
start_minute_job() {
  live_pid "$RUN/minute-job.pid" >/dev/null && return 0
  # exec: the pid written is the loop's own, so `stop` ends the loop and not just a subshell.
  (eval "$(stack_env)"; export MINUTE_JOB_LOCK="$RUN/minute-job.lock"
   exec nohup bash -c 'while sleep 60; do scripts/minute-job.sh; done') >>"$LOG/minute-job.log" 2>&1 &
  echo $! >"$RUN/minute-job.pid"
}

stop_minute_job() {  # the loop, then wait for a run in progress to finish (it holds the lock)
  stop_pidfile "$RUN/minute-job.pid"
  if [[ -e "$RUN/minute-job.lock" ]]; then flock -w 120 "$RUN/minute-job.lock" true || true; fi
}

start() {
  local started=$SECONDS
  command -v redis-server >/dev/null || die "redis-server not found (apt-get install -y redis-server)"
  command -v nginx >/dev/null || die "nginx not found (apt-get install -y nginx)"
  command -v envsubst >/dev/null || die "envsubst not found (apt-get install -y gettext-base)"
  [[ -x "$JAVA" ]] || die "no Java 17 at $JAVA (apt-get install -y openjdk-17-jre-headless)"
  [[ -x "$PY" ]] || die "no virtualenv: run make install first"
  mkdir -p "$STACK_DIR" "$RUN" "$LOG" "$STACK_DIR/redis" "$STACK_DIR/no-local-media"
  chmod 755 "$STACK_DIR"
  [[ -s "$STACK_DIR/secret" ]] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(48))' >"$STACK_DIR/secret"
  # Elasticsearch takes longest to boot: its nodes start while the rest comes up.
  log "Elasticsearch cluster on ${ES_HTTP_PORTS[*]}"
  start_es & local es_started=$!
  log "PostgreSQL on $PG_PORT, Redis on $REDIS_PORT, S3Proxy on $S3_PORT"
  pg start
  start_redis
  start_s3
  wait "$es_started" || die "the Elasticsearch cluster did not start"
  create_bucket
  if [[ -n "${STACK_RESTORE_FROM:-}" && ! -e "$STACK_DIR/installed" ]]; then
    log "collectstatic, the backup in $STACK_RESTORE_FROM, search_index rebuild"
    manage collectstatic --noinput >"$LOG/install.log" 2>&1
    restore_data "$STACK_RESTORE_FROM"
    manage search_index rebuild >>"$LOG/install.log" 2>&1 || { tail -n 30 "$LOG/install.log" >&2; die "install failed"; }
    touch "$STACK_DIR/installed"
  fi
  if [[ ! -e "$STACK_DIR/installed" ]]; then
    log "migrate, collectstatic, setup_portal, search_index rebuild (once)"
    manage migrate --noinput >"$LOG/install.log" 2>&1
    manage collectstatic --noinput >>"$LOG/install.log" 2>&1
    manage setup_portal >>"$LOG/install.log" 2>&1
    manage search_index rebuild >>"$LOG/install.log" 2>&1 || { tail -n 30 "$LOG/install.log" >&2; die "install failed"; }
    touch "$STACK_DIR/installed"
  fi
  log "app servers on $APP_A_PORT and $APP_B_PORT, nginx on $NGINX_PORT"
  start_app app-a
  start_app app-b
  start_nginx
  start_minute_job
  wait_for 120 "the Elasticsearch cluster (green)" es_health green
  log "up in $((SECONDS - started)) s: http://127.0.0.1:$NGINX_PORT/  (eval \"\$(scripts/stack.sh env)\" for a shell)"
}

stop_pidfile() {  # stop_pidfile FILE [SIGNAL]: signal the process, wait up to 60 s, then SIGKILL
  local pid
  pid=$(live_pid "$1") || { rm -f "$1"; return 0; }
  kill "-${2:-TERM}" "$pid" 2>/dev/null || true
  for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$1"
}

stop_app() {  # the master and its workers: a crash (KILL) must not leave workers serving
  local pid workers
  pid=$(live_pid "$RUN/$1.pid") || { rm -f "$RUN/$1.pid"; return 0; }
  workers=$(pgrep -P "$pid" || true)
  kill "-${2:-TERM}" "$pid" 2>/dev/null || true
  [[ "${2:-TERM}" == KILL && -n "$workers" ]] && kill -KILL $workers 2>/dev/null || true
  stop_pidfile "$RUN/$1.pid"
  for pid in $workers; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
}

stop() {
  local node
  if [[ ! -d "$STACK_DIR" ]]; then log "nothing to stop ($STACK_DIR does not exist)"; return 0; fi
  stop_minute_job
  if live_pid "$RUN/nginx.pid" >/dev/null; then nginx -c "$STACK_DIR/nginx/nginx.conf" -e "$LOG/nginx-error.log" -s quit || true; fi
  stop_pidfile "$RUN/nginx.pid"
  # Everything at once: each waits for its own processes to end.
  local -a stopping=()
  stop_app app-a & stopping+=($!)
  stop_app app-b & stopping+=($!)
  for node in "${ES_NODES[@]}"; do stop_pidfile "$STACK_DIR/es/$node/es.pid" & stopping+=($!); done
  stop_pidfile "$RUN/s3proxy.pid" & stopping+=($!)
  stop_pidfile "$RUN/redis.pid" & stopping+=($!)
  pg stop & stopping+=($!)
  wait "${stopping[@]}" || true
  rm -rf "$STACK_DIR"
  log "stopped; removed $STACK_DIR"
}

component_down() {
  case "$1" in
    es1|es2|es3) stop_pidfile "$STACK_DIR/es/$1/es.pid" KILL ;;
    app-a|app-b) stop_app "$1" KILL ;;
    redis) stop_pidfile "$RUN/redis.pid" KILL ;;
    nginx) stop_pidfile "$RUN/nginx.pid" ;;
    *) die "unknown component $1 (es1 es2 es3 app-a app-b redis nginx)" ;;
  esac
}

component_up() {
  case "$1" in
    es1) start_es_node 0 ;; es2) start_es_node 1 ;; es3) start_es_node 2 ;;
    app-a|app-b) start_app "$1" ;;
    redis) start_redis ;;
    nginx) start_nginx ;;
    *) die "unknown component $1 (es1 es2 es3 app-a app-b redis nginx)" ;;
  esac
}

status() {
  local bad=0 node
  check() { if "${@:2}" >/dev/null 2>&1; then log "up    $1"; else log "DOWN  $1"; bad=1; fi; }
  check "PostgreSQL 127.0.0.1:$PG_PORT" pg status
  check "Redis 127.0.0.1:$REDIS_PORT" redis-cli -p "$REDIS_PORT" ping
  check "Elasticsearch cluster green (${ES_HTTP_PORTS[*]})" es_health green
  check "S3Proxy 127.0.0.1:$S3_PORT" live_pid "$RUN/s3proxy.pid"
  check "app server A 127.0.0.1:$APP_A_PORT" http_ok "http://127.0.0.1:$APP_A_PORT/"
  check "app server B 127.0.0.1:$APP_B_PORT" http_ok "http://127.0.0.1:$APP_B_PORT/"
  check "nginx 127.0.0.1:$NGINX_PORT" http_ok "http://127.0.0.1:$NGINX_PORT/"
  check "minute job" live_pid "$RUN/minute-job.pid"
  return $bad
}

backup() {
  local dir=${1:?usage: stack.sh backup DIR}
  mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
  pg_dump --format=custom --no-owner --file="$dir/portal.dump" "$(pg url)"
  rm -rf "$dir/bucket"; cp -a "$STACK_DIR/s3/data/$BUCKET" "$dir/bucket"
  log "backup in $dir: portal.dump and bucket/"
}

# The database and the bucket from a backup; the shared cache emptied (it may describe other data).
restore_data() {
  local dir=${1:?usage: stack.sh restore DIR}
  [[ -s "$dir/portal.dump" && -d "$dir/bucket" ]] || die "$dir holds no backup (portal.dump, bucket/)"
  PGPASSWORD=portal psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal -d postgres \
    -c "DROP DATABASE portal WITH (FORCE)" -c "CREATE DATABASE portal"
  pg_restore --no-owner --exit-on-error -d "$(pg url)" "$dir/portal.dump"
  rm -rf "$STACK_DIR/s3/data/$BUCKET"; cp -a "$dir/bucket" "$STACK_DIR/s3/data/$BUCKET"
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
}

restore() {
  stop_minute_job
  restore_data "${1:-}"
  start_minute_job
  log "restored from $dir; the search index is rebuilt with: scripts/stack.sh manage search_index rebuild"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) stack_env ;;
  manage) shift; manage "$@" ;;
  down) component_down "${2:?component}" ;;
  up) component_up "${2:?component}" ;;
  backup) backup "${2:-}" ;;
  restore) restore "${2:-}" ;;
  *) echo "usage: $0 start|stop|status|env|manage ARGS|down COMPONENT|up COMPONENT|backup DIR|restore DIR" >&2; exit 2 ;;
esac
