"""search_index rebuild's shortcuts: what it skips must never leave search showing something stale,
and the index it loads with its own settings must serve with the live ones."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.factories import ReformModelPageFactory
from news.models import Agency, NewsArticlePage
from search import documents, rebuild
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
