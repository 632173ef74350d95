"""`make bench`: the page and search benchmarks in one go, every figure of issue 13's table as a ratio.

Absolute numbers depend on the machine and on what else runs on it; a ratio to a whitenoise
static file measured in the same run mostly does not. Conventions (docs/PERFORMANCE.md):

- a throughput (req/s, docs/s) is divided by the static file's req/s: 0.10 means a tenth as fast;
- a latency (p99, p95, in ms) is divided by the static file's cost per request, 1000 / its req/s
  (ms of the 2 workers' time per static request): 25 means as long as 25 static files take.

    .venv/bin/python bench/run_all.py [--articles 10000] [--duration 15]
    ELASTICSEARCH_URL=http://127.0.0.1:9250 make bench ARTICLES=100000

Without ELASTICSEARCH_URL the Elasticsearch rows say n/a.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATIC = "static file (whitenoise)"


def measure(args, workdir):
    """Run both benchmarks (their own tables go to the terminal) and return their figures."""
    pages_json, search_json = workdir / "pages.json", workdir / "search.json"
    page_cmd = [
        sys.executable,
        "bench/page_bench.py",
        "--articles",
        str(args.articles),
        "--duration",
        str(args.duration),
    ]
    subprocess.run([*page_cmd, "--json", str(pages_json)], cwd=ROOT, check=True)
    search_cmd = [sys.executable, "bench/search_bench.py", "--articles", str(args.articles), "--json", str(search_json)]
    subprocess.run(search_cmd, cwd=ROOT, check=True)
    return json.loads(pages_json.read_text()), json.loads(search_json.read_text())


def ratio_rows(pages, search):
    """(measure, absolute figure, ratio to the static file, goal as a ratio) for each line of the issue's table."""
    static_rps = pages["pages"][STATIC]["rps"]
    static_ms = 1000 / static_rps

    def throughput(value, unit):
        return f"{value:,.0f} {unit}", f"{value / static_rps:.3f}×"

    def latency(value):
        return f"{value:,.1f} ms", f"{value / static_ms:,.1f} units"

    rows = [("static file (whitenoise), the unit", *throughput(static_rps, "req/s"), "1")]
    for name, goal in (("article", "≥ 0.10×"), ("home page", "≥ 0.10×"), ("topic listing", "≥ 400 req/s")):
        figure = pages["pages"].get(f"{name}, uncached")
        if figure and not figure["rps"]:  # wrk finished no request in time: a figure of 0 would mislead
            rows.append((f"{name}, uncached", "none completed", "n/a", goal))
        elif figure:
            rows.append((f"{name}, uncached, throughput", *throughput(figure["rps"], "req/s"), goal))
            rows.append((f"{name}, uncached, p99", *latency(figure["p99_ms"]), "≤ 100 ms"))
    for engine, label, goal in (
        ("database", "database search p95", "≤ 200 ms"),
        ("elasticsearch", "Elasticsearch p95", "≤ 30 ms"),
    ):
        figure = search["engines"].get(engine)
        rows.append((label, *(latency(figure["p95"]) if figure else ("n/a", "n/a")), goal))
        if figure and "first_time" in figure:  # every request unique: none from the request cache
            rows.append((f"{label}, first time", *latency(figure["first_time"]["p95"]), goal))
    figure = search["engines"].get("elasticsearch")
    rows.append(
        (
            "Elasticsearch rebuild",
            *(throughput(figure["rebuild"], "docs/s") if figure else ("n/a", "n/a")),
            "≥ 2,000 docs/s",
        )
    )
    return rows


def commit():
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=int(os.environ.get("ARTICLES", 10_000)))
    parser.add_argument("--duration", type=int, default=15, help="seconds of wrk per page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="portal-bench-all-") as folder:
        pages, search = measure(args, Path(folder))
    print()
    print(
        f"make bench: {args.articles:,} articles, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit()}, "
        f"{platform.node()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'measure':40} {'figure':>16} {'ratio to static':>16}   goal")
    for name, figure, ratio, goal in ratio_rows(pages, search):
        print(f"{name:40} {figure:>16} {ratio:>16}   {goal}")


if __name__ == "__main__":
    main()
