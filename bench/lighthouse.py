"""Lighthouse (mobile) on every public page type of a fresh demo portal: a table, and a gate.

Seeds a fresh SQLite database with setup_portal (the demo content: one page of every type,
the committee pages and their English versions), serves it with gunicorn and the production
settings (2 workers; uploaded media served as nginx would), and runs Lighthouse 12 with its
mobile defaults (simulated throttling: a mid-range phone on slow 4G) on each page type with
one headless Chromium. Prints performance, accessibility, best practices and SEO per page,
and the audits that cost points.

    .venv/bin/python bench/lighthouse.py [--performance] [--pages search,home] [--runs 3] [--json out.json]

Exits 1 when accessibility or SEO is below 100 on an indexable page (search and 404 are
noindex by design, so their SEO is not gated), or, with --performance, when performance is
below 95 on any page. Performance is opt-in because it follows the machine's load: Lighthouse
multiplies the main thread's observed work by four, so CPU taken by other processes shows as
"Total Blocking Time". With --runs N each page is audited N times and the run with the median
performance score is kept (Lighthouse's own advice for variance).

Needs Node.js 18+ and npm; Lighthouse is installed on first use into
~/.cache/laocai-portal/lighthouse-<version> (LIGHTHOUSE_HOME to change), never into the repository.
Chromium is /usr/bin/chromium (CHROME_PATH to change).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = int(os.environ.get("LIGHTHOUSE_PORT", 8790))  # another port when two runs share a machine
LIGHTHOUSE_VERSION = "12.8.2"
LIGHTHOUSE_HOME = Path(
    os.environ.get("LIGHTHOUSE_HOME", Path.home() / ".cache" / "laocai-portal" / f"lighthouse-{LIGHTHOUSE_VERSION}")
)
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
# --no-sandbox: CI and this machine run as root. The rest keep Chromium from phoning home mid-audit.
CHROME_FLAGS = " ".join(
    ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    + ["--disable-component-update", "--disable-sync"]
)

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
NOINDEX = {"search", "not found"}  # `<meta name="robots" content="noindex">` on purpose: is-crawlable fails
PERFORMANCE_GOAL = 95

# One public page of every type, as tests/browser/test_citizen_pages.py picks them; run under Django.
PAGES_CODE = """
import json
import django
django.setup()
from news.models import (
    CommitteePage, DocumentIndexPage, HomePage, ExemplaryOfficialPage, FeedbackPage, LegalDocumentPage, MediaIndexPage,
    MediaItemPage, NewsArticlePage, ParIndicesPage, ReformModelPage, TopicIndexPage,
)
def first(model, **filters):
    return model.objects.live().filter(**filters).order_by("path").first().url
committee = CommitteePage.objects.live().order_by("path")
print(json.dumps({
    "home": "/",
    "section": first(TopicIndexPage),
    "article": first(NewsArticlePage, lead_image__isnull=False),
    "reform model": first(ReformModelPage),
    "official": first(ExemplaryOfficialPage),
    "documents": first(DocumentIndexPage),
    "document": first(LegalDocumentPage),
    "media": first(MediaIndexPage),
    "media item": first(MediaItemPage),
    "indices": first(ParIndicesPage),
    "feedback": first(FeedbackPage),
    "search": "/search/?q=c%E1%BA%A3i+c%C3%A1ch",
    "committee": committee.filter(locale__language_code="vi", depth=3).first().url,
    "committee members": committee.filter(show_members=True, locale__language_code="vi").first().url,
    "committee contacts": committee.filter(show_contacts=True, locale__language_code="vi").first().url,
    "English": HomePage.objects.live().get(locale__language_code="en").url,
    "English members": committee.filter(show_members=True, locale__language_code="en").first().url,
    "not found": "/trang-khong-co/",
}))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--performance", action="store_true", help=f"also fail when performance < {PERFORMANCE_GOAL}")
    parser.add_argument("--pages", help="only these page types, comma-separated (e.g. 'search,home')")
    parser.add_argument("--runs", type=int, default=1, help="audit each page N times, keep the median performance")
    parser.add_argument("--json", help="also write the scores to this file")
    args = parser.parse_args()

    started = time.monotonic()
    install_lighthouse()
    workdir = Path(tempfile.mkdtemp(prefix="portal-lighthouse-"))
    base = f"http://127.0.0.1:{PORT}"
    env = portal_environment(workdir, base)
    server = None
    try:
        print(f"seeding the demo portal in {workdir} …", file=sys.stderr)
        seed(env)
        pages = page_paths(env)
        if args.pages:
            wanted = [name.strip() for name in args.pages.split(",")]
            unknown = set(wanted) - set(pages)
            if unknown:
                sys.exit(f"unknown page types {sorted(unknown)}; known: {', '.join(pages)}")
            pages = {name: pages[name] for name in wanted}
        print(f"seeded in {time.monotonic() - started:.0f} s", file=sys.stderr)
        server = serve(env, base, workdir / "gunicorn.log")
        warm(base, pages)
        print(f"auditing {len(pages)} pages × {args.runs} with Lighthouse {LIGHTHOUSE_VERSION} …", file=sys.stderr)
        reports = audit(base, pages, args.runs, workdir)
    finally:
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(workdir, ignore_errors=True)

    rows = [summary(name, pages[name], median_run(runs), runs) for name, runs in reports.items()]
    print_table(rows, args.runs, time.monotonic() - started)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2, ensure_ascii=False))
    failed = failures(rows, args.performance)
    for failure in failed:
        print(f"FAIL {failure}")
    sys.exit(1 if failed else 0)


def install_lighthouse():
    """Lighthouse, pinned, from npm into the cache directory (not the repository) unless already there."""
    package = LIGHTHOUSE_HOME / "node_modules" / "lighthouse" / "package.json"
    if package.exists() and json.loads(package.read_text())["version"] == LIGHTHOUSE_VERSION:
        return
    if not (shutil.which("node") and shutil.which("npm")):
        sys.exit("Node.js 18+ and npm are needed: apt-get install nodejs npm")
    print(f"installing lighthouse@{LIGHTHOUSE_VERSION} into {LIGHTHOUSE_HOME} …", file=sys.stderr)
    LIGHTHOUSE_HOME.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["npm", "install", "--prefix", str(LIGHTHOUSE_HOME), "--no-audit", "--no-fund", "--omit=dev"]
        + [f"lighthouse@{LIGHTHOUSE_VERSION}"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def portal_environment(workdir, base):
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=f"sqlite:///{workdir / 'lighthouse.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        SECRET_KEY="lighthouse-only-secret-key-0123456789abcdefghij",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        PORTAL_BASE_URL=base,  # canonical links and og:url name the server Lighthouse audits
        LOG_LEVEL="ERROR",  # not a line per 404: the 404 page is audited on purpose
        REDIS_URL="",
        ELASTICSEARCH_URL="",  # the database search engine: no server to start
    )


def seed(env):
    for command in (["migrate", "--noinput"], ["setup_portal"], ["collectstatic", "--noinput"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def page_paths(env):
    out = subprocess.run([PYTHON, "-c", PAGES_CODE], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def serve(env, base, log):
    """gunicorn on `base`; its log (a 404 line per audit of the 404 page) goes to `log`, shown if it fails."""
    server = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "media_wsgi:application", "--pythonpath", "bench"]
        + ["-w", "2", "-b", base.removeprefix("http://"), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=5)
            return server
        except OSError:
            if server.poll() is not None:
                sys.exit(f"gunicorn did not start:\n{log.read_text()}")
            time.sleep(0.2)
    server.terminate()
    sys.exit("gunicorn did not answer")


def warm(base, pages):
    """One request per page first: renditions and caches are made then, not during the audit."""
    for path in pages.values():
        try:
            urllib.request.urlopen(base + path, timeout=120).read()
        except urllib.error.HTTPError as error:
            if error.code != 404:
                raise


RETRIES = 2  # audits Lighthouse itself could not record ("NO_NAVSTART": "Please run Lighthouse again")


def audit(base, pages, runs, workdir):
    """{name: [report, …]}: every page `runs` times, round-robin, so load spikes spread over the pages. An audit
    Lighthouse could not record (a runtime error of its own, no score) is run again, up to RETRIES times."""
    order = [(name, base + path) for _ in range(runs) for name, path in pages.items()]
    found = run_lighthouse(order, workdir, "first")
    for attempt in range(RETRIES):
        failed = [index for index, report in enumerate(found) if report.get("runtimeError")]
        if not failed:
            break
        again = run_lighthouse([order[index] for index in failed], workdir, f"retry-{attempt + 1}")
        for index, report in zip(failed, again, strict=True):
            found[index] = report
    reports = {name: [] for name in pages}
    for (name, _), report in zip(order, found, strict=True):
        reports[name].append(report)
    return reports


def run_lighthouse(order, workdir, label):
    """The Lighthouse report of each (name, url) in `order`, in that order (bench/lighthouse_runner.mjs)."""
    pages_file = workdir / f"pages-{label}.json"
    pages_file.write_text(json.dumps(order))
    env = dict(os.environ, CHROME_PATH=CHROME_PATH, LIGHTHOUSE_CHROME_FLAGS=CHROME_FLAGS)
    output = workdir / f"reports-{label}"
    runner = Path(__file__).with_name("lighthouse_runner.mjs")
    subprocess.run(["node", str(runner), str(LIGHTHOUSE_HOME), str(pages_file), str(output)], env=env, check=True)
    return [json.loads((output / f"{index}.json").read_text()) for index in range(len(order))]


def median_run(runs):
    by_performance = sorted(runs, key=lambda report: report["categories"]["performance"]["score"] or 0)
    return by_performance[(len(by_performance) - 1) // 2]


def summary(name, path, report, runs):
    """One row: the four scores (0–100) of `report`, two metrics that explain performance, the audits that
    cost points, and the performance score of every run (the spread says how far to trust it)."""
    scores = {key: round(100 * (report["categories"][key]["score"] or 0)) for key in CATEGORIES}
    lost = {}
    for key in CATEGORIES:
        lost[key] = [
            ref["id"]
            for ref in report["categories"][key]["auditRefs"]
            if ref["weight"] > 0 and (report["audits"][ref["id"]].get("score") or 0) < 1
        ]
    audits = report["audits"]
    return {
        "page": name,
        "path": path,
        "scores": scores,
        "tbt_ms": round(audits["total-blocking-time"].get("numericValue", -1)),
        "lcp_ms": round(audits["largest-contentful-paint"].get("numericValue", -1)),
        "lost": lost,
        "performance_runs": [round(100 * (run["categories"]["performance"]["score"] or 0)) for run in runs],
        "error": (report.get("runtimeError") or {}).get("message", ""),
    }


def print_table(rows, runs, seconds):
    print(f"\nLighthouse {LIGHTHOUSE_VERSION}, mobile, simulated throttling, median of {runs} run(s); {seconds:.0f} s")
    print(f"load average {' '.join(f'{value:.1f}' for value in os.getloadavg())} on {os.cpu_count()} CPUs\n")
    print(f"{'page':20} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'SEO':>5} {'TBT ms':>7} {'LCP ms':>7}  path")
    for row in rows:
        scores = row["scores"]
        print(
            f"{row['page']:20} {scores['performance']:5d} {scores['accessibility']:5d} "
            f"{scores['best-practices']:5d} {scores['seo']:5d} {row['tbt_ms']:7d} {row['lcp_ms']:7d}  {row['path']}"
            + (f"  (performance runs: {', '.join(map(str, row['performance_runs']))})" if runs > 1 else "")
        )
    for row in rows:
        if row["error"]:
            print(f"\n{row['page']}: Lighthouse could not audit it: {row['error']}")
    lost = [(row["page"], key, ids) for row in rows for key, ids in row["lost"].items() if ids]
    if lost:
        print("\naudits that cost points:")
        for page, key, ids in lost:
            print(f"  {page} / {key}: {', '.join(ids)}")
    if rows:
        tbt = statistics.median(row["tbt_ms"] for row in rows)
        print(f"\nmedian TBT over the pages: {tbt:.0f} ms")


def failures(rows, performance):
    """What breaks the goals: a11y and SEO 100 on indexable pages; performance ≥ 95 when asked."""
    failed = []
    for row in rows:
        scores = row["scores"]
        if row["error"]:
            failed.append(f"{row['page']}: not audited ({row['error']})")
        if scores["accessibility"] < 100:
            failed.append(f"{row['page']}: accessibility {scores['accessibility']} < 100")
        if row["page"] not in NOINDEX and scores["seo"] < 100:
            failed.append(f"{row['page']}: SEO {scores['seo']} < 100")
        if performance and scores["performance"] < PERFORMANCE_GOAL:
            failed.append(f"{row['page']}: performance {scores['performance']} < {PERFORMANCE_GOAL}")
    return failed


if __name__ == "__main__":
    main()
