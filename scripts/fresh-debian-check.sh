#!/usr/bin/env bash
# Does `make test` pass on a fresh Debian 12 that has nothing but Python and git? This builds one in
# a chroot and tries, from a clean clone of the current commit, as a new developer would:
#
#   scripts/fresh-debian-check.sh            # as root (debootstrap and chroot need it)
#   scripts/fresh-debian-check.sh --user     # the same as a user with sudo instead of root
#   FRESH_REF=some-branch scripts/fresh-debian-check.sh
#   FRESH_TEST_ARGS="tests/search -x" scripts/fresh-debian-check.sh --user   # part of the suite only
#
# What "fresh" means here: debootstrap's minbase bookworm plus python3, git and ca-certificates,
# nothing else (no make, no python3-venv, no compiler). Inside, it runs the README's first steps:
#   git clone … portal && cd portal && (command -v make || scripts/install-deps.sh) && make test
# so everything else must be installed by the project's own scripts.
#
# FRESH_ROOT (default /var/tmp/laocai-fresh-debian) holds base/, made once and kept, and run/, a copy
# of base/ made anew for every check so each starts from the same bare machine. FRESH_MIRROR picks
# the Debian mirror. The chroot shares this machine's network (the suite uses free ports) but has
# its own /tmp, /var and packages; policy-rc.d stops package scripts starting their services, as a
# container would. Slow (a first run downloads about 1 GB and takes 30-60 minutes); not run by CI.
# Needs root and debootstrap (apt-get install debootstrap).
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT="${FRESH_ROOT:-/var/tmp/laocai-fresh-debian}"
MIRROR="${FRESH_MIRROR:-http://deb.debian.org/debian}"
REF="${FRESH_REF:-HEAD}"
FRESH_TEST_ARGS="${FRESH_TEST_ARGS:-}"
AS_USER=0
[[ "${1:-}" == --user ]] && AS_USER=1
BASE="$ROOT/base" RUN="${FRESH_RUN:-$ROOT/run}"   # FRESH_RUN: another copy, to run two checks at once

log() { echo "[fresh-debian] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || die "debootstrap not found (apt-get install debootstrap)"

mounted=()
mount_into() {  # mount_into DIR: the kernel file systems a chroot needs, unmounted on exit
  local dir=$1
  # The root a mount point of its own, as on a real machine: Java (Elasticsearch's node lock) looks
  # its data directory's file system up in /proc/self/mountinfo, and fails without one.
  mount --bind "$dir" "$dir" && mounted+=("$dir")
  mount -t proc proc "$dir/proc" && mounted+=("$dir/proc")
  mount -t sysfs sys "$dir/sys" && mounted+=("$dir/sys")
  mount --bind /dev "$dir/dev" && mounted+=("$dir/dev")
  mount -t devpts -o newinstance,ptmxmode=0666 devpts "$dir/dev/pts" && mounted+=("$dir/dev/pts")
  mount -t tmpfs -o mode=1777 shm "$dir/dev/shm" && mounted+=("$dir/dev/shm")
  cp /etc/resolv.conf /etc/hosts "$dir/etc/"   # the hosts file names this machine, as sudo wants
}

# Stop whatever the chroot started (Elasticsearch, chromium, PostgreSQL) and unmount, newest first.
cleanup() {
  local pid i
  for pid in /proc/[0-9]*; do
    [[ "$(readlink "$pid/root" 2>/dev/null)" == "$RUN" || "$(readlink "$pid/root" 2>/dev/null)" == "$BASE" ]] \
      && kill "${pid#/proc/}" 2>/dev/null || true
  done
  sleep 2
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || log "could not unmount ${mounted[i]}"
  done
  mounted=()
}
trap cleanup EXIT

in_chroot() { chroot "$1" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 TERM=dumb "${@:2}"; }

if [[ ! -f "$BASE/.ready" ]]; then
  if [[ ! -x "$BASE/usr/bin/apt-get" || -d "$BASE/debootstrap" ]]; then  # none, or a debootstrap cut short
    log "debootstrap minbase bookworm into $BASE ($MIRROR)"
    rm -rf "$BASE"; mkdir -p "$ROOT"
    debootstrap --variant=minbase bookworm "$BASE" "$MIRROR" >"$ROOT/debootstrap.log" 2>&1 \
      || { tail -n 20 "$ROOT/debootstrap.log" >&2; die "debootstrap failed"; }
  fi
  # What a Debian 12 install has: the updates and security suites too.
  security="${MIRROR%/debian}/debian-security"
  cat >"$BASE/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb $security bookworm-security main
EOF
  printf '#!/bin/sh\nexit 101\n' >"$BASE/usr/sbin/policy-rc.d"; chmod +x "$BASE/usr/sbin/policy-rc.d"
  mount_into "$BASE"
  in_chroot "$BASE" apt-get -q update >/dev/null
  in_chroot "$BASE" env DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends \
    python3 git ca-certificates >/dev/null
  in_chroot "$BASE" apt-get clean
  cleanup
  touch "$BASE/.ready"
fi

log "fresh copy of the base machine in $RUN"
rm -rf "$RUN"
cp -a "$BASE" "$RUN"
mount_into "$RUN"
# The local CAs this machine trusts (a network that inspects TLS needs them; any machine on it would
# have them): without them pip and mvn fail on a certificate, which says nothing about the project.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$RUN/usr/local/share/ca-certificates/"
  in_chroot "$RUN" update-ca-certificates >/dev/null 2>&1
fi
git bundle create "$RUN/portal.bundle" "$REF" >/dev/null 2>&1 || die "git bundle of $REF failed"

script='git -c advice.detachedHead=false clone -q /portal.bundle portal && cd portal && git log --oneline -1 &&
  { command -v make >/dev/null || scripts/install-deps.sh; } && time make test ARGS='"$(printf %q "$FRESH_TEST_ARGS")"
if (( AS_USER )); then
  # A developer with sudo: the base machine has no sudo, so this check adds it and the user.
  in_chroot "$RUN" env DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends sudo >/dev/null
  in_chroot "$RUN" useradd --create-home --shell /bin/bash dev
  echo 'dev ALL=(ALL) NOPASSWD: ALL' >"$RUN/etc/sudoers.d/dev"
  log "as user dev (with sudo): $script"
  chroot "$RUN" /usr/sbin/runuser -l dev -c "cd ~ && $script"
else
  log "as root: $script"
  in_chroot "$RUN" bash -c "cd /root && $script"
fi
log "make test passed on a fresh Debian 12"
