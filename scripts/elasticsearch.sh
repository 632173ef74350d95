#!/usr/bin/env bash
# Throwaway single-node Elasticsearch for tests:  scripts/elasticsearch.sh start|stop|status|url|fetch
#
# Version: 8.19.21, the newest 8.19.x that Maven Central serves for
# org.elasticsearch.distribution.integ-test-zip:elasticsearch (checked 2026-11: maven-metadata.xml
# lists 8.19.0/.2/.4/.21 as latest; 8.19.22-8.19.26 answer 404). 8.x runs on the system Java 17.
# Java: ES_JAVA_HOME, else the oldest Java 17+ (21+ for a 9.x ES_VERSION) found by find_java.
# The integ-test zip ships only the modules apm, transport-netty4, x-pack-core, x-pack-security:
#  - xpack.security.enabled=false is accepted (set only when x-pack-security is present);
#  - no analysis-common: asciifolding, ngram/edge_ngram, the lowercase/whitespace/keyword tokenizers
#    and language analyzers do not exist. Analyzers standard/simple/whitespace/stop/keyword and the
#    standard tokenizer with lowercase/stop filters do;
#  - no rest-root module: GET / answers 405, so health is checked with /_cluster/health.
#
# stop wipes the port's state (data, logs), so every start gets an empty cluster; the zip and unpacked tree stay.
# Env: ES_VERSION, ES_PORT (9200), ES_HOME_CACHE (zip cache), ES_RUN_DIR (unpacked tree + data),
#      ES_JAVA_HOME, ES_JAVA_OPTS (-Xms512m -Xmx512m), ES_USER (esrunner, used when run as root).
# Needs curl, mvn (downloads from Maven Central only) and unzip (or python3).
set -euo pipefail

ES_VERSION="${ES_VERSION:-8.19.21}"
ES_PORT="${ES_PORT:-9200}"
CACHE="${ES_HOME_CACHE:-${HOME:-/tmp}/.cache/laocai-portal/elasticsearch}"
ES_USER="${ES_USER:-esrunner}"
ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
case "$ES_VERSION" in 9.*) JAVA_MIN=21 ;; *) JAVA_MIN=17 ;; esac

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }

# The oldest installed Java >= JAVA_MIN (the oldest is the one this ES release was tested on most),
# looked for where Debian and the usual installers put one: JAVA_HOME, update-alternatives, /usr/lib/jvm.
find_java() {
  local candidate major best="" best_major=999
  for candidate in "${JAVA_HOME:-}" $(update-alternatives --list java 2>/dev/null | sed 's#/bin/java$##') \
                   /usr/lib/jvm/* /opt/java/*; do
    [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
    major=$(java_major "$candidate")
    [[ "$major" =~ ^[0-9]+$ ]] && (( major >= JAVA_MIN && major < best_major )) || continue
    best=$candidate best_major=$major
  done
  [[ -n "$best" ]] && echo "$best"
}
ES_JAVA_HOME="${ES_JAVA_HOME:-$(find_java || true)}"
IS_ROOT=0; [[ $(id -u) -eq 0 ]] && IS_ROOT=1
# Root's $HOME is mode 700, so the unprivileged ES user gets its own tree outside it.
if [[ $IS_ROOT -eq 1 ]]; then RUN_ROOT="${ES_RUN_DIR:-/var/tmp/laocai-portal-elasticsearch}"
else RUN_ROOT="${ES_RUN_DIR:-$CACHE}"; fi
ES_HOME="$RUN_ROOT/elasticsearch-$ES_VERSION"
STATE="$RUN_ROOT/port-$ES_PORT"          # data/, logs/, tmp/, es.pid
PIDFILE="$STATE/es.pid"
URL="http://127.0.0.1:$ES_PORT"
CLUSTER=laocai-portal-test

log() { echo "[elasticsearch] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

healthy() { curl -sf -m 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" >/dev/null 2>&1; }

es_pid() {  # pid of the ES we started, if it is still alive
  local pid
  [[ -s "$PIDFILE" ]] || return 1
  pid=$(cat "$PIDFILE")
  [[ "$pid" =~ ^[0-9]+$ ]] && grep -qa org.elasticsearch "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

show_logs() {
  local f
  for f in "$STATE/logs/startup.out" "$STATE/logs/$CLUSTER.log"; do
    [[ -s "$f" ]] || continue
    log "---- tail of $f (stack frames omitted) ----"
    grep -vE '^\s+(at |\.\.\. [0-9]+ more)' "$f" | tail -n 25 >&2
  done
}

fetch_and_unpack() {
  local zip="$CACHE/elasticsearch-$ES_VERSION.zip" tmp
  mkdir -p "$CACHE" "$RUN_ROOT"
  if [[ ! -s "$zip" ]]; then
    command -v mvn >/dev/null || die "mvn not found (apt-get install -y maven)"
    log "downloading $ARTIFACT from Maven Central"
    tmp="$CACHE/download.tmp"; rm -rf "$tmp"; mkdir -p "$tmp"
    (cd "$tmp" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
        -Dartifact="$ARTIFACT" -DoutputDirectory="$tmp" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2) \
      || die "mvn could not fetch $ARTIFACT"
    mv "$tmp/elasticsearch-$ES_VERSION.zip" "$zip"; rm -rf "$tmp"
  fi
  if [[ ! -x "$ES_HOME/bin/elasticsearch" ]]; then
    log "unpacking $zip into $RUN_ROOT"
    tmp="$RUN_ROOT/unpack.tmp"; rm -rf "$tmp" "$ES_HOME"
    if command -v unzip >/dev/null; then unzip -q "$zip" -d "$tmp"
    else python3 -m zipfile -e "$zip" "$tmp" && chmod -R a+rX "$tmp" && chmod +x "$tmp"/*/bin/*; fi
    mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"; rm -rf "$tmp"
  fi
}

start() {
  if healthy; then log "already running and healthy at $URL"; return 0; fi
  command -v curl >/dev/null || die "curl not found (apt-get install -y curl)"
  [[ -n "$ES_JAVA_HOME" && -x "$ES_JAVA_HOME/bin/java" ]] \
    || die "no Java $JAVA_MIN+ found (JAVA_HOME, update-alternatives, /usr/lib/jvm): run scripts/install-deps.sh or set ES_JAVA_HOME"
  fetch_and_unpack
  mkdir -p "$STATE/data" "$STATE/logs" "$STATE/tmp"
  local pid deadline=$((SECONDS + 120)); local -a run_as=()
  if [[ $IS_ROOT -eq 1 ]]; then  # ES refuses to run as root
    if ! id "$ES_USER" >/dev/null 2>&1; then
      log "creating system user $ES_USER"
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER"
    fi
    chmod 755 "$RUN_ROOT"; chown -R "$ES_USER:" "$ES_HOME" "$STATE"
    run_as=(runuser -u "$ES_USER" --)
  fi
  local -a opts=(-E discovery.type=single-node -E network.host=127.0.0.1 -E "http.port=$ES_PORT"
    -E "path.data=$STATE/data" -E "path.logs=$STATE/logs" -E "cluster.name=$CLUSTER"
    -E cluster.routing.allocation.disk.threshold_enabled=false)
  [[ -d "$ES_HOME/modules/x-pack-security" ]] && opts+=(-E xpack.security.enabled=false)
  if pid=$(es_pid); then
    log "process $pid is already up, waiting for it"
  else
    rm -f "$PIDFILE"
    log "starting Elasticsearch $ES_VERSION on $URL (Java: $ES_JAVA_HOME)"
    # -d daemonizes; the CLI returns once the node has started (or failed). gc.log goes to the cwd.
    if ! (cd "$STATE/logs" && timeout 120 "${run_as[@]}" env ES_JAVA_HOME="$ES_JAVA_HOME" \
          ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms512m -Xmx512m}" ES_TMPDIR="$STATE/tmp" \
          "$ES_HOME/bin/elasticsearch" -d -p "$PIDFILE" "${opts[@]}" \
          </dev/null >"$STATE/logs/startup.out" 2>&1); then
      show_logs; die "Elasticsearch failed to start"
    fi
  fi
  until healthy; do
    if (( SECONDS >= deadline )) || ! es_pid >/dev/null; then
      show_logs; die "Elasticsearch did not become healthy at $URL"
    fi
    sleep 1
  done
  log "up at $URL (pid $(es_pid || echo '?'))"
}

stop() {
  local pid
  if ! pid=$(es_pid); then
    log "not running (no live process in $PIDFILE)"
    healthy && log "note: something else answers at $URL; not touching it"
    rm -rf "$STATE/data" 2>/dev/null || log "could not remove $STATE/data"
    return 0
  fi
  log "stopping pid $pid"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then log "still alive after 60 s, killing"; kill -9 "$pid" || true; sleep 1; fi
  # Throwaway: every start gets an empty cluster, and a run on a free port leaves no directory behind.
  rm -rf "$STATE"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if healthy; then log "healthy at $URL"; else log "not running at $URL"; exit 1; fi ;;
  url) echo "$URL" ;;
  fetch) fetch_and_unpack; echo "$ES_HOME" ;;  # for scripts/stack.sh's cluster: the same zip and tree
  *) echo "usage: $0 start|stop|status|url|fetch" >&2; exit 2 ;;
esac
