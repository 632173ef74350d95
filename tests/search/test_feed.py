"""/search/feed/: any search as RSS, so a journalist keeps a standing query (issue 14 item 2)."""

import email.utils
import html
import re
import xml.etree.ElementTree as ET

import pytest

from news.factories import days_ago
from search import views
from tests.search.helpers import article

pytestmark = pytest.mark.django_db


@pytest.fixture
def land_news(topic, agencies, publish):
    """Three articles on land (two from Bát Xát, published on different days) and one on something else."""
    return {
        "old": publish(
            article(topic, "Đất đai: đối thoại với người dân", published=days_ago(40), agency=agencies.bat_xat)
        ),
        "new": publish(
            article(
                topic,
                "Đất đai: cấp giấy chứng nhận trong ngày",
                published=days_ago(2),
                agency=agencies.bat_xat,
                summary="Người dân nhận giấy tại xã.",
                tags=["đất đai"],
            )
        ),
        "other_agency": publish(
            article(topic, "Đất đai: Sở Nội vụ hướng dẫn", published=days_ago(5), agency=agencies.home_affairs)
        ),
        "unrelated": publish(article(topic, "Dịch vụ công trực tuyến toàn trình", published=days_ago(1))),
    }


def read_feed(client, engine, params):
    if engine.es is not None:
        engine.es.refresh()
    response = client.get("/search/feed/", params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 — our own output
    return response, channel


def test_the_feed_holds_the_search_newest_first_with_its_filters(client, engine, land_news):
    response, channel = read_feed(client, engine, {"q": "dat dai", "agency": "ubnd-bat-xat", "sort": "oldest"})
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [land_news["new"].title, land_news["old"].title], (
        "the same words and filter as the page, newest first whatever the page's sort"
    )
    assert channel.findtext("title").startswith("Tìm kiếm “dat dai” · Cơ quan, đơn vị: UBND huyện Bát Xát")
    assert channel.findtext("language") == "vi"
    first = items[0]
    assert first.findtext("link") == land_news["new"].full_url
    assert first.findtext("description") == "Người dân nhận giấy tại xã."
    assert first.findtext("{http://purl.org/dc/elements/1.1/}creator") == "UBND huyện Bát Xát"
    assert {category.text for category in first.findall("category")} >= {"đất đai"}
    published = email.utils.parsedate_to_datetime(first.findtext("pubDate"))
    assert published == land_news["new"].first_published_at.replace(microsecond=0)
    site = land_news["new"].get_site().root_url
    assert channel.findtext("link") == f"{site}/search/?q=dat+dai&agency=ubnd-bat-xat", "the page, without the sort"


def test_the_feed_follows_published_content_and_is_cached_in_between(
    client, engine, topic, land_news, publish, monkeypatch
):
    searches = []
    real = views.feeds.search
    monkeypatch.setattr(views.feeds, "search", lambda query: searches.append(query) or real(query))
    _, channel = read_feed(client, engine, {"q": "dat dai"})
    _, again = read_feed(client, engine, {"q": "dat dai"})
    assert len(searches) == 1, "a reader polling again reads the cache until something is published"
    assert ET.tostring(channel) == ET.tostring(again)

    publish(article(topic, "Đất đai: công khai bảng giá mới", published=days_ago(0)))
    _, channel = read_feed(client, engine, {"q": "dat dai"})
    assert channel.find("item").findtext("title") == "Đất đai: công khai bảng giá mới"
    assert len(searches) == 2


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sort": "popular"}, "Cách sắp xếp không có"),
        ({"from": "2024-13-45"}, "Từ ngày không hợp lệ"),
        ({"tag": "khong-co"}, "Từ khóa không có: khong-co."),
    ],
)
def test_bad_parameters_are_refused_with_the_pages_message(client, no_es, params, message):
    response = client.get("/search/feed/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert message in response.content.decode()
    page = client.get("/search/", params)
    assert page.status_code == 400 and message in html.unescape(page.content.decode())


def test_every_results_page_offers_its_feed(client, no_es, land_news):
    page = client.get("/search/", {"q": "dat dai", "agency": "ubnd-bat-xat", "page": "1", "sort": "oldest"})
    text = page.content.decode()
    alternate = re.search(r'<link rel="alternate" type="application/rss\+xml" title="([^"]+)" href="([^"]+)">', text)
    assert alternate and alternate.group(1) == "Theo dõi kết quả này (RSS)"
    feed_url = html.unescape(alternate.group(2))
    assert feed_url == "/search/feed/?q=dat+dai&agency=ubnd-bat-xat"
    assert f'<a href="{alternate.group(2)}" type="application/rss+xml">Theo dõi kết quả này (RSS)</a>' in text
    feed = client.get(feed_url)
    titles = [item.findtext("title") for item in ET.fromstring(feed.content).iter("item")]  # noqa: S314
    assert titles == [land_news["new"].title, land_news["old"].title]
    assert (
        'rel="alternate" type="application/rss+xml" title="Theo dõi'
        not in client.get("/search/", {"sort": "popular"}).content.decode()
    ), "no feed offered for parameters the feed would refuse"
