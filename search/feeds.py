"""A standing search as an RSS feed: /search/feed/?<the parameters of /search/>.

A journalist who follows a subject ("đất đai" from one agency, say) subscribes once in a
feed reader instead of searching again every morning. The feed holds the same words and
filters as the page it was offered on, newest first whatever the page's sort, and is
stored in the shared cache under the content version (news.cache.versioned), like the
portal's own feeds: a reader polling every few minutes costs a cache read until something
is published. The feed reads search.service like the page, so it answers from whichever
engine answers the page.
"""

import hashlib

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.http import urlencode

from news.feeds import FEED_SIZE, xml_safe
from news.identity import PORTAL_SHORT_NAME
from news.site_address import absolute_url
from search.service import search

FEED_DESCRIPTION = "Tin, bài mới nhất khớp với tìm kiếm trên {}."


def feed_query(query):
    """The feed's version of a query: the same words and filters, the newest pages first."""
    return query.replace(sort="newest", page=1, size=FEED_SIZE)


def feed_path(query):
    """/search/feed/ with the query's words and filters (its sort and paging mean nothing to a feed)."""
    return query.url(reverse("search:feed"), sort="", size="", page="")


def cache_key(request, query):
    """One entry per host and set of parameters, whatever their order; hashed to keep keys short."""
    params = urlencode(sorted(feed_query(query).params().items()), doseq=True)
    digest = hashlib.sha1(f"{request.get_host()}?{params}".encode(), usedforsecurity=False).hexdigest()
    return f"search-feed:{digest}"


def title(query, results):
    """ "Tìm kiếm “đất đai” · Cơ quan, đơn vị: Sở Nội vụ – <portal>": what the reader's list shows."""
    parts = [f"Tìm kiếm “{query.text}”" if query.text else "Tìm kiếm"]
    parts += [active["label"] for active in results.active_filters]
    return f"{' · '.join(parts)} – {PORTAL_SHORT_NAME}"


class SearchFeed(Feed):
    """The results of one query, newest first, as RSS 2.0."""

    feed_type = Rss201rev2Feed
    language = "vi"

    def __init__(self, query):
        super().__init__()
        self.query = feed_query(query)

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.results = search(self.query)
        return super().__call__(request, *args, **kwargs)

    # Absolute links from news.site_address, as in the portal's feeds: the request's host may be
    # an internal name behind the provincial proxy.
    def title(self):
        return xml_safe(title(self.query, self.results))

    def description(self):
        return FEED_DESCRIPTION.format(PORTAL_SHORT_NAME)

    def link(self):
        return absolute_url(self.request, self.query.url(reverse("search:search"), sort="", size=""))

    def feed_url(self):
        return absolute_url(self.request, feed_path(self.query))

    def items(self):
        return self.results.hits

    def item_title(self, hit):
        return xml_safe(hit.title)

    def item_description(self, hit):
        return xml_safe(hit.summary)

    def item_link(self, hit):
        return absolute_url(self.request, hit.url)

    def item_guid(self, hit):
        return self.item_link(hit)

    item_guid_is_permalink = True

    def item_pubdate(self, hit):
        return hit.published_at

    def item_author_name(self, hit):
        return xml_safe(hit.agency[1]) if hit.agency else None

    def item_categories(self, hit):
        return [xml_safe(hit.type_label)] + [xml_safe(label) for _, label in hit.tags]
