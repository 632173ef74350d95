"""Page and search figures of the reference deployment: nginx with two app servers, then with one.

Runs against the stack of `scripts/stack.sh start` (`make stack`), in one run: wrk
(`-t2 -c16 --latency`) through nginx on a static file (the baseline), the home page, a topic
listing and an article (each micro-cached, and rendered afresh: a session cookie makes both
nginx and the app's page cache step aside), the search page and the search API. Then app
server B is stopped and the same URLs are measured through nginx with A alone; B is started
again at the end. Prints one table.

    .venv/bin/python bench/stack_bench.py [--duration 10]

Needs wrk (Debian package `wrk`).
"""

import argparse
import re
import shlex
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import load

ROOT = Path(__file__).resolve().parent.parent
STACK = str(ROOT / "scripts" / "stack.sh")
UNCACHED = ["-H", "Cookie: sessionid=bench-uncached"]


def stack_env():
    done = subprocess.run([STACK, "env"], capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit("The stack is not running: make stack")
    env = {}
    for line in done.stdout.splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        env[name] = shlex.split(value)[0] if value else ""
    return env


def targets(nginx):
    html = urllib.request.urlopen(nginx + "/", timeout=10).read().decode()
    static = re.search(r'(/static/[^"]+\.css)', html).group(1)
    article = re.search(r'href="(/(?!feeds/)[a-z0-9-]+/[a-z0-9-]{12,}/)"', html).group(1)
    section = re.search(r'href="(/[a-z0-9-]+/)"', html).group(1)
    search = "/search/?q=c%E1%BA%A3i+c%C3%A1ch+h%C3%A0nh+ch%C3%ADnh"
    api = "/api/v1/search/?q=d%E1%BB%8Bch+v%E1%BB%A5+c%C3%B4ng"
    return [
        ("static file (baseline)", static, ()),
        ("home, micro-cached", "/", ()),
        ("home, rendered", "/", UNCACHED),
        ("topic listing, micro-cached", section, ()),
        ("topic listing, rendered", section, UNCACHED),
        ("article, micro-cached", article, ()),
        ("article, rendered", article, UNCACHED),
        ("search page", search, ()),
        ("search API", api, ()),
    ]


def measure(nginx, rows, duration):
    return [load.wrk(nginx + path, duration, headers) for _label, path, headers in rows]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    nginx = stack_env()["PORTAL_URL"]
    rows = targets(nginx)
    two = measure(nginx, rows, args.duration)
    subprocess.run([STACK, "down", "app-b"], check=True, capture_output=True)
    try:
        one = measure(nginx, rows, args.duration)
    finally:
        subprocess.run([STACK, "up", "app-b"], check=True, capture_output=True)

    print(f"wrk -t2 -c16 -d{args.duration}s through nginx ({nginx}); req/s, p50, p99, non-2xx")
    print(f"{'':30} {'two app servers':>34} {'one app server':>34}")
    for (label, _path, _headers), a, b in zip(rows, two, one, strict=True):
        cells = [f"{r[0]:>9,.0f} {r[1]:>8} {r[2]:>8} {r[3]:>5}" for r in (a, b)]
        print(f"{label:30} {cells[0]:>34} {cells[1]:>34}")
    page, static = two[5][0], two[0][0]
    print(f"micro-cached article / static file: {page / static:.0%} (the issue asks for at least 50%)")


if __name__ == "__main__":
    main()
