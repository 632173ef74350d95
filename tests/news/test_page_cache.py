"""Anonymous readers get stored pages; every change to published content is seen at once."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache, caches
from django.http import HttpResponse, StreamingHttpResponse
from wagtail.models import Page

from news import cache as news_cache
from news.cache import versioned_key
from news.factories import NewsArticlePageFactory
from news.page_cache import AnonymousPageCacheMiddleware, mark_cacheable

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache(client, topic):
    article = NewsArticlePageFactory(parent=topic, title="Một cửa không chờ")
    first = client.get(article.url)
    second = client.get(article.url)
    assert first["X-Portal-Cache"] == "miss"
    assert second["X-Portal-Cache"] == "hit"
    assert second.content == first.content
    assert second["X-Frame-Options"] == first["X-Frame-Options"]


def test_republished_change_is_seen_at_once(client, topic):
    article = NewsArticlePageFactory(parent=topic, title="Tiêu đề cũ")
    client.get(article.url)
    client.get(topic.url)
    article.title = "Tiêu đề mới"
    article.save_revision().publish()
    assert "Tiêu đề mới" in client.get(article.url).content.decode()
    listing = client.get(topic.url).content.decode()
    assert "Tiêu đề mới" in listing and "Tiêu đề cũ" not in listing


def test_unpublished_page_is_gone_at_once(client, topic):
    article = NewsArticlePageFactory(parent=topic)
    url = article.url
    assert client.get(url).status_code == 200
    assert client.get(url)["X-Portal-Cache"] == "hit"
    article.unpublish()
    assert client.get(url).status_code == 404


def test_logged_in_editors_never_get_a_stored_page(client, topic):
    article = NewsArticlePageFactory(parent=topic)
    client.get(article.url)
    client.force_login(get_user_model().objects.create_user("bientap", password="x"))
    response = client.get(article.url)
    assert response.status_code == 200
    assert "X-Portal-Cache" not in response


def test_missing_pages_are_not_stored(client, topic):
    assert client.get("/khong-co-trang-nay/").status_code == 404
    assert "X-Portal-Cache" not in client.get("/khong-co-trang-nay/")


# The middleware on its own, in front of a page view that counts how often it renders -------------


class CountingPage:
    """A page view as Wagtail serves it: opts in to the cache (mark_cacheable), counts its renders."""

    def __init__(self, **headers):
        self.renders = 0
        self.headers = {"Content-Type": "text/html; charset=utf-8", "X-Frame-Options": "DENY", **headers}
        self.status = 200
        self.cookie = None

    def __call__(self, request):
        self.renders += 1
        request.portal_cacheable_page = True
        response = HttpResponse(f"<p>Lần hiển thị {self.renders}</p>", status=self.status, headers=self.headers)
        if self.cookie:
            response.set_cookie(*self.cookie)
        return response


@pytest.fixture
def page_view():
    return CountingPage()


@pytest.fixture
def middleware(page_view):
    return AnonymousPageCacheMiddleware(page_view)


def cache_control(response):
    return {directive.strip() for directive in response.get("Cache-Control", "").split(",") if directive.strip()}


def test_a_page_another_process_stored_is_served_and_then_kept_in_this_process(rf, middleware, page_view):
    """Stored pages live in the shared cache and in each process's own: a process that has not seen
    the page yet serves the shared copy, and keeps it, so it no longer needs the shared one."""
    first = middleware(rf.get("/tin-tuc/mot-cua/"))
    assert first["X-Portal-Cache"] == "miss"
    caches["pages"].clear()  # as in another gunicorn worker

    from_shared = middleware(rf.get("/tin-tuc/mot-cua/"))
    assert from_shared["X-Portal-Cache"] == "hit" and from_shared.content == first.content
    cache.delete(versioned_key("page:testserver:/tin-tuc/mot-cua/"))
    from_own = middleware(rf.get("/tin-tuc/mot-cua/"))
    assert from_own["X-Portal-Cache"] == "hit" and from_own.content == first.content
    assert page_view.renders == 1


def test_a_stored_page_keeps_its_headers_but_never_sets_a_cookie(rf, page_view):
    """Headers the page set (framing, type) come back with the stored copy; a Set-Cookie never does,
    so no visitor ever gets another's cookie."""
    page_view.headers["Set-Cookie"] = "csrftoken=cua-nguoi-khac; Path=/"
    middleware = AnonymousPageCacheMiddleware(page_view)
    middleware(rf.get("/tin-tuc/"))
    hit = middleware(rf.get("/tin-tuc/"))
    assert hit["X-Portal-Cache"] == "hit"
    assert hit["Content-Type"] == "text/html; charset=utf-8" and hit["X-Frame-Options"] == "DENY"
    assert not hit.has_header("Set-Cookie")
    assert hit.content.decode() == "<p>Lần hiển thị 1</p>"


def test_get_and_head_are_served_from_the_cache_and_nothing_else(rf, middleware, page_view):
    assert middleware(rf.get("/tin-tuc/"))["X-Portal-Cache"] == "miss"
    assert middleware(rf.head("/tin-tuc/"))["X-Portal-Cache"] == "hit"
    posted = middleware(rf.post("/tin-tuc/"))
    assert "X-Portal-Cache" not in posted and page_view.renders == 2


def test_a_head_request_stores_the_page_too(rf, middleware):
    assert middleware(rf.head("/tin-tuc/"))["X-Portal-Cache"] == "miss"
    assert middleware(rf.get("/tin-tuc/"))["X-Portal-Cache"] == "hit"


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_a_visitor_with_a_session_or_a_message_waiting_gets_a_fresh_private_page(rf, middleware, page_view, cookie):
    """A message ("Đã gửi ý kiến") or a session makes the page someone's own: rendered for them, never
    stored, and private for any cache in front of the portal."""
    middleware(rf.get("/tin-tuc/"))
    request = rf.get("/tin-tuc/")
    request.COOKIES[cookie] = "x"
    response = middleware(request)
    assert "X-Portal-Cache" not in response and page_view.renders == 2
    assert "private" in cache_control(response)
    assert middleware(rf.get("/tin-tuc/"))["X-Portal-Cache"] == "hit", "the public copy is untouched"


def test_an_anonymous_page_that_sets_a_cookie_is_private_and_not_stored(rf, middleware, page_view):
    page_view.cookie = ("ngon_ngu", "vi")
    response = middleware(rf.get("/tin-tuc/"))
    assert "private" in cache_control(response), "exactly `private`: `private=...` would let a proxy store it"
    assert "X-Portal-Cache" not in response
    assert "X-Portal-Cache" not in middleware(rf.get("/tin-tuc/")) and page_view.renders == 2


def test_an_anonymous_page_is_public_and_varies_by_cookie(rf, middleware):
    response = middleware(rf.get("/tin-tuc/"))
    assert "private" not in response.get("Cache-Control", "")
    assert response["Vary"] == "Cookie"


@pytest.mark.filterwarnings("ignore::django.core.cache.CacheKeyWarning")  # about memcached; locmem is fine
def test_addresses_up_to_500_characters_are_stored(rf, middleware, page_view):
    """Longer addresses (made-up query strings) would only fill the cache: stored once, rendered each time."""
    longest = "/tin-tuc/?q=" + "a" * (500 - len("/tin-tuc/?q="))
    too_long = longest + "a"
    for _ in range(2):
        middleware(rf.get(longest))
        middleware(rf.get(too_long))
    assert middleware(rf.get(longest))["X-Portal-Cache"] == "hit"
    assert "X-Portal-Cache" not in middleware(rf.get(too_long))
    assert page_view.renders == 1 + 3


@pytest.mark.parametrize("path", ["/admin/", "/search/?q=thu+tuc", "/api/v1/search/", "/documents/1/a.pdf"])
def test_admin_search_api_and_documents_are_never_stored(rf, middleware, page_view, path):
    middleware(rf.get(path))
    assert "X-Portal-Cache" not in middleware(rf.get(path)) and page_view.renders == 2


def not_found(view):
    view.status = 404


def streamed(view):
    view.__class__ = StreamingCountingPage


def sets_a_cookie(view):
    view.cookie = ("theo_doi", "1")


@pytest.mark.parametrize(
    "make_uncacheable",
    [
        not_found,
        streamed,
        sets_a_cookie,
        lambda view: view.headers.update({"Content-Type": "application/json"}),
        lambda view: view.headers.update({"Content-Encoding": "gzip"}),
        lambda view: view.headers.update({"Cache-Control": "private"}),
        lambda view: view.headers.update({"Cache-Control": "no-cache"}),
        lambda view: view.headers.update({"Cache-Control": "max-age=0, no-cache"}),
    ],
    ids=["404", "streamed", "sets a cookie", "not HTML", "compressed", "private", "no-cache", "no-cache second"],
)
def test_only_a_plain_public_html_page_is_stored(rf, middleware, page_view, make_uncacheable):
    """A page stored must be safe to give anyone: a 200 HTML page, whole, uncompressed, without a
    cookie, that did not ask not to be stored."""
    make_uncacheable(page_view)
    middleware(rf.get("/tin-tuc/"))
    second = middleware(rf.get("/tin-tuc/"))
    assert "X-Portal-Cache" not in second
    assert page_view.renders == 2


class StreamingCountingPage(CountingPage):
    def __call__(self, request):
        self.renders += 1
        request.portal_cacheable_page = True
        return StreamingHttpResponse(iter(["<p>", "luồng", "</p>"]), headers=self.headers)


def test_a_page_that_did_not_opt_in_is_never_stored(rf, page_view):
    """Pages with forms (feedback) carry a CSRF token and leave portal_cacheable_page unset."""

    def form_page(request):
        response = page_view(request)
        del request.portal_cacheable_page
        return response

    middleware = AnonymousPageCacheMiddleware(form_page)
    middleware(rf.get("/gop-y/"))
    assert "X-Portal-Cache" not in middleware(rf.get("/gop-y/")) and page_view.renders == 2


def test_only_page_types_that_opt_in_are_marked_and_never_a_preview(rf, home):
    """A page type that says nothing (a new type with a form, say) is not stored; a preview never is."""
    request = rf.get("/")
    mark_cacheable(home, request)
    assert request.portal_cacheable_page is True

    request = rf.get("/")
    mark_cacheable(Page.get_first_root_node(), request)
    assert not hasattr(request, "portal_cacheable_page")

    request = rf.get("/")
    request.is_preview = True
    mark_cacheable(home, request)
    assert not hasattr(request, "portal_cacheable_page")


def test_a_page_rendered_for_the_cache_reads_the_content_version_once(client, topic, monkeypatch):
    """The middleware's key and the page's own cached parts share one read of the version per request: with
    Redis each read is a network round trip, and two reads could straddle a publish and store an old page
    under the new version."""
    article = NewsArticlePageFactory(parent=topic, title="Một cửa không chờ")
    reads = []
    shared_get = cache.get

    def counting_get(key, *args, **kwargs):
        if key == news_cache.CONTENT_VERSION_KEY:
            reads.append(key)
        return shared_get(key, *args, **kwargs)

    monkeypatch.setattr(news_cache.cache, "get", counting_get)
    response = client.get(article.url)
    assert response["X-Portal-Cache"] == "miss"
    assert len(reads) == 1


@pytest.fixture
def clock(monkeypatch):
    """The caches' clock (time.time), moved by hand."""
    now = [time.time()]
    monkeypatch.setattr(time, "time", lambda: now[0])

    def advance(minutes):
        now[0] += minutes * 60

    return advance


@pytest.fixture
def shared_page_reads(monkeypatch):
    """The keys of stored pages this test asked the shared cache for."""
    reads = []
    shared_get = cache.get

    def counting_get(key, *args, **kwargs):
        if ":page:" in key:
            reads.append(key)
        return shared_get(key, *args, **kwargs)

    monkeypatch.setattr(news_cache.cache, "get", counting_get)
    return reads


def test_a_stored_page_is_kept_an_hour_in_the_shared_cache(client, topic, clock):
    url = NewsArticlePageFactory(parent=topic).url
    assert client.get(url)["X-Portal-Cache"] == "miss"
    caches["pages"].clear()  # another app server: only the shared cache has the page
    clock(minutes=59)
    assert client.get(url)["X-Portal-Cache"] == "hit"
    caches["pages"].clear()
    clock(minutes=2)
    assert client.get(url)["X-Portal-Cache"] == "miss", "gone after an hour: old versions' pages do not pile up"


def test_a_copy_taken_from_the_shared_cache_is_kept_an_hour_here(client, topic, clock, shared_page_reads):
    url = NewsArticlePageFactory(parent=topic).url
    client.get(url)
    caches["pages"].clear()
    clock(minutes=1)
    assert client.get(url)["X-Portal-Cache"] == "hit"  # from the shared cache, and kept here
    shared_page_reads.clear()
    clock(minutes=30)
    assert client.get(url)["X-Portal-Cache"] == "hit"
    assert shared_page_reads == [], "served from this process's copy"
    clock(minutes=31)
    assert client.get(url)["X-Portal-Cache"] == "miss", "this process's copy is gone after an hour too"


def test_a_second_visit_is_served_by_this_process_without_asking_the_shared_cache(client, topic, shared_page_reads):
    url = NewsArticlePageFactory(parent=topic).url
    assert client.get(url)["X-Portal-Cache"] == "miss"
    shared_page_reads.clear()
    assert client.get(url)["X-Portal-Cache"] == "hit"
    assert shared_page_reads == []


def test_the_copy_a_page_s_first_visit_leaves_here_is_kept_an_hour(client, topic, clock, shared_page_reads):
    url = NewsArticlePageFactory(parent=topic).url
    assert client.get(url)["X-Portal-Cache"] == "miss"
    shared_page_reads.clear()
    clock(minutes=59)
    assert client.get(url)["X-Portal-Cache"] == "hit"
    assert shared_page_reads == [], "still this process's own copy"
    clock(minutes=2)
    assert client.get(url)["X-Portal-Cache"] == "miss"
