"""nginx keeps anonymous pages for under a second, never for anyone with a session or CSRF cookie."""

import concurrent.futures
import math
import re
import time

import pytest
import requests

pytestmark = pytest.mark.stack


def crowd(url, seconds, readers=8):
    """Anonymous readers fetching one URL over and over for `seconds`: each response's X-Micro-Cache."""
    stop_at = time.monotonic() + seconds

    def reader():
        statuses = []
        with requests.Session() as session:
            while time.monotonic() < stop_at:
                response = session.get(url, timeout=10)
                assert response.status_code == 200
                statuses.append(response.headers.get("X-Micro-Cache", "not cached"))
        return statuses

    with concurrent.futures.ThreadPoolExecutor(max_workers=readers) as pool:
        futures = [pool.submit(reader) for _ in range(readers)]
        return [status for future in futures for status in future.result()]


def test_a_crowd_on_one_article_costs_the_app_servers_one_render_a_second(stack):
    """Readers hammering one article: nginx asks an app server for it once a second, not once a reader.

    How fast that serves is bench/stack_bench.py's measure ("article, micro-cached" against a
    static file); tests do not time.
    """
    html = stack.get(stack.nginx, "/").text
    article = re.search(r'href="(/(?!feeds/)[a-z0-9-]+/[a-z0-9-]{12,}/)"', html).group(1)
    started = time.monotonic()
    statuses = crowd(stack.nginx + article, seconds=3)
    seconds = math.ceil(time.monotonic() - started)
    rendered = [status for status in statuses if status != "HIT"]
    print(f"{len(statuses)} responses in {seconds} s, {len(rendered)} from an app server: {set(rendered)}")
    assert len(statuses) >= 60, "too few requests to show anything"
    # One render per second the crowd spans (a key per second), and one more for the second it began in.
    assert len(rendered) <= seconds + 1
    assert set(rendered) <= {"MISS", "EXPIRED"}


def test_session_and_csrf_cookies_bypass_the_micro_cache(stack):
    """A reader with a session or CSRF cookie always gets a page rendered for them."""
    stack.get(stack.nginx, "/")
    assert stack.get(stack.nginx, "/").headers["X-Micro-Cache"] in {"HIT", "MISS", "EXPIRED"}
    for cookie in ("sessionid", "csrftoken"):
        response = stack.http.get(stack.nginx + "/", cookies={cookie: "abc"}, timeout=10)
        assert response.headers["X-Micro-Cache"] == "BYPASS"


def test_static_files_are_cached_for_a_year_and_compressed(stack):
    """Static files carry a content hash, so browsers keep them; text is sent gzipped."""
    static = re.search(r'(/static/[^"]+\.css)', stack.get(stack.nginx, "/").text).group(1)
    response = stack.get(stack.nginx, static, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert "immutable" in response.headers["Cache-Control"] and "max-age=31536000" in response.headers["Cache-Control"]
    assert response.headers.get("Content-Encoding") == "gzip"


def test_a_page_that_sets_a_cookie_is_never_stored(stack):
    """The feedback form sets a CSRF cookie: each visitor gets their own token, never another's."""
    tokens = set()
    for _ in range(3):
        response = stack.http.get(stack.nginx + "/gop-y/", timeout=10)
        assert response.status_code == 200
        assert response.headers["X-Micro-Cache"] != "HIT"
        tokens.add(response.cookies["csrftoken"])
        stack.http.cookies.clear()
    assert len(tokens) == 3
