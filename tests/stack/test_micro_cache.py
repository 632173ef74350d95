"""nginx keeps anonymous pages for under a second, never for anyone with a session or CSRF cookie."""

import re
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.stack


def wrk_rate(url, seconds):
    """Requests per second wrk reaches on one URL (2 threads, 16 connections)."""
    command = [shutil.which("wrk"), "-t2", "-c16", f"-d{seconds}s", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def test_cached_article_reaches_half_the_static_file_rate(stack):
    """A cached article through nginx serves at least half as fast as a static file, in the same run.

    Short runs, interleaved, best of three each: a busy machine slows both alike.
    """
    assert shutil.which("wrk"), "wrk is needed (apt-get install -y wrk)"
    html = stack.get(stack.nginx, "/").text
    article = re.search(r'href="(/(?!feeds/)[a-z0-9-]+/[a-z0-9-]{12,}/)"', html).group(1)
    static = re.search(r'(/static/[^"]+\.css)', html).group(1)
    page_rates, static_rates = [], []
    for _ in range(3):
        page_rates.append(wrk_rate(stack.nginx + article, 2))
        static_rates.append(wrk_rate(stack.nginx + static, 2))
    print(f"micro-cached article {max(page_rates):,.0f} req/s, static file {max(static_rates):,.0f} req/s")
    assert max(page_rates) >= max(static_rates) / 2


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
