"""Which Wagtail Site answers a request, remembered per process instead of asked of the database each time.

Wagtail's `Site.find_for_request` runs one query on every request (about a tenth of an
uncached article's time). The answer only changes when a Site row changes, so each process
keeps the answers by host and port under the content version (news.cache): saving or
deleting a Site clears this process's answers and bumps the content version
(news.receivers), so every other process, whose answers are keyed by the old version, asks
the database again on its next request. The version is read once per request anyway (the
page cache and every derived value need it), so the lookup costs no extra round trip.
"""

from django.http.request import split_domain_port
from wagtail.models import Site

from news import cache

# Host headers come from the client: a bound keeps a flood of made-up hosts from growing the memo.
MAX_REMEMBERED_HOSTS = 64

_remembered = {"version": None, "sites": {}}


def site_for_request(request):
    """The Site Wagtail would pick for this request (or None), from this process's memo when it can."""
    version = cache.content_version(request)
    if _remembered["version"] != version:
        forget_sites()
        _remembered["version"] = version
    sites = _remembered["sites"]
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    if key not in sites:
        if len(sites) >= MAX_REMEMBERED_HOSTS:
            sites.clear()
        sites[key] = Site._find_for_request(request)
    return sites[key]


def forget_sites():
    """Drop this process's answers (a Site changed)."""
    _remembered["sites"] = {}


class SiteLookupMiddleware:
    """Hands Wagtail the remembered Site: `Site.find_for_request` reads `request._wagtail_site` and asks nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = site_for_request(request)
        return self.get_response(request)
