"""Pages get ASCII slugs from their Vietnamese titles, so shared links are not percent-encoded."""

import pytest
from wagtail.models import Page

from news.factories import NewsArticlePageFactory
from news.models import NewsArticlePage

pytestmark = pytest.mark.django_db


def test_a_page_saved_without_a_slug_gets_one_from_its_title(topic):
    page = NewsArticlePage(title="Đường dây nóng cho đồng bào", summary="Tóm tắt.", body=[])
    topic.add_child(instance=page)
    assert Page.objects.get(pk=page.pk).slug == "duong-day-nong-cho-dong-bao"


def test_a_unicode_slug_from_a_script_is_folded(topic):
    page = NewsArticlePageFactory(parent=topic, title="Hỏi đáp", slug="hỏi-đáp-thủ-tục")
    assert Page.objects.get(pk=page.pk).slug == "hoi-dap-thu-tuc"


def test_two_pages_with_the_same_title_get_distinct_slugs(topic):
    for _ in range(2):
        topic.add_child(instance=NewsArticlePage(title="Đường dây nóng", summary="Tóm tắt.", body=[]))
    slugs = set(topic.get_children().values_list("slug", flat=True))
    assert {"duong-day-nong", "duong-day-nong-2"} <= slugs


def test_an_ascii_slug_is_kept(topic):
    page = NewsArticlePageFactory(parent=topic, title="Đường dây nóng", slug="hotline")
    assert Page.objects.get(pk=page.pk).slug == "hotline"
