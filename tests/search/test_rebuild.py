"""search_index rebuild's shortcuts: what it skips must never leave search showing something stale,
the index it loads with its own settings must serve with the live ones, and entries built in
worker processes must be the ones a single process builds."""

import contextlib
import os
import sqlite3

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test.utils import CaptureQueriesContext

from news.factories import ReformModelPageFactory, days_ago
from news.models import Agency, NewsArticlePage
from search import documents, rebuild
from search.entries import EntryBuilder
from search.models import SearchEntry, SearchFacet
from tests.search.helpers import article

pytestmark = pytest.mark.django_db


def indexed_at(page_ids):
    return dict(SearchEntry.objects.filter(page_id__in=page_ids).values_list("page_id", "indexed_at"))


def test_a_rebuild_rewrites_changed_entries_only(no_es, topic, agencies):
    """Pages edited behind Wagtail's back (a script, a data fix) come out right; the rest is not rewritten."""
    pages = [article(topic, f"Tin số {n} về một cửa", agency=agencies.home_affairs) for n in range(3)]
    ids = [page.pk for page in pages]
    assert rebuild.rebuild() == 3
    before = indexed_at(ids)

    NewsArticlePage.objects.filter(pk=pages[0].pk).update(title="Tin đã sửa tiêu đề")
    assert rebuild.rebuild() == 3

    after = indexed_at(ids)
    assert SearchEntry.objects.get(page_id=pages[0].pk).title == "Tin đã sửa tiêu đề"
    assert " sua " in SearchEntry.objects.get(page_id=pages[0].pk).search_title_folded
    assert after[pages[0].pk] > before[pages[0].pk]
    assert [after[pk] for pk in ids[1:]] == [before[pk] for pk in ids[1:]], "unchanged entries were not rewritten"


def test_a_rebuild_rewrites_an_entry_whose_only_change_is_a_facet_label(no_es, topic, agencies):
    page = article(topic, "Tin của Sở Nội vụ", agency=agencies.home_affairs)
    rebuild.rebuild()
    Agency.objects.filter(pk=agencies.home_affairs.pk).update(name="Sở Nội vụ (tên mới)")  # no signal sent

    rebuild.rebuild()

    assert SearchEntry.objects.get(page_id=page.pk).agency_label == "Sở Nội vụ (tên mới)"
    assert SearchFacet.objects.get(entry_id=page.pk, field="agency").label == "Sở Nội vụ (tên mới)"


def test_reading_pages_for_their_entries_costs_the_same_queries_for_any_number_of_pages(no_es, topic):
    """Only the columns an entry uses are loaded; none is then fetched page by page."""

    def queries_for(count):
        pages = [article(topic, f"Tin {n}") for n in range(count)]
        pages += [ReformModelPageFactory(parent=topic) for _ in range(count)]
        rebuild.rebuild()
        SearchEntry.objects.all().delete()
        with CaptureQueriesContext(connection) as captured:
            rebuild.rebuild()
        return len(captured.captured_queries)

    assert queries_for(2) == queries_for(6)


def test_the_index_is_loaded_with_refreshes_and_replicas_off_and_serves_with_them_back(
    es, topic, settings, monkeypatch
):
    settings.ELASTICSEARCH_REPLICAS = 1  # a one-node cluster leaves the replica unassigned: the setting is what counts
    article(topic, "Tin để lập chỉ mục")
    while_building = {}
    fill = rebuild.fill

    def spying_fill(client, new_index, progress, batch_size):
        kept = fill(client, new_index, progress, batch_size)
        while_building.update(es.client.indices.get_settings(index=new_index)[new_index]["settings"]["index"])
        return kept

    monkeypatch.setattr(rebuild, "fill", spying_fill)
    rebuild.rebuild(grace=0)

    assert while_building["refresh_interval"] == "-1"
    assert while_building["number_of_replicas"] == "0"
    assert while_building["translog"]["durability"] == "async"
    (name,) = es.client.indices.get_alias(name=es.alias).body
    serving = es.client.indices.get_settings(index=name)[name]["settings"]["index"]
    assert serving["refresh_interval"] == documents.REFRESH_INTERVAL
    assert serving["number_of_replicas"] == "1"
    assert serving["translog"]["durability"] == "request"


def test_search_hits_keep_what_results_show_and_the_index_stores_nothing_else(es, topic, agencies):
    page = article(topic, "Đất đai: cấp giấy chứng nhận", agency=agencies.home_affairs, tags=["một cửa"])
    rebuild.rebuild(grace=0)
    stored = es.client.get(index=es.alias, id=page.pk)["_source"]
    assert set(stored) == set(documents.STORED_FIELDS)
    assert stored["title"] == "Đất đai: cấp giấy chứng nhận"
    assert stored["display"]["url"] == page.url


@pytest.fixture
def database_other_processes_can_open(transactional_db, tmp_path):
    """The parallel rebuild's workers open their own connections, so its test needs committed rows in a
    database another process can open: PostgreSQL's test database is one; the in-memory SQLite of
    the default test settings is not, so the test runs on a file copy of it, put back afterwards."""
    memory = connections[DEFAULT_DB_ALIAS]
    if not (memory.vendor == "sqlite" and memory.is_in_memory_db()):
        yield
        return
    memory.ensure_connection()
    path = tmp_path / "rebuild.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as copy:
        memory.connection.backup(copy)
    on_file = memory.__class__({**memory.settings_dict, "NAME": str(path)}, DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = on_file
    try:
        yield
    finally:
        on_file.close()
        connections[DEFAULT_DB_ALIAS] = memory


def stored_entries():
    columns = [f.attname for f in SearchEntry._meta.concrete_fields if f.attname != "indexed_at"]
    entries = {row[0]: row for row in SearchEntry.objects.values_list(*columns)}
    facets = sorted(SearchFacet.objects.values_list("entry_id", "field", "key", "label"))
    return entries, facets


def stored_documents(es):
    es.refresh()
    response = es.client.search(index=es.alias, size=1_000, query={"match_all": {}})
    return {int(hit["_id"]): hit["_source"] for hit in response["hits"]["hits"]}


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_in_worker_processes_loads_what_a_rebuild_in_one_process_does(
    database_other_processes_can_open, es, topic, agencies, settings, monkeypatch, tmp_path
):
    """Entries built in parallel by forked workers give the same entries, facets and documents, in
    the same index, as the one-process path: only searchable pages, never a draft or an expired page."""
    searchable = [
        article(topic, f"Tin số {n} về đất đai", agency=agencies.home_affairs, tags=["một cửa"]) for n in range(5)
    ]
    searchable += [ReformModelPageFactory(parent=topic, title=f"Mô hình {n}") for n in range(3)]
    article(topic, "Bản nháp chưa đăng", live=False)
    article(topic, "Tin đã hết hạn", expire_at=days_ago(1))
    builders = tmp_path / "builders"
    build = EntryBuilder.build

    def recording_build(self, pages):  # forked workers inherit it: each appends its process id
        with builders.open("a") as log:
            log.write(f"{os.getpid()}\n")
        return build(self, pages)

    monkeypatch.setattr(EntryBuilder, "build", recording_build)
    progress = []

    settings.SEARCH_REBUILD_WORKERS = 1
    assert rebuild.rebuild(batch_size=2, grace=0) == len(searchable)
    serial_entries, serial_documents = stored_entries(), stored_documents(es)
    SearchEntry.objects.all().delete()  # so the parallel pass writes every entry again
    builders.unlink()

    settings.SEARCH_REBUILD_WORKERS = 2
    assert rebuild.rebuild(batch_size=2, grace=0, progress=lambda done, total: progress.append(done)) == len(searchable)

    assert set(builders.read_text().split()) - {str(os.getpid())}, "entries were built in worker processes"
    assert stored_entries() == serial_entries
    assert set(serial_entries[0]) == {page.pk for page in searchable}
    assert stored_documents(es) == serial_documents
    assert set(serial_documents) == {page.pk for page in searchable}
    assert progress == [0, 2, 4, 6, 8]
