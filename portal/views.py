"""Site-wide views that belong to no app."""

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse

from news.identity import names
from news.site_address import absolute_url


def server_error(request):
    """The 500 page: plain, with no database query and no context processor that could fail again."""
    return HttpResponseServerError(loader.render_to_string("500.html", names()))


# Crawlers may read every public page and document. The admin is no one's business; search
# results are endless variations of the listings (and say noindex), the API returns JSON.
ROBOTS_DISALLOWED = ("/admin/", "/search/", "/api/")


def robots_txt(request):
    """robots.txt: crawl everything public, not the admin or search results; the sitemap at the public address."""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOWED), "Allow: /"]
    lines.append(f"Sitemap: {absolute_url(request, reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
