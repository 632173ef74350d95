"""Topic listings: newest first, paginated, filterable by tag, and never a 500 on bad input."""

import pytest
from django.test import override_settings

from news.factories import NewsArticlePageFactory, ReformModelPageFactory, TopicIndexPageFactory, days_ago

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(topic):
    """Five articles, the first the newest."""
    return [NewsArticlePageFactory(parent=topic, title=f"Tin số {n}", first_published_at=days_ago(n)) for n in range(5)]


def titles_in(html, pages):
    return [page.title for page in pages if page.title in html]


@override_settings(PORTAL_PAGE_SIZE=2)
def test_listing_paginates_newest_first(client, topic, articles):
    first = client.get(topic.url).content.decode()
    assert titles_in(first, articles) == ["Tin số 0", "Tin số 1"]
    assert first.index("Tin số 0") < first.index("Tin số 1")
    third = client.get(topic.url, {"page": 3}).content.decode()
    assert titles_in(third, articles) == ["Tin số 4"]


@override_settings(PORTAL_PAGE_SIZE=2)
@pytest.mark.parametrize("bad", ["abc", "-1", "0", "1.5", "9" * 40, ""])
def test_malformed_page_number_gives_a_page_not_an_error(client, topic, articles, bad):
    response = client.get(topic.url, {"page": bad})
    assert response.status_code == 200
    assert titles_in(response.content.decode(), articles)


@override_settings(PORTAL_PAGE_SIZE=2)
def test_page_number_past_the_end_gives_the_last_page(client, topic, articles):
    html = client.get(topic.url, {"page": 99}).content.decode()
    assert titles_in(html, articles) == ["Tin số 4"]


def test_tag_filter_keeps_only_tagged_pages(client, topic):
    tagged = NewsArticlePageFactory(parent=topic, title="Một cửa liên thông", tags=["một cửa"])
    other = NewsArticlePageFactory(parent=topic, title="Chuyển đổi số cấp xã", tags=["chuyển đổi số"])
    html = client.get(topic.url, {"tag": "mot-cua"}).content.decode()
    assert tagged.title in html
    assert other.title not in html


@pytest.mark.parametrize("tag", ["khong-co-tu-khoa-nay", "x" * 500, "<script>"])
def test_unknown_tag_answers_404(client, topic, tag):
    NewsArticlePageFactory(parent=topic, tags=["một cửa"])
    assert client.get(topic.url, {"tag": tag}).status_code == 404


def test_listing_includes_pages_filed_under_the_topic_from_another_section(client, home, topic):
    """A page lives in one section but can also be filed under further topics."""
    other_section = TopicIndexPageFactory(parent=home, title="Sáng kiến, mô hình")
    model = ReformModelPageFactory(parent=other_section, title="Tổ công nghệ số cộng đồng")
    model.topics.add(topic)
    model.save()
    assert model.title in client.get(topic.url).content.decode()
    assert model.title in client.get(other_section.url).content.decode()


def test_draft_never_listed(client, topic):
    NewsArticlePageFactory(parent=topic, title="Bản nháp chưa duyệt", live=False)
    assert "Bản nháp chưa duyệt" not in client.get(topic.url).content.decode()
