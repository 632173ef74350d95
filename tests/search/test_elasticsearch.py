"""Elasticsearch for real: latency, outages, the outbox, rebuilds under load, the command.

The outage test really stops the server with scripts/elasticsearch.sh and starts it again
(the script wipes its data on stop, so the restarted server is empty, like a new one).
"""

import io
import os
import subprocess
import threading
from urllib.parse import urlparse

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from news.demo.bulk import generate_articles
from news.factories import AgencyFactory
from search import content, documents, outbox, rebuild
from search.engines import ElasticsearchEngine
from search.models import IndexingOutbox
from search.params import parse
from search.service import search
from tests.search.helpers import article, wait_until

pytestmark = pytest.mark.django_db

SCRIPT = django_settings.BASE_DIR / "scripts" / "elasticsearch.sh"


def script(action, env, check=True, timeout=300):
    """scripts/elasticsearch.sh with a fixed action, on the port of the server under test."""
    return subprocess.run([str(SCRIPT), action], env=env, check=check, timeout=timeout, capture_output=True)  # noqa: S603


def live_ids():
    return set(content.searchable_pages().values_list("pk", flat=True))


def test_a_published_page_becomes_searchable_without_an_explicit_refresh(es, topic, publish):
    """Publishing is enough: the index's own refresh makes the page findable, and every search in between
    answers. How fast (the 1.5 s target) is measured by bench/search_bench.py, not asserted here."""
    rebuild.rebuild(grace=0)
    engine, query = ElasticsearchEngine(), parse({"q": "tuyển dụng công chức"})
    publish(article(topic, "Thông báo tuyển dụng công chức cấp xã năm 2025"))
    assert wait_until(lambda: engine.search(query).total == 1, timeout=30) is not None, (
        "not searchable 30 s after publishing (no explicit refresh: the index refreshes every second)"
    )


def test_unreachable_elasticsearch_never_blocks_publishing_and_the_next_write_catches_up(settings, es, topic, publish):
    rebuild.rebuild(grace=0)
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    page = publish(article(topic, "Tin đăng khi không kết nối được máy chủ tìm kiếm"))
    assert page.live
    row = IndexingOutbox.objects.get(page_id=page.pk)
    assert row.done_at is None and row.attempts == 1 and row.last_error
    assert search(parse({"q": "không kết nối được"})).degraded, "searches fall back to the database engine"

    settings.ELASTICSEARCH_URL = es.url
    other = publish(article(topic, "Tin đăng khi máy chủ tìm kiếm đã trở lại"))
    assert outbox.pending_count() == 0, "a successful push also sends what was pending"
    assert es.ids() == {page.pk, other.pk} == live_ids()


@pytest.mark.stops_elasticsearch
def test_elasticsearch_stopped_publishing_succeeds_and_sync_restores_the_index(es, topic, publish, committed):
    """Really stopped: publishing and unpublishing still work, the outbox keeps the changes, sync replays them."""
    rebuild.rebuild(grace=0)
    earlier = publish(article(topic, "Tin đăng trước khi máy chủ tìm kiếm dừng"))
    port = urlparse(es.url).port or 9200
    env = {**os.environ, "ES_PORT": str(port)}
    script("stop", env)
    try:
        stopped = script("status", env, check=False, timeout=30)
        assert stopped.returncode != 0, (
            f"{es.url} still answers: the suite must run against the server `make test` started"
        )

        page = publish(article(topic, "Tin đăng khi máy chủ tìm kiếm dừng"))
        assert page.live
        with committed():
            earlier.unpublish()
        pending = set(IndexingOutbox.objects.filter(done_at__isnull=True).values_list("page_id", flat=True))
        assert {page.pk, earlier.pk} <= pending
        found = search(parse({"q": "máy chủ tìm kiếm dừng"}))
        assert found.degraded and [hit.title for hit in found.hits] == [page.title]
    finally:
        script("start", env)  # the rest of the suite needs it

    out = io.StringIO()
    call_command("search_index", "sync", stdout=out)
    assert outbox.pending_count() == 0
    assert es.ids() == live_ids() == {page.pk}


def test_sync_replays_the_outbox_onto_an_existing_index(settings, es, topic, publish):
    rebuild.rebuild(grace=0)
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    pages = [publish(article(topic, f"Tin số {n} chờ gửi sang máy chủ tìm kiếm")) for n in range(3)]
    assert outbox.pending_count() == 3
    settings.ELASTICSEARCH_URL = es.url
    out = io.StringIO()
    call_command("search_index", "sync", stdout=out)
    assert "Đã gửi 3 thay đổi" in out.getvalue()
    assert es.ids() == {page.pk for page in pages}


def test_rebuild_while_searching_every_query_answers(es, topic):
    for n in range(40):
        article(topic, f"Cải cách hành chính: kết quả tuần {n}")
    rebuild.rebuild(grace=0)
    # What is tested is the alias swap, not latency: a patient client, so a busy machine's
    # slow answer is not mistaken for a query the swap broke.
    engine, query = ElasticsearchEngine(client=es.client), parse({"q": "cải cách hành chính"})
    totals, errors, stop = [], [], threading.Event()

    def keep_searching():
        while not stop.is_set():
            try:
                totals.append(engine.search(query).total)
            except Exception as error:  # any failure is what this test looks for
                errors.append(error)

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        indices = set()
        for _ in range(3):
            rebuild.rebuild(grace=0.5)
            indices.update(es.client.indices.get_alias(name=es.alias).body)
    finally:
        stop.set()
        searcher.join()
    assert len(indices) == 3, "each rebuild swapped the alias to a new index"
    assert not errors, errors[:3]
    assert totals and set(totals) == {40}, "every search during the rebuilds found all 40 pages"


def test_rebuild_indexes_generated_pages_and_status_reports_counts(es, topic):
    """Bulk-generated pages send no signals: rebuild finds them anyway; status compares the counts."""
    AgencyFactory()
    generate_articles(120)
    out = io.StringIO()
    call_command("search_index", "rebuild", stdout=out)
    assert "120/120" in out.getvalue()
    assert es.ids() == live_ids() and len(live_ids()) == 120

    out = io.StringIO()
    call_command("search_index", "status", stdout=out)
    report = out.getvalue()
    assert "Trang đang công khai (tìm được):  120" in report
    assert f"{es.alias} → " in report and ": 120 tài liệu" in report
    assert "Hàng đợi chưa gửi (outbox):       0" in report


def test_sync_on_an_empty_server_builds_the_index(es, topic, publish):
    publish(article(topic, "Tin đăng trước khi có chỉ mục"))
    assert not es.client.indices.exists_alias(name=es.alias)
    out = io.StringIO()
    call_command("search_index", "sync", stdout=out)
    assert "đã lập mới với 1 trang" in out.getvalue()
    assert es.ids() == live_ids()


def test_sync_rebuilds_an_index_built_by_an_older_version(es, topic, publish):
    """An upgrade adds a field to the index: the old index refuses the new documents, so the minute job's
    sync rebuilds it (and `status` says why the index is not in step until then)."""
    mapping = documents.ContentDocument._doc_type.mapping.to_dict()
    del mapping["properties"]["facets"]
    old = documents.new_index_name()
    es.client.indices.create(index=old, mappings=mapping, aliases={documents.alias_name(): {}})
    page = publish(article(topic, "Tin đăng trước khi nâng cấp chỉ mục"))
    assert outbox.pending_count() == 1, "the old index refuses a document with the new field"
    out = io.StringIO()
    call_command("search_index", "status", stdout=out)
    assert "Chỉ mục của phiên bản cũ, thiếu: facets" in out.getvalue()
    out = io.StringIO()
    call_command("search_index", "sync", stdout=out)
    assert "Chỉ mục của phiên bản cũ: đã lập lại với 1 trang" in out.getvalue()
    assert old not in es.client.indices.get_alias(name=documents.alias_name())
    assert es.ids() == {page.pk}
    results = search(parse({"q": "nâng cấp"}), engine=ElasticsearchEngine())
    assert [value.label for value in results.facets["topic"].values] == [topic.title]


def test_words_match_across_fields_and_a_phrase_only_within_one(es, topic, publish):
    """Matching runs on the folded fields indexed as one: a page has the words wherever they stand, and a
    quoted phrase only where its words stand together in one field, never from the end of the title
    into the summary."""
    rebuild.rebuild(grace=0)
    page = publish(article(topic, "Rút ngắn thời gian cấp giấy chứng nhận", summary="Thủ tục đất đai giải quyết sớm."))
    es.refresh()
    engine = ElasticsearchEngine()

    def found(q):
        return [hit.page_id for hit in search(parse({"q": q}), engine=engine).hits]

    assert found("chung nhan dat dai") == [page.pk], "words from the title and the summary"
    assert found('"thu tuc dat dai"') == [page.pk], "a phrase in the summary"
    assert found('"chứng nhận thủ tục"') == [], "the end of the title and the start of the summary"
    assert found('"chứng nhận thủ tục" đất') == []


def test_spelling_suggestion_from_the_index(es, topic, publish):
    rebuild.rebuild(grace=0)
    page = publish(article(topic, "Hướng dẫn nộp hồ sơ trực tuyến"))
    es.refresh()
    results = search(parse({"q": "ho so truc tuyn"}), engine=ElasticsearchEngine())
    assert results.total == 0
    assert results.suggestion["reason"] == "spelling" and results.suggestion["q"] == "ho so truc tuyen"
    assert search(parse(results.suggestion["params"]), engine=ElasticsearchEngine()).hits[0].page_id == page.pk


def test_a_write_never_creates_an_index_by_accident(settings, es, topic, publish):
    """Without the alias (never built, or wiped), pushes fail into the outbox instead of auto-creating an index."""
    page = publish(article(topic, "Tin đăng khi chưa có chỉ mục"))
    assert not es.client.indices.exists(index=documents.alias_name())
    assert IndexingOutbox.objects.filter(page_id=page.pk, done_at__isnull=True).exists()


def request_cache_hits(es):
    stats = es.client.indices.stats(index=es.alias, metric="request_cache")
    return stats["_all"]["total"]["request_cache"]["hit_count"]


def test_a_repeated_search_comes_from_the_request_cache_and_never_hides_a_page_published_since(es, topic, publish):
    """The same search again is answered from Elasticsearch's shard request cache (counts, facets and the
    page of hits), until the index changes: a page published in between is found at once after the refresh."""
    publish(article(topic, "Một cửa liên thông cấp huyện", tags=["một cửa"]))
    rebuild.rebuild(grace=0)
    engine, query = ElasticsearchEngine(), parse({"q": "mot cua"})
    first = engine.search(query)
    assert first.total == 1
    before = request_cache_hits(es)
    again = engine.search(query)
    assert request_cache_hits(es) >= before + 2, "both searches of the request (counts, hits) came from the cache"
    assert [hit.page_id for hit in again.hits] == [hit.page_id for hit in first.hits]
    assert again.facets == first.facets

    publish(article(topic, "Một cửa điện tử tại xã", tags=["một cửa"]))
    es.refresh()
    after = engine.search(query)
    assert after.total == 2, "a cached answer never outlives the index it was read from"
    assert after.facets["type"]["newsarticle"][1] == 2, "and so are its facet counts"
