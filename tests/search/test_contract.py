"""What both engines promise, checked on each: Elasticsearch and the database engine alike.

Pages are published the way editors publish them (a revision, then publish), so the
receivers and the indexing code run exactly as on the site.
"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from news.factories import (
    DocumentIndexPageFactory,
    ExemplaryOfficialPageFactory,
    LegalDocumentPageFactory,
    ReformModelPageFactory,
    days_ago,
)
from news.models import ContentPage, ExemplaryOfficialPage, NewsArticlePage, ReformModelPage, Withdrawal
from news.signals import page_withdrawal_lifted, page_withdrawn
from search import rebuild
from tests.search.helpers import article, make_private

pytestmark = pytest.mark.django_db


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 9, 0))


@pytest.fixture
def archive(topic, second_topic, agencies, publish):
    """A small archive with every type, two sections, two agencies, tags and dates over three years."""
    pages = {
        "online": article(
            topic,
            "Lào Cai mở rộng dịch vụ công trực tuyến toàn trình",
            published=at(2024, 3, 10),
            agency=agencies.home_affairs,
            summary="Người dân nộp hồ sơ qua mạng, không phải đến Bộ phận một cửa.",
            tags=["dịch vụ công", "chuyển đổi số"],
        ),
        "land": article(
            topic,
            "Đất đai: rút ngắn thời gian cấp giấy chứng nhận",
            published=at(2023, 6, 1),
            agency=agencies.bat_xat,
            summary="Thủ tục hành chính lĩnh vực đất đai được giải quyết sớm hạn.",
            tags=["đất đai"],
        ),
        "radio": article(
            second_topic,
            "Đặt đài truyền thanh thông minh ở các xã vùng cao",
            published=at(2025, 1, 20),
            agency=agencies.bat_xat,
            summary="Loa truyền thanh phát bản tin cải cách hành chính bằng tiếng dân tộc.",
            tags=["chuyển đổi số"],
        ),
        "model": ReformModelPageFactory(
            parent=second_topic,
            title="Mô hình Bộ phận một cửa không chờ",
            first_published_at=at(2024, 9, 5),
            agency=agencies.home_affairs,
            summary="Hẹn giờ nộp hồ sơ trực tuyến qua Zalo, không phải chờ.",
            tags=["một cửa"],
        ),
        "official": ExemplaryOfficialPageFactory(
            parent=topic,
            title="Người giữ lửa Bộ phận một cửa xã Bản Phiệt",
            first_published_at=at(2024, 11, 2),
            agency=agencies.bat_xat,
            summary="Chị Lù Thị Mai hướng dẫn người dân làm thủ tục đất đai trên dịch vụ công trực tuyến.",
            tags=["một cửa"],
        ),
    }
    pages["model"].topics.add(topic)  # filed under a further topic too
    pages["model"].save()
    for page in pages.values():
        publish(page)
    return pages


def published_titles():
    return set(ContentPage.objects.live().public().values_list("title", flat=True))


# ---------------------------------------------------------------- visibility


def test_draft_private_expired_and_withdrawn_pages_are_never_found(engine, topic, publish, committed):
    """Only live, public, unexpired, not withdrawn pages can be found."""
    draft = article(topic, "Bản nháp về cải cách thủ tục", live=False)
    with committed():
        draft.save_revision()

    private = publish(article(topic, "Báo cáo nội bộ về cải cách thủ tục"))
    make_private(private, committed)

    expired = article(
        topic, "Thông báo hết hạn về cải cách thủ tục", expire_at=timezone.now() - datetime.timedelta(hours=1)
    )
    publish(expired)  # publish_scheduled has not run yet: still live, already expired
    expiring = publish(article(topic, "Lịch tiếp dân về cải cách thủ tục"))
    ContentPage.objects.filter(pk=expiring.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    with committed():
        call_command("publish_scheduled")  # Wagtail 8 unpublishes it, sending page_unpublished

    withdrawn = publish(article(topic, "Tin sai sự thật về cải cách thủ tục"))
    with committed():
        Withdrawal.objects.create(page_id=withdrawn.pk, reason="Thông tin chưa được kiểm chứng.")
        page_withdrawn.send(sender=NewsArticlePage, instance=withdrawn, user=None)

    visible = publish(article(topic, "Kết quả cải cách thủ tục năm 2024"))

    assert engine.titles(q="cải cách thủ tục") == [visible.title]
    assert engine.titles(q="cai cach thu tuc") == [visible.title]
    assert engine.total() == 1, "browsing without words shows the same single page"

    # A rebuild from the database keeps them out too (the listing rule decides, not the signals).
    rebuild.rebuild(grace=0)
    assert engine.titles(q="cải cách thủ tục") == [visible.title]


def test_published_page_is_found_and_unpublishing_removes_it(engine, topic, publish, committed):
    page = publish(article(topic, "Tuyên truyền dịch vụ bưu chính công ích"))
    assert engine.titles(q="bưu chính công ích") == [page.title]

    with committed():
        page.unpublish()
    assert engine.titles(q="bưu chính công ích") == []


def test_republishing_updates_the_page(engine, topic, publish):
    page = publish(article(topic, "Hội nghị sơ kết cải cách hành chính"))
    page.title = "Hội nghị tổng kết cải cách hành chính"
    publish(page)
    assert engine.titles(q='"tổng kết"') == [page.title]
    assert engine.titles(q='"sơ kết"') == []


def test_deleting_a_page_removes_it(engine, topic, publish, committed):
    page = publish(article(topic, "Bài sẽ bị xóa về số hóa hồ sơ"))
    with committed():
        page.delete()
    assert engine.titles(q="số hóa hồ sơ") == []


def test_withdrawal_lifted_brings_the_page_back(engine, topic, publish, committed):
    page = publish(article(topic, "Kết quả chấm điểm chỉ số PAR INDEX"))
    with committed():
        withdrawal = Withdrawal.objects.create(page_id=page.pk, reason="Số liệu cần rà soát lại.")
        page_withdrawn.send(sender=NewsArticlePage, instance=page, user=None)
    assert engine.titles(q="PAR INDEX") == []
    with committed():
        withdrawal.delete()
        page_withdrawal_lifted.send(sender=NewsArticlePage, instance=page, user=None)
    assert engine.titles(q="PAR INDEX") == [page.title]


def test_a_restricted_section_hides_everything_below_it(engine, home, topic, second_topic, publish, committed):
    inside = publish(article(second_topic, "Kế hoạch chuyển đổi số cấp xã"))
    outside = publish(article(topic, "Chuyển đổi số trong giải quyết thủ tục"))
    restriction = make_private(second_topic, committed)
    assert engine.titles(q="chuyển đổi số") == [outside.title]
    with committed():
        restriction.delete()
    assert set(engine.titles(q="chuyển đổi số")) == {inside.title, outside.title}


def test_a_page_moved_out_of_the_public_site_is_removed(engine, home, topic, publish, committed):
    page = publish(article(topic, "Tài liệu lưu trữ về một cửa liên thông"))
    archive_root = Page.get_first_root_node().add_child(instance=Page(title="Lưu trữ nội bộ", slug="luu-tru"))
    with committed():
        page.move(archive_root, pos="last-child")
    assert engine.titles(q="một cửa liên thông") == []
    with committed():
        ContentPage.objects.get(pk=page.pk).move(Page.objects.get(pk=topic.pk), pos="last-child")
    assert engine.titles(q="một cửa liên thông") == [page.title]


# ---------------------------------------------------------------- Vietnamese


def test_typed_without_diacritics_finds_the_vietnamese(engine, archive):
    assert archive["online"].title in engine.titles(q="dich vu cong truc tuyen")
    assert archive["land"].title in engine.titles(q="dat dai")
    assert archive["land"].title in engine.titles(q="DAT DAI")


def test_with_diacritics_the_exact_match_ranks_first(engine, archive):
    """ "đất đai" and "đặt đài" fold alike; the page with the reader's diacritics comes first."""
    titles = engine.titles(q="đất đai")
    assert titles[0] == archive["land"].title
    assert archive["radio"].title in titles, "the folded match is still found, lower"
    titles = engine.titles(q="đặt đài")
    assert titles[0] == archive["radio"].title


def test_words_are_anded_and_phrases_kept_together(engine, archive):
    assert engine.titles(q="một cửa Zalo") == [archive["model"].title]
    assert set(engine.titles(q="một cửa")) == {
        archive["model"].title,
        archive["official"].title,
        archive["online"].title,
    }
    assert engine.titles(q='"cửa không chờ"') == [archive["model"].title]
    assert engine.titles(q='"chờ không cửa"') == []


def test_results_are_highlighted(engine, archive):
    hits = {hit.title: hit for hit in engine.search(q="dat dai").hits}
    assert hits[archive["land"].title].title_html.startswith("<mark>Đất đai</mark>: rút ngắn")
    assert hits[archive["radio"].title].title_html.startswith("<mark>Đặt đài</mark> truyền thanh")
    hit = engine.search(q='"giấy chứng nhận"').hits[0]
    assert "<mark>giấy chứng nhận</mark>" in hit.title_html


@pytest.fixture
def lao_cai(topic, publish):
    """Demo-like pages of a portal for Lào Cai: the province's name, "cách" and "đại diện" everywhere,
    the phrases searched for in the text of only some pages."""

    def body(text):
        return [("paragraph", RichText(f"<p>{text}</p>"))]

    pages = {
        "reform": article(
            topic,
            "Hội nghị trực tuyến với các xã",
            published=days_ago(30),
            summary="Đại diện các xã dự hội nghị.",
            body=body("Lào Cai đẩy mạnh cải cách hành chính trong năm nay."),
        ),
        "elsewhere": article(
            topic,
            "Lào Cai tìm cách giữ rừng đầu nguồn",
            published=days_ago(1),
            summary="Tỉnh Lào Cai bàn cách giao rừng cho các hộ.",
            body=body("Lào Cai có nhiều cách làm hay; đại diện các hộ giữ rừng phát biểu."),
        ),
        "land": article(
            topic,
            "Trả lời cử tri về cấp giấy chứng nhận",
            published=days_ago(20),
            summary="Đại diện Sở Nông nghiệp và Môi trường trả lời về đất đai.",
        ),
        "delegates": article(
            topic,
            "Đại diện các xã hỏi về đất rừng",
            published=days_ago(2),
            summary="Đại diện các xã hỏi về đất sản xuất, đại diện hộ dân hỏi về đất ở.",
        ),
    }
    for page in pages.values():
        publish(page)
    return pages


def test_pages_with_the_words_together_rank_first(engine, lao_cai):
    """Issue 12: "cai cach" must not put the many pages naming Lào Cai before the one about cải cách."""
    assert engine.titles(q="cai cach") == [lao_cai["reform"].title, lao_cai["elsewhere"].title]
    assert engine.titles(q="dat dai") == [lao_cai["land"].title, lao_cai["delegates"].title]


def test_the_phrase_is_highlighted_and_not_the_lone_words_elsewhere(engine, lao_cai):
    hits = {hit.title: hit for hit in engine.search(q="cai cach").hits}
    reform = hits[lao_cai["reform"].title]
    assert reform.snippet_html == "Lào Cai đẩy mạnh <mark>cải cách</mark> hành chính trong năm nay."
    hits = {hit.title: hit for hit in engine.search(q="dat dai").hits}
    land = hits[lao_cai["land"].title]
    assert land.summary_html == "Đại diện Sở Nông nghiệp và Môi trường trả lời về <mark>đất đai</mark>."
    assert "<mark>Đại</mark>" not in land.title_html + land.summary_html + land.snippet_html


# ---------------------------------------------------------------- facets and filters


def test_facet_counts_equal_the_matching_published_pages(engine, archive):
    """Each count is what choosing that value (instead of the facet's other values) would find."""
    results = engine.search(q="một cửa")
    assert results.total == 3
    for field, facet in results.facets.items():
        for value in facet.values:
            params = dict(value.params)
            assert engine.total(**params) == value.count, (field, value.key)

    everything = engine.search()
    by_type = {value.key: value.count for value in everything.facets["type"].values}
    assert by_type == {
        "newsarticle": NewsArticlePage.objects.live().count(),
        "reformmodel": ReformModelPage.objects.live().count(),
        "exemplaryofficial": ExemplaryOfficialPage.objects.live().count(),
    }
    assert everything.total == len(published_titles()) == 5
    by_year = {value.key: value.count for value in everything.facets["year"].values}
    assert by_year == {"2023": 1, "2024": 3, "2025": 1}


def test_filters_combine(engine, archive, topic, agencies):
    assert set(engine.titles(topic=topic.slug)) == {
        archive["online"].title,
        archive["land"].title,
        archive["official"].title,
        archive["model"].title,  # filed under it as a further topic
    }
    assert set(engine.titles(topic=topic.slug, agency="ubnd-bat-xat")) == {
        archive["land"].title,
        archive["official"].title,
    }
    assert engine.titles(topic=topic.slug, agency="ubnd-bat-xat", type="exemplaryofficial") == [
        archive["official"].title
    ]
    assert engine.titles(q="đất đai", agency="ubnd-bat-xat", **{"from": "2024-01-01", "to": "2024-12-31"}) == [
        archive["official"].title
    ]
    assert engine.titles(tag="mot-cua", **{"from": "2024-01-01", "to": "2024-12-31"}) == [
        archive["official"].title,
        archive["model"].title,
    ]
    assert set(engine.titles(type=["reformmodel", "exemplaryofficial"])) == {
        archive["model"].title,
        archive["official"].title,
    }


def test_chosen_facet_keeps_the_other_values_counted(engine, archive):
    """Choosing a type does not hide the other types: their counts ignore the type filter."""
    results = engine.search(type="reformmodel")
    assert results.total == 1
    counts = {value.key: (value.count, value.selected) for value in results.facets["type"].values}
    assert counts == {"newsarticle": (3, False), "reformmodel": (1, True), "exemplaryofficial": (1, False)}


def test_sorting_and_pagination(engine, archive):
    newest = engine.titles(sort="newest")
    assert newest[0] == archive["radio"].title and newest[-1] == archive["land"].title
    assert engine.titles(sort="oldest") == list(reversed(newest))
    assert engine.titles(sort="newest", size=2, page=2) == newest[2:4]
    assert engine.titles(sort="newest", size=2, page=3) == newest[4:]
    assert engine.titles(sort="newest", size=2, page=4) == []


def test_past_the_result_window_and_in_a_reversed_range_a_page_is_empty_not_an_error(engine, archive):
    """Elasticsearch pages only through the first 10,000 results; past them the page is empty, as
    past the last result, and the total still counts everything."""
    results = engine.search(page=1001, size=10)
    assert results.hits == [] and results.total == 5
    assert engine.total(**{"from": "2025-01-01", "to": "2024-01-01"}) == 0


def test_a_suggestion_when_nothing_matches(engine, archive):
    results = engine.search(q="đất đai Zalo")
    assert results.total == 0
    assert results.suggestion is not None and results.suggestion["total"] > 0

    results = engine.search(q="dịch vụ công", type="reformmodel")
    assert results.total == 0
    assert results.suggestion["reason"] == "without_filters"
    assert engine.total(**results.suggestion["params"]) == results.suggestion["total"]


def test_newly_published_pages_of_every_type_are_found(engine, topic, publish):
    official = publish(
        ExemplaryOfficialPageFactory(parent=topic, title="Tấm gương cán bộ tư pháp xã", first_published_at=days_ago(2))
    )
    model = publish(
        ReformModelPageFactory(parent=topic, title="Mô hình tư pháp lưu động", first_published_at=days_ago(3))
    )
    assert set(engine.titles(q="tư pháp")) == {official.title, model.title}
    # Searchable fields of each type, not just the title: the official's biography.
    assert engine.titles(q="gắn bó") == [official.title]


def test_a_document_is_found_by_its_number(engine, home, publish):
    """Journalists type a document's number and symbol, slash and dash included: "18/KH-UBND"."""
    section = DocumentIndexPageFactory(parent=home)
    plan = publish(
        LegalDocumentPageFactory(
            parent=section, live=False, number="18/KH-UBND", title="Kế hoạch tuyên truyền CCHC 2024"
        )
    )
    publish(LegalDocumentPageFactory(parent=section, live=False, number="442/KH-UBND", title="Kế hoạch CCHC năm 2024"))
    publish(LegalDocumentPageFactory(parent=section, live=False, number="18/QĐ-UBND", title="Quyết định kiện toàn"))
    assert engine.titles(q="18/KH-UBND") == [plan.title]


def test_private_page_restriction_saved_after_publishing_is_honoured(engine, topic, publish, committed):
    page = publish(article(topic, "Danh sách công chức dự thi"))
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert engine.titles(q="công chức dự thi") == []
