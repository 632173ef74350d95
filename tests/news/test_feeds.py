"""RSS and Atom feeds: valid XML, published items only, the whole portal and each section."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from news.factories import NewsArticlePageFactory, ReformModelPageFactory, TopicIndexPageFactory, days_ago
from news.models import Withdrawal

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def content(home, topic):
    """Two published pages in the section, and one of each kind that must never be in a feed."""
    other_section = TopicIndexPageFactory(parent=home, title="Chuyển đổi số", slug="chuyen-doi-so")
    pages = {
        "article": NewsArticlePageFactory(
            parent=topic, title="Một cửa liên thông cấp xã", first_published_at=days_ago(1)
        ),
        "model": ReformModelPageFactory(
            parent=topic, title="Tổ công nghệ số cộng đồng", first_published_at=days_ago(2)
        ),
        "elsewhere": NewsArticlePageFactory(parent=other_section, title="Ký số trên điện thoại"),
        "draft": NewsArticlePageFactory(parent=topic, title="Bản nháp chưa duyệt", live=False),
        "unpublished": NewsArticlePageFactory(parent=topic, title="Bài đã gỡ"),
        "private": NewsArticlePageFactory(parent=topic, title="Bài nội bộ"),
        "withdrawn": NewsArticlePageFactory(parent=topic, title="Bài đã rút"),
    }
    pages["unpublished"].unpublish()
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="password", password="x")
    Withdrawal.objects.create(page=pages["withdrawn"], reason="Thông tin chưa chính xác")
    return pages


HIDDEN = ["Bản nháp chưa duyệt", "Bài đã gỡ", "Bài nội bộ", "Bài đã rút"]


def rss_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own answer; raises on invalid XML
    assert root.tag == "rss"
    return [item.findtext("title") for item in root.iter("item")]


def atom_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own server's answer
    assert root.tag == f"{ATOM}feed"
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_rss_lists_published_items_only_newest_first(client, content):
    titles = rss_titles(client.get("/feeds/rss/"))
    assert titles == ["Ký số trên điện thoại", "Một cửa liên thông cấp xã", "Tổ công nghệ số cộng đồng"]
    for hidden in HIDDEN:
        assert hidden not in titles


def test_atom_lists_published_items_only(client, content):
    titles = atom_titles(client.get("/feeds/atom/"))
    assert set(titles) == {"Ký số trên điện thoại", "Một cửa liên thông cấp xã", "Tổ công nghệ số cộng đồng"}


def test_items_carry_absolute_links_dates_and_summary(client, content):
    root = ET.fromstring(client.get("/feeds/rss/").content)  # noqa: S314 - our own server's answer
    item = next(i for i in root.iter("item") if i.findtext("title") == "Một cửa liên thông cấp xã")
    assert item.findtext("link") == content["article"].full_url
    assert item.findtext("pubDate")
    assert item.findtext("description") == content["article"].summary
    assert root.find("channel").findtext("language") == "vi"


def test_topic_feed_lists_its_section_only(client, topic, content):
    rss = rss_titles(client.get(f"/feeds/{topic.slug}/rss/"))
    assert rss == ["Một cửa liên thông cấp xã", "Tổ công nghệ số cộng đồng"]
    atom = atom_titles(client.get(f"/feeds/{topic.slug}/atom/"))
    assert set(atom) == set(rss)


def test_unknown_or_unpublished_topic_feed_is_404(client, home, topic, content):
    assert client.get("/feeds/khong-co-chuyen-muc/rss/").status_code == 404
    topic.unpublish()
    assert client.get(f"/feeds/{topic.slug}/rss/").status_code == 404


def test_a_publish_shows_in_the_feed_at_once(client, topic, content):
    rss_titles(client.get("/feeds/rss/"))
    NewsArticlePageFactory(parent=topic, title="Tin mới vừa xuất bản").save_revision().publish()
    assert rss_titles(client.get("/feeds/rss/"))[0] == "Tin mới vừa xuất bản"


def test_control_characters_from_a_word_processor_do_not_break_the_xml(client, topic):
    NewsArticlePageFactory(parent=topic, title="Tiêu đề\x0bcó ký tự lạ", summary="Tóm tắt\x08 lạ")
    assert rss_titles(client.get("/feeds/rss/")) == ["Tiêu đềcó ký tự lạ"]


def test_pages_announce_the_feeds(client, topic, content):
    home_html = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in home_html and 'href="/feeds/rss/"' in home_html
    topic_html = client.get(topic.url).content.decode()
    assert f'href="/feeds/{topic.slug}/rss/"' in topic_html and f'href="/feeds/{topic.slug}/atom/"' in topic_html
