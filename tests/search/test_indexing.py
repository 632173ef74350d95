"""The indexing code behind both engines: what an entry holds, and that editors are never blocked."""

import datetime

import pytest
from django.utils import timezone
from taggit.models import Tag
from wagtail.rich_text import RichText

from news.factories import ReformModelPageFactory
from search import documents, entries, rebuild
from search.documents import ContentDocument
from search.engines import DatabaseEngine
from search.models import IndexingOutbox, SearchEntry, SearchFacet
from search.params import parse
from search.service import search
from tests.search.helpers import article

pytestmark = pytest.mark.django_db


def test_an_entry_holds_plain_text_and_folded_words(no_es, topic, agencies, publish):
    page = publish(
        article(
            topic,
            "Đất đai: cấp giấy chứng nhận",
            agency=agencies.home_affairs,
            tags=["một cửa"],
            body=[
                ("paragraph", RichText("<p>Người dân <b>không</b> phải đi lại.</p>")),
                ("quote", {"text": "Việc của dân là việc của mình.", "attribution": "Chủ tịch xã"}),
            ],
        )
    )
    entry = SearchEntry.objects.get(page_id=page.pk)
    assert entry.body == "Người dân không phải đi lại. Việc của dân là việc của mình. Chủ tịch xã"
    assert entry.url == page.url
    assert entry.search_title == " đất đai cấp giấy chứng nhận "
    assert entry.search_title_folded == " dat dai cap giay chung nhan "
    assert " mot cua " in entry.search_text_folded, "tag names are searchable"
    assert (entry.type_key, entry.type_label, entry.agency_key) == ("newsarticle", "Tin bài", "so-noi-vu")
    facets = set(SearchFacet.objects.filter(entry=entry).values_list("field", "key"))
    year = str(timezone.localtime(page.first_published_at).year)
    assert {
        ("type", "newsarticle"),
        ("topic", topic.slug),
        ("agency", "so-noi-vu"),
        ("tag", "mot-cua"),
        ("area", "procedures"),
        ("year", year),
    } <= facets


def test_the_elasticsearch_document_fills_every_field_of_its_mapping(no_es, topic, agencies, publish):
    """The document is the mapping's own class filled from the entry: no facet or filter is left empty
    because a field was renamed on one side only (the strict mapping refuses unknown fields)."""
    expires = timezone.now() + datetime.timedelta(days=30)
    page = publish(article(topic, "Đất đai", agency=agencies.home_affairs, tags=["một cửa"], expire_at=expires))
    entry = SearchEntry.objects.get(page_id=page.pk)
    action = entries.index_actions([entry], "portal-content")[0]
    assert (action["_op_type"], action["_index"], action["_id"]) == ("index", "portal-content", page.pk)
    # every field but the one Elasticsearch fills from the others (copy_to)
    assert set(action["_source"]) == set(ContentDocument._doc_type.mapping.to_dict()["properties"]) - {
        documents.MATCH_FIELD
    }
    facets = action["_source"]["facets"]
    assert "area\x1eprocedures\x1fCải cách thủ tục hành chính" in facets
    assert f"agency\x1e{agencies.home_affairs.slug}\x1f{agencies.home_affairs.name}" in facets
    assert "tag\x1emot-cua\x1fmột cửa" in facets
    assert f"year\x1e{timezone.localtime(page.first_published_at).year}" in facets
    assert f"block\x1e{page.pk // documents.PAGE_BLOCK}" in facets


def test_rich_text_fields_of_other_types_are_searchable(no_es, topic, publish):
    page = publish(ReformModelPageFactory(parent=topic, solution="<p>Hẹn giờ qua <i>Zalo</i> của xã.</p>"))
    assert "Hẹn giờ qua Zalo của xã." in SearchEntry.objects.get(page_id=page.pk).body


def test_a_failure_while_indexing_never_blocks_publishing(es, topic, publish, monkeypatch):
    """The page is published; the outbox keeps it, and sync (which re-decides it) puts it right."""
    rebuild.rebuild(grace=0)

    def broken(self, pages):
        raise RuntimeError("a page type the indexer cannot read")

    monkeypatch.setattr(entries.EntryBuilder, "build", broken)
    page = publish(article(topic, "Tin xuất bản lúc chỉ mục gặp lỗi"))
    assert page.live
    assert IndexingOutbox.objects.filter(page_id=page.pk).exists()
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()

    monkeypatch.undo()
    rebuild.catch_up(timezone.now() - datetime.timedelta(minutes=1))
    assert SearchEntry.objects.filter(page_id=page.pk).exists()
    assert es.ids() == {page.pk}


def test_sections_are_not_indexed_but_their_new_slug_moves_their_pages(no_es, home, topic, publish):
    page = publish(article(topic, "Tin trong chuyên mục đổi đường dẫn"))
    publish(topic)
    assert not SearchEntry.objects.filter(page_id=topic.pk).exists()
    topic.slug = "cai-cach-tthc"
    publish(topic)  # Wagtail sends page_slug_changed
    assert SearchEntry.objects.get(page_id=page.pk).url == "/cai-cach-tthc/" + page.slug + "/"


def test_rebuild_drops_entries_that_are_no_longer_searchable(no_es, topic, publish):
    page = publish(article(topic, "Tin sẽ bị gỡ mà không qua tín hiệu"))
    type(page).objects.filter(pk=page.pk).update(live=False)  # e.g. a script that bypassed Wagtail
    assert rebuild.rebuild() == 0
    assert not SearchEntry.objects.exists() and not SearchFacet.objects.exists()


def test_without_elasticsearch_nothing_goes_to_the_outbox(no_es, topic, publish):
    publish(article(topic, "Tin khi chỉ dùng cơ sở dữ liệu"))
    assert not IndexingOutbox.objects.exists()


def test_sync_forgets_done_outbox_rows_after_a_day(es, topic, publish):
    rebuild.rebuild(grace=0)
    page = publish(article(topic, "Tin đã gửi từ lâu"))
    IndexingOutbox.objects.filter(page_id=page.pk).update(done_at=timezone.now() - datetime.timedelta(days=2))
    rebuild.sync()
    assert not IndexingOutbox.objects.exists()


def test_renamed_agency_topic_and_tag_show_their_new_names(no_es, topic, agencies, publish):
    publish(article(topic, "Tin về một cửa liên thông", agency=agencies.home_affairs, tags=["một cửa"]))
    agencies.home_affairs.name = "Sở Nội vụ Lào Cai (mới)"
    agencies.home_affairs.save()
    tag = Tag.objects.get(slug="mot-cua")
    tag.name = "Một cửa liên thông"
    tag.save()
    topic.title = "Thủ tục hành chính"
    publish(topic)

    facets = search(parse({}), engine=DatabaseEngine()).facets
    assert [value.label for value in facets["agency"].values] == ["Sở Nội vụ Lào Cai (mới)"]
    assert [value.label for value in facets["tag"].values] == ["Một cửa liên thông"]
    assert [value.label for value in facets["topic"].values] == ["Thủ tục hành chính"]
