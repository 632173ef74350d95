"""Throughput and latency of public pages under gunicorn, measured with wrk.

Seeds a fresh SQLite database (setup_portal plus N generated articles), starts gunicorn
with the production settings (2 sync workers, as PERFORMANCE.md measured stock Wagtail),
and runs `wrk -t2 -c16 -d15s --latency` against a static file (the baseline of the same
run), the home page, a topic listing and a demo article. Prints one table.

    .venv/bin/python bench/page_bench.py [--articles 10000] [--duration 15] [--json figures.json]

Needs wrk (Debian package `wrk`).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import load

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", 8765))  # another port when two runs share a machine


def run(cmd, env):
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def wrk(url, duration, cached=True):
    # A session cookie makes the page cache step aside: that measures rendering itself.
    return load.wrk(url, duration, [] if cached else ["-H", "Cookie: sessionid=bench-uncached"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--json", help="also write the figures to this file (bench/run_all.py reads it)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        SECRET_KEY="bench-only-secret-key-0123456789abcdefghijkl",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        LOG_LEVEL="WARNING",
    )
    print(f"seeding {args.articles} articles in {workdir} …", file=sys.stderr)
    run([PYTHON, "manage.py", "migrate", "--noinput"], env)
    run([PYTHON, "manage.py", "setup_portal", "--articles", str(args.articles)], env)
    run([PYTHON, "manage.py", "collectstatic", "--noinput"], env)

    css = next((workdir / "static" / "css").glob("portal.*.css")).name
    gunicorn = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "portal.wsgi",
            # As the issue measured stock Wagtail: 2 sync workers. gunicorn also reads gunicorn.conf.py
            # here (threaded workers, recycling after ~5,000 requests for production); the flags below
            # override the worker model and turn recycling off, so both sides run the same server.
            "-w",
            "2",
            "-k",
            "sync",
            "--threads",
            "1",
            "--max-requests",
            "0",
            "-b",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{PORT}"
        for _ in range(50):
            try:
                urllib.request.urlopen(base + "/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        targets = {
            "static file (whitenoise)": f"/static/css/{css}",
            "home page": "/",
            "topic listing": "/nhiem-vu-trong-tam/",
        }
        targets["article"] = article_url(env)
        rows = []
        for name, path in targets.items():
            urllib.request.urlopen(base + path, timeout=120)  # warm renditions and caches (slow when cold)
            rows.append((name, path, *wrk(base + path, args.duration)))
        for name, path in list(targets.items())[1:]:
            rows.append((f"{name}, uncached", path, *wrk(base + path, args.duration, cached=False)))
    finally:
        gunicorn.terminate()
        gunicorn.wait()
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"\n{args.articles} generated articles, SQLite, gunicorn 2 sync workers, wrk -t2 -c16 -d{args.duration}s")
    print(f"{'what':28} {'req/s':>9} {'p50':>9} {'p99':>9} {'non-2xx':>8}  path")
    for name, path, rps, p50, p99, errors in rows:
        print(f"{name:28} {rps:9.1f} {p50:>9} {p99:>9} {errors:8d}  {path}")
    if args.json:
        figures = {
            name: {
                "path": path,
                "rps": rps,
                "p50_ms": milliseconds(p50),
                "p99_ms": milliseconds(p99),
                "non_2xx": errors,
            }
            for name, path, rps, p50, p99, errors in rows
        }
        Path(args.json).write_text(json.dumps({"articles": args.articles, "pages": figures}, indent=2))


def milliseconds(wrk_time):
    """wrk's "812.00us", "12.34ms" or "1.02s" in milliseconds."""
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", wrk_time).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def article_url(env):
    code = (
        "import django; django.setup();"
        "from news.models import NewsArticlePage;"
        "print(NewsArticlePage.objects.live().filter(lead_image__isnull=False).first().url)"
    )
    return subprocess.run(
        [PYTHON, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


if __name__ == "__main__":
    main()
