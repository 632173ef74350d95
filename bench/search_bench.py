"""Search on Elasticsearch and on the database engine, side by side, at 10,000 articles (or 100,000).

Seeds a fresh SQLite database (setup_portal's demo content plus N articles from
news.demo.bulk.generate_articles), then for each engine measures:

- rebuild throughput: `search_index rebuild` (entries recomputed from the pages; with
  Elasticsearch also a fresh index loaded in bulk and the alias swapped), in docs/s;
- publish → searchable: pages published the editors' way (revision, publish), timed until
  a search finds them, polling every 20 ms with no explicit refresh;
- query latency p50/p95 of search.service.search() — what /search/ and the API call — over a
  mix of queries (browse, common and rare words, no diacritics, phrases, filters, sorts,
  deep pages, a query that finds nothing and gets a suggestion), facets and highlights included.
  Each query runs --rounds times, so on Elasticsearch the repeats come from its shard request
  cache, as a popular search does; Elasticsearch is therefore also measured "first time", with
  that cache turned off for each request (its statistics must show no hit).

Prints one table.

    ELASTICSEARCH_URL=$(scripts/elasticsearch.sh url) .venv/bin/python bench/search_bench.py [--large]

Without ELASTICSEARCH_URL the Elasticsearch column says n/a.
"""

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# (kind, parameters): every kind of query a reader sends, so "p95 for any query" means something.
# The generated articles all cite "18/KH-UBND" and name Lào Cai, its agencies and a few subjects
# (news.demo.bulk): those words match most pages; "SIPAS" about one page in fifteen.
QUERIES = [
    ("browse", {}),
    ("browse", {"tag": "dat-dai", "page": "40"}),
    ("common words", {"q": "cải cách hành chính"}),
    ("common words", {"q": "cải cách"}),
    ("common words", {"q": "hành chính"}),
    ("common words", {"q": "tỉnh"}),
    ("common words", {"q": "Lào Cai"}),
    ("common words", {"q": "đất đai"}),
    ("unaccented", {"q": "dich vu cong truc tuyen"}),
    ("unaccented", {"q": "cai cach hanh chinh"}),
    ("unaccented", {"q": "dat dai"}),
    ("phrase", {"q": '"thủ tục hành chính" đất đai'}),
    ("rare words", {"q": "SIPAS"}),
    ("rare words", {"q": "Đề án 06"}),
    ("rare words", {"q": "tiền mặt", "sort": "newest"}),
    (
        "filtered",
        {"q": "chuyển đổi số", "type": "newsarticle", "tag": "chuyen-doi-so", "from": "2024-01-01", "to": "2024-12-31"},
    ),
    ("filtered", {"q": "cải cách", "type": "newsarticle"}),
    ("filtered", {"q": "hành chính", "from": "2025-01-01", "to": "2025-12-31"}),
    ("filtered", {"q": "đất đai", "agency": "so-noi-vu-tinh-lao-cai"}),
    ("filtered", {"q": "dich vu", "topic": "nhiem-vu-trong-tam"}),
    ("filtered", {"q": "SIPAS", "sort": "oldest", "area": "procedures"}),
    ("filtered", {"type": "newsarticle", "from": "2024-01-01", "to": "2024-12-31"}),
    ("sorted, deep page", {"q": "một cửa", "sort": "newest", "page": "5"}),
    ("sorted, deep page", {"q": "cải cách", "page": "50"}),
    ("document number", {"q": "18/KH-UBND"}),
    ("document number", {"q": "442/KH-UBND"}),
    ("nothing found", {"q": "không có trang nào nói về tàu vũ trụ"}),
    ("nothing found", {"q": "tàu vũ trụ"}),
    ("nothing found", {"q": "cải cách Zalo"}),
    ("nothing found", {"q": "SIPAS", "type": "reformmodel"}),
]


def first_time_timings(queries, engine, rounds, search):
    """{kind: [ms]} of the queries on Elasticsearch with the shard request cache turned off for every
    request (`request_cache=false` in each search's header), as a search nobody has made yet is answered.
    The header is checked: Elasticsearch's own request cache statistics must show no hit."""
    from search.engines.elasticsearch import ElasticsearchEngine

    plain = ElasticsearchEngine.execute_all

    def uncached(self, searches):
        return plain(self, [search.params(request_cache=False) for search in searches])

    hits_before = request_cache_hits()
    ElasticsearchEngine.execute_all = uncached
    try:
        by_kind = {}
        for _ in range(rounds):
            for kind, query in queries:
                started = time.perf_counter()
                results = search(query, engine=engine)
                by_kind.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                assert results.engine == "elasticsearch", "Elasticsearch fell back to the database"
    finally:
        ElasticsearchEngine.execute_all = plain
    assert request_cache_hits() == hits_before, "a first-time search was answered from the request cache"
    return by_kind


def request_cache_hits():
    from search import documents

    stats = documents.get_client().indices.stats(index=documents.alias_name(), metric="request_cache")
    return stats["_all"]["total"]["request_cache"]["hit_count"]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def python_cpu_seconds():
    """CPU time of this process and of its finished children (search_index rebuild's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def elasticsearch_cpu_seconds():
    """CPU time the Elasticsearch node has used so far (its JVM process): the rebuild's other half."""
    from search import documents  # after django.setup(), like run()'s imports

    (node,) = documents.get_client().nodes.stats(metric="process")["nodes"].values()
    return node["process"]["cpu"]["total_in_millis"] / 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--large", action="store_true", help="100,000 articles")
    parser.add_argument("--rounds", type=int, default=20, help="times each query runs per engine")
    parser.add_argument("--publishes", type=int, default=10)
    parser.add_argument("--json", help="also write the figures to this file (bench/run_all.py reads it)")
    args = parser.parse_args()
    articles = 100_000 if args.large else args.articles

    workdir = Path(tempfile.mkdtemp(prefix="portal-search-bench-"))
    try:
        run(articles, args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        from django.conf import settings

        if settings.configured:  # the test settings put the demo images in a temporary folder
            shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def run(articles, args, workdir):
    es_url = os.environ.get("ELASTICSEARCH_URL", "")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        ELASTICSEARCH_INDEX_PREFIX=f"portal-bench-{uuid.uuid4().hex[:8]}",
        ELASTICSEARCH_URL="",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    # Imported after django.setup(): the settings are chosen above, per engine, before any model loads.
    from django.conf import settings
    from django.core.management import call_command

    from news.demo import bulk, loader
    from news.models import NewsArticlePage, TopicIndexPage
    from search import content, documents, rebuild
    from search.engines import get_engine
    from search.params import parse
    from search.service import search

    print(f"seeding {articles:,} articles in {workdir} …", file=sys.stderr)
    call_command("migrate", verbosity=0)
    loader.load_demo()
    _, seed_seconds = bulk.generate_articles(articles)
    topic = TopicIndexPage.objects.first()

    engines = [("elasticsearch", es_url), ("database", "")]
    figures = {}
    for name, url in engines:
        if name == "elasticsearch" and not url:
            continue
        settings.ELASTICSEARCH_URL = url
        print(f"{name}: rebuild …", file=sys.stderr)
        es_cpu = elasticsearch_cpu_seconds() if name == "elasticsearch" else 0.0
        cpu = python_cpu_seconds()
        started = time.perf_counter()
        count = rebuild.rebuild()
        rebuild_seconds = time.perf_counter() - started
        rebuild_rate = count / rebuild_seconds
        python_cpu = python_cpu_seconds() - cpu
        es_cpu = elasticsearch_cpu_seconds() - es_cpu if name == "elasticsearch" else None

        engine = get_engine(name)
        print(f"{name}: publish → searchable …", file=sys.stderr)
        latencies = []
        for n in range(args.publishes):
            word = f"dolatency{uuid.uuid4().hex[:8]}"
            page = NewsArticlePage(
                title=f"Bài đo độ trễ {n} {word}", slug=f"do-tre-{name}-{n}-{word}", summary="Đo độ trễ.", body=[]
            )
            query = parse({"q": word})
            started = time.perf_counter()
            topic.add_child(instance=page)
            page.save_revision().publish()
            while engine.search(query).total == 0:
                if time.perf_counter() - started > 10:
                    break
                time.sleep(0.02)
            latencies.append((time.perf_counter() - started) * 1000)
            topic.refresh_from_db()

        print(f"{name}: queries …", file=sys.stderr)
        queries = [(kind, parse(params)) for kind, params in QUERIES]
        for _, query in queries:  # warm-up: caches, connections, the first rendition lookups
            search(query, engine=engine)
        timings, by_kind = [], {}
        for _ in range(args.rounds):
            for kind, query in queries:
                started = time.perf_counter()
                results = search(query, engine=engine)
                took = (time.perf_counter() - started) * 1000
                timings.append(took)
                by_kind.setdefault(kind, []).append(took)
                assert results.engine == name, f"{name} fell back to {results.engine}"
        first_time = {}
        if name == "elasticsearch":
            print(f"{name}: queries, first time (no request cache) …", file=sys.stderr)
            first_time = first_time_timings(queries, engine, args.rounds, search)
        figures[name] = {
            "count": count,
            "rebuild": rebuild_rate,
            "rebuild_seconds": rebuild_seconds,
            "rebuild_python_cpu": python_cpu,
            "rebuild_es_cpu": es_cpu,
            "publish_p50": statistics.median(latencies),
            "publish_max": max(latencies),
            "p50": percentile(timings, 0.50),
            "p95": percentile(timings, 0.95),
            "max": max(timings),
            "queries": len(timings),
            "kinds": {kind: {"p95": percentile(times, 0.95), "max": max(times)} for kind, times in by_kind.items()},
        }
        if first_time:
            every = [took for times in first_time.values() for took in times]
            figures[name]["first_time"] = {
                "p50": percentile(every, 0.50),
                "p95": percentile(every, 0.95),
                "max": max(every),
                "kinds": {kind: {"p95": percentile(t, 0.95), "max": max(t)} for kind, t in first_time.items()},
            }
        if name == "elasticsearch":
            client = documents.get_client()
            # The heap decides how much the server buffers while loading: part of the rebuild figure.
            (node,) = client.nodes.info(metric="jvm")["nodes"].values()
            figures[name]["heap_mb"] = node["jvm"]["mem"]["heap_max_in_bytes"] // 2**20
            names = list(client.indices.get_alias(name=documents.alias_name()).body)
            client.indices.delete(index=",".join(names))

    live = content.searchable_pages().count()
    columns = [name for name, _ in engines]

    def cell(name, fmt):
        return fmt(figures[name]) if name in figures else "n/a"

    rows = [
        ("rebuild, docs/s", lambda f: f"{f['rebuild']:,.0f}", "ES ≥ 2,000 (issue: ≥ 1,000)"),
        ("rebuild, wall s", lambda f: f"{f['rebuild_seconds']:.1f}", ""),
        ("rebuild, Python CPU s", lambda f: f"{f['rebuild_python_cpu']:.1f}", "this process and its workers"),
        ("rebuild, ES CPU s", lambda f: f"{f['rebuild_es_cpu']:.1f}" if f["rebuild_es_cpu"] is not None else "–", ""),
        ("publish → searchable p50, ms", lambda f: f"{f['publish_p50']:,.0f}", "≤ 1,500"),
        ("publish → searchable max, ms", lambda f: f"{f['publish_max']:,.0f}", "≤ 1,500"),
        ("query p50, ms", lambda f: f"{f['p50']:.1f}", ""),
        ("query p95, ms", lambda f: f"{f['p95']:.1f}", "ES ≤ 30; database ≤ 200"),
        ("query max, ms", lambda f: f"{f['max']:.1f}", ""),
        ("first time p50, ms", lambda f: f"{f['first_time']['p50']:.1f}" if "first_time" in f else "n/a", ""),
        ("first time p95, ms", lambda f: f"{f['first_time']['p95']:.1f}" if "first_time" in f else "n/a", "ES ≤ 30"),
        ("queries timed", lambda f: f"{f['queries']}", ""),
    ]
    print()
    print(
        f"Search benchmark: {articles:,} generated articles ({live:,} searchable pages), "
        f"seeded in {seed_seconds:.1f} s; SQLite, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    if "elasticsearch" in figures:
        print(f"Elasticsearch heap: {figures['elasticsearch']['heap_mb']:,} MB (scripts/elasticsearch.sh ES_JAVA_OPTS)")
    print(f"{'':32} {'Elasticsearch':>15} {'database':>15}   target")
    for label, fmt, target in rows:
        print(f"{label:32} {cell(columns[0], fmt):>15} {cell(columns[1], fmt):>15}   {target}")
    print()
    print(f"{'p95 / max by kind of query, ms':32} {'Elasticsearch':>15} {'database':>15}")
    for kind in dict.fromkeys(kind for kind, _ in QUERIES):
        cells = [
            cell(column, lambda f, kind=kind: f"{f['kinds'][kind]['p95']:.0f} / {f['kinds'][kind]['max']:.0f}")
            for column in columns
        ]
        print(f"{kind:32} {cells[0]:>15} {cells[1]:>15}")
    if "first_time" in figures.get("elasticsearch", {}):
        print()
        print(f"{'first time: p95 / max by kind, ms':32} {'Elasticsearch':>15}")
        for kind, figure in figures["elasticsearch"]["first_time"]["kinds"].items():
            print(f"{kind:32} {figure['p95']:>8.0f} / {figure['max']:.0f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"articles": articles, "engines": figures}, indent=2))


if __name__ == "__main__":
    main()
