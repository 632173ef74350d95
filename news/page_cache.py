"""Whole-page cache for anonymous readers, kept in the shared cache.

Citizens and journalists read far more than editors write. A page an anonymous visitor
gets (200, HTML, no cookie set) of a page type that opts in (`cache_for_anonymous`:
pages without forms, so no CSRF token is ever shared) is stored under its URL and the content version
(news.cache), so any publish, unpublish, move, delete, expiry or
withdrawal makes every stored page stale at once. Anyone with a session cookie (editors,
visitors of password-protected pages) always gets a freshly rendered page.

Stored pages are looked up first in the process-local "pages" cache, then in the shared
one. Both are keyed by the content version, which is always read from the shared cache,
so a process never serves a page older than the last change anywhere.

Every response that passes through is also made safe for a shared cache in front of the
portal (a proxy or CDN): it varies by Cookie, so a proxy never hands a signed-in editor's
page to the public or the reverse, and a response to a request with a session or messages
cookie, or one that sets a cookie, is `Cache-Control: private`. Anonymous pages stay public.
"""

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from news import cache as derived

# Longer addresses (long query strings) are rendered every time, never stored: they are one-offs.
MAX_PATH_LENGTH = 500
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/api/", "/search/", "/static/", "/media/", "/django-admin/")
TIMEOUT = 60 * 60


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return make_safe_for_shared_caches(request, self.respond(request))

    def respond(self, request):
        if not self.is_cacheable_request(request):
            return self.get_response(request)
        key = derived.versioned_key(f"page:{request.get_host()}:{request.get_full_path()}", request)
        local = caches["pages"]
        stored = local.get(key)
        if stored is None:
            stored = cache.get(key)
            if stored is not None:
                local.set(key, stored, TIMEOUT)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response["X-Portal-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if getattr(request, "portal_cacheable_page", False) and self.is_cacheable_response(response):
            headers = {name: value for name, value in response.items() if name.lower() != "set-cookie"}
            cache.set(key, (response.content, headers), TIMEOUT)
            local.set(key, (response.content, headers), TIMEOUT)
            response["X-Portal-Cache"] = "miss"
        return response

    @staticmethod
    def is_cacheable_request(request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and not request.path.startswith(SKIPPED_PREFIXES)
            and len(request.get_full_path()) <= MAX_PATH_LENGTH
        )

    @staticmethod
    def is_cacheable_response(response):
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
            and "private" not in response.get("Cache-Control", "")
            and "no-cache" not in response.get("Cache-Control", "")
        )


def make_safe_for_shared_caches(request, response):
    """Vary by Cookie always; private when the request is someone's (session, messages cookie) or sets a cookie."""
    patch_vary_headers(response, ("Cookie",))
    personal = any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, "messages"))
    if personal or response.cookies:
        patch_cache_control(response, private=True)
    return response


def mark_cacheable(page, request):
    """Called before Wagtail serves a page: lets the middleware store pages that opt in."""
    if getattr(page.specific_class, "cache_for_anonymous", False) and not getattr(request, "is_preview", False):
        request.portal_cacheable_page = True
