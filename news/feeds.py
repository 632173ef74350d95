"""RSS and Atom feeds of published content: the whole portal, and each topic section.

Items follow the listings' rule (ContentPage.objects.published()): drafts, private,
withdrawn pages never appear. A feed is stored in the shared cache under the content
version, like the anonymous page cache, so aggregators polling every few minutes cost a
cache read until something is published.
"""

import re

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.models import Site

from news import cache
from news.identity import PORTAL_DESCRIPTION as SITE_DESCRIPTION
from news.identity import PORTAL_SHORT_NAME as SITE_TITLE
from news.models import ContentPage, TopicIndexPage
from news.site_address import absolute_url

FEED_SIZE = 30
# XML 1.0 refuses these; an editor pasting from a word processor can bring them in.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_safe(text):
    return CONTROL_CHARACTERS.sub("", text or "")


class LatestContentFeed(Feed):
    """Everything published on the portal, newest first."""

    feed_type = Rss201rev2Feed
    title = SITE_TITLE
    description = SITE_DESCRIPTION
    language = "vi"

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    # Absolute links from news.site_address: Django would otherwise prefix the request's host,
    # an internal name behind the provincial proxy.
    def link(self, obj=None):
        return absolute_url(self.request, "/")

    def feed_url(self, obj=None):
        return absolute_url(self.request, self.request.path)

    def items(self, obj=None):
        return ContentPage.objects.published().prefetch_related("tags")[:FEED_SIZE]

    def item_title(self, item):
        return xml_safe(item.title)

    def item_description(self, item):
        return xml_safe(item.summary)

    def item_link(self, item):
        return absolute_url(self.request, item.get_url(request=self.request))

    def item_guid(self, item):
        return self.item_link(item)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        return xml_safe(item.agency.name) if item.agency else None

    def item_categories(self, item):
        return [xml_safe(str(item.type_label))] + [xml_safe(tag.name) for tag in item.tags.all()]


class LatestContentAtomFeed(LatestContentFeed):
    feed_type = Atom1Feed
    subtitle = SITE_DESCRIPTION


class TopicFeed(LatestContentFeed):
    """One topic section: the pages it holds and those filed under it (TopicIndexPage.listing)."""

    def get_object(self, request, topic_slug):
        site = Site.find_for_request(request)
        topics = TopicIndexPage.objects.live().public().filter(slug=topic_slug)
        if site is not None:
            topics = topics.descendant_of(site.root_page)
        topic = topics.first()
        if topic is None:
            raise Http404("Không có chuyên mục này.")
        return topic

    def title(self, obj):
        return xml_safe(f"{obj.title} – {SITE_TITLE}")

    def description(self, obj):
        return xml_safe(obj.intro or SITE_DESCRIPTION)

    def link(self, obj):
        return absolute_url(self.request, obj.get_url(request=self.request))

    def items(self, obj):
        return obj.listing().prefetch_related("tags")[:FEED_SIZE]


class TopicAtomFeed(TopicFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)


def cached(feed_class):
    """The feed view, its answers kept in the shared cache until published content changes.

    A fresh feed object per request: the feed keeps the request on itself for absolute URLs.
    """

    def view(request, *args, **kwargs):
        response = None

        def build():
            nonlocal response
            response = feed_class()(request, *args, **kwargs)
            return (response.content, response["Content-Type"]) if response.status_code == 200 else None

        stored = cache.versioned(f"feed:{request.get_host()}:{request.path}", build, request)
        if stored is None:
            return response  # not a feed (404): answered, never stored
        content, content_type = stored
        return HttpResponse(content, content_type=content_type)

    return view


latest_rss = cached(LatestContentFeed)
latest_atom = cached(LatestContentAtomFeed)
topic_rss = cached(TopicFeed)
topic_atom = cached(TopicAtomFeed)
