"""Publishing through one app server shows everywhere within 1.5 s; unpublishing likewise.

The anonymous page cache lives in Redis, keyed by the content version, and nginx keeps a
page for under a second: neither may ever serve a page older than that.
"""

import pytest

from .conftest import eventually, unique_word

pytestmark = pytest.mark.stack

PROMISE = 1.5  # seconds from the editor's click to every reader


def places(stack, article):
    """Where a citizen meets a new article: its page, its section, the home page, the feeds, search."""
    return [
        article["url"],
        article["section_url"],
        "/",
        "/feeds/rss/",
        "/feeds/atom/",
        f"/search/?q={article['word']}",
    ]


def shows(stack, article):
    for base in (stack.app_b, stack.nginx):
        page = stack.get(base, article["url"])
        if page.status_code != 200 or article["title"] not in page.text:
            return False
        for path in places(stack, article)[1:]:  # listings link to it (search highlights the title)
            response = stack.get(base, path)
            if response.status_code != 200 or article["url"] not in response.text:
                return False
        if not any(hit["title"] == article["title"] for hit in stack.search_api(base, article["word"])["results"]):
            return False
    return True


def gone(stack, article):
    for base in (stack.app_b, stack.nginx):
        if stack.get(base, article["url"]).status_code != 404:
            return False
        for path in places(stack, article)[1:]:
            if article["url"] in stack.get(base, path).text:
                return False
        if stack.search_api(base, article["word"])["results"]:
            return False
    return True


def test_publish_on_a_shows_through_b_and_nginx_and_unpublish_disappears(stack):
    """Published via app server A: page, section, home, feeds and search show it via B and nginx within 1.5 s."""
    word = unique_word()
    title = f"Thông báo lịch tiếp công dân {word}"
    # Every place is read (and cached) before the change, so a stale copy would be caught.
    for base in (stack.app_b, stack.nginx):
        for path in ["/", "/feeds/rss/", "/feeds/atom/", f"/search/?q={word}"]:
            assert stack.get(base, path).status_code == 200

    article = stack.action(f"publish_article({title!r}, {word!r})") | {"title": title, "word": word}
    took = eventually(lambda: shows(stack, article), within=PROMISE)
    assert took is not None, f"not everywhere within {PROMISE} s"

    stack.action(f"unpublish({article['id']})")
    took = eventually(lambda: gone(stack, article), within=PROMISE)
    assert took is not None, f"still somewhere after {PROMISE} s"


def test_a_ten_thousand_character_query_gets_the_vietnamese_400(stack):
    """gunicorn.conf.py and nginx let a long search reach the app, which explains the limit in Vietnamese."""
    for base in (stack.nginx, stack.app_a):
        response = stack.get(base, "/search/", params={"q": "cải cách " * 1112})
        assert response.status_code == 400
        assert "Từ khóa tìm kiếm quá dài" in response.text
