#!/usr/bin/env bash
# The Debian/Ubuntu packages `make test` and `.ci/run` need, installed only when missing:
#   scripts/install-deps.sh            # check, install what is missing (as root or through sudo)
#   scripts/install-deps.sh --check    # only report what is missing; exit 1 if anything is
#   scripts/install-deps.sh --venv PY  # only what `PY -m venv` lacks (the Makefile's .venv rule)
#
# One list for both callers (scripts/run-tests.sh and .ci/run), so they cannot drift. A warm
# machine pays one `dpkg -s` per package and no apt call at all. apt waits up to five minutes
# for a lock held by another apt (unattended-upgrades, a second helper) instead of failing.
#
# Why each package:
#   make                `make test` itself: a bare Debian has none, so on such a machine run this
#                       script first (README "Fresh machine")
#   pythonX.Y-venv      ensurepip for the interpreter that makes .venv (PYTHON, else python3): Debian
#                       and Ubuntu split it from python3, and without it `python3 -m venv` fails
#   chromium            the browser tests (Playwright drives Debian's /usr/bin/chromium)
#   a JDK 17+           Elasticsearch 8.x (scripts/elasticsearch.sh finds it, see find_java there)
#   maven, curl, unzip  fetching and unpacking the Elasticsearch zip from Maven Central
#   gettext             compilemessages
#   postgresql          the PostgreSQL pass of .ci/run (scripts/postgres.sh)
#   fonts-dejavu-core   Vietnamese glyphs in the pictures drawn by Pillow and in chromium
#   redis-server, nginx, espeak-ng, ffmpeg   the shared cache, the front server and the spoken
#                       versions of articles (coming issues); installed now so the list is one
#   wrk                 the HTTP load of `make bench` and bench/stack_bench.py
set -euo pipefail

PACKAGES=(make chromium maven curl unzip gettext postgresql fonts-dejavu-core
          redis-server nginx espeak-ng ffmpeg wrk)
JDK_PACKAGE=openjdk-17-jre-headless   # only when no Java 17+ is found at all

log() { echo "[install-deps] $*" >&2; }

check_only=0 venv_only=0
case "${1:-}" in
  --check) check_only=1 ;;
  --venv) venv_only=1 ;;
esac
PYTHON="${2:-${PYTHON:-python3}}"

# The package that gives PYTHON its ensurepip (python3.11-venv for Debian 12's python3), or nothing
# when venv already works or PYTHON is not there (the Makefile then says which Python to install).
venv_package() {
  local version
  "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1 && return 0
  version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || return 0
  echo "python$version-venv"
}

# A Java 17 or newer anywhere the usual tools put one (same search as scripts/elasticsearch.sh).
have_java17() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" $(update-alternatives --list java 2>/dev/null | sed 's#/bin/java$##') \
                   /usr/lib/jvm/*; do
    [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
    version=$("$candidate/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
    [[ "$version" =~ ^[0-9]+$ ]] && (( version >= 17 )) && return 0
  done
  return 1
}

installed() { dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'; }

if ! command -v dpkg >/dev/null || ! command -v apt-get >/dev/null; then
  log "not a Debian/Ubuntu machine: install these yourself: ${PACKAGES[*]} and a JDK 17+"
  exit 0
fi

missing=()
venv=$(venv_package)
[[ -n "$venv" ]] && missing+=("$venv")
if (( ! venv_only )); then
  for package in "${PACKAGES[@]}"; do installed "$package" || missing+=("$package"); done
  have_java17 || missing+=("$JDK_PACKAGE")
fi

# On Ubuntu, `chromium` is a transitional package whose binary is a snap: no /usr/bin/chromium
# that Playwright can drive headless as root. Say what to do rather than install a stub.
if [[ " ${missing[*]} " == *" chromium "* ]] && grep -qi '^ID=ubuntu' /etc/os-release 2>/dev/null; then
  missing=("${missing[@]/chromium}")
  if [[ ! -x /usr/bin/chromium ]]; then
    log "Ubuntu ships chromium as a snap, which the browser tests cannot drive. Either"
    log "  add Debian's chromium (e.g. the xtradeb PPA: add-apt-repository ppa:xtradeb/apps && apt-get install chromium),"
    log "  or install Google Chrome and link it: ln -s /usr/bin/google-chrome /usr/bin/chromium"
  fi
fi
read -r -a missing <<<"${missing[*]}"   # drop the blank left by the removal above

if (( ${#missing[@]} == 0 )); then
  exit 0
fi
if (( check_only )); then
  log "missing: ${missing[*]}"
  exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  log "need root or sudo to install: ${missing[*]}"
  exit 1
fi
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)

log "installing: ${missing[*]}"
"${apt[@]}" update >/dev/null
"${apt[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
# The Debian packages start their services; the suite starts its own on free ports instead.
log "done"
