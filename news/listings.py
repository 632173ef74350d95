"""Queries behind the public listings: published content only, newest first, in few queries."""

import time

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from taggit.models import Tag
from wagtail.images import get_image_model

CARD_RENDITIONS = ["fill-480x270|format-webp", "fill-480x270|format-jpeg"]
CONTENT_VERSION_KEY = "news:content-version"


def content_version():
    """A token that changes whenever published content changes; part of derived cache keys."""
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(CONTENT_VERSION_KEY, version, timeout=None)
    return version


def bump_content_version():
    """Called on every publish, unpublish, move, delete or withdrawal: derived caches go stale."""
    cache.set(CONTENT_VERSION_KEY, time.time_ns(), timeout=None)


def published_content():
    """Live, public (no view restriction), not withdrawn content pages of every type, newest first."""
    from news.models import ContentPage

    image_queryset = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    return (
        ContentPage.objects.live()
        .public()
        .filter(withdrawal__isnull=True)  # editorial.Withdrawal: withdrawn pages keep their URL only
        .select_related("agency")
        .prefetch_related(Prefetch("lead_image", queryset=image_queryset))
        .order_by("-first_published_at", "-pk")
    )


def is_published(page):
    """Whether a citizen may see this page in listings and search: the same rule as published_content()."""
    return published_content().filter(pk=page.pk).exists()


def topic_listing(topic, tag=None):
    """Pages living in the topic section, plus those filed under it as a further topic."""
    from news.models import ContentPage

    filed_under = ContentPage.topics.through.objects.filter(topicindexpage=topic).values("contentpage_id")
    items = published_content().filter(Q(path__startswith=topic.path, depth=topic.depth + 1) | Q(pk__in=filed_under))
    if tag is not None:
        items = items.filter(tags=tag)
    return items


def find_tag(slug):
    """The tag with this slug, or None for an empty or unknown one."""
    if not slug or len(slug) > 100:
        return None
    return Tag.objects.filter(slug=slug).first()


def tags_in(items, limit=20):
    """The most used tags among the given pages, with their counts."""
    from news.models import ContentPageTag

    return (
        Tag.objects.filter(pk__in=ContentPageTag.objects.filter(content_object__in=items.values("pk")).values("tag"))
        .annotate(
            uses=Count(
                "news_contentpagetag_items", filter=Q(news_contentpagetag_items__content_object__in=items.values("pk"))
            )
        )
        .order_by("-uses", "name")[:limit]
    )


def topic_tags(topic, limit=20):
    """The tag chips of a section with their counts, cached until published content changes."""
    key = f"news:topic-tags:{topic.pk}:{limit}:{content_version()}"
    tags = cache.get(key)
    if tags is None:
        tags = list(tags_in(topic_listing(topic), limit=limit))
        cache.set(key, tags, 60 * 60)
    return tags


def paginate(items, page_number):
    """One page of a listing; a missing or malformed number gives the first page, too large the last."""
    return Paginator(items, settings.PORTAL_PAGE_SIZE).get_page(page_number)


def home_sections():
    """What the home page shows, each a short list."""
    from news.models import ExemplaryOfficialPage, NewsArticlePage, ReformModelPage, TopicIndexPage

    content = published_content()
    return {
        "latest_news": list(content.exact_type(NewsArticlePage)[:7]),
        "reform_models": list(content.exact_type(ReformModelPage).order_by("-is_featured", "-first_published_at")[:3]),
        "officials": list(
            content.exact_type(ExemplaryOfficialPage).order_by("-is_featured", "-first_published_at")[:3]
        ),
        "topics": list(TopicIndexPage.objects.live().public().order_by("path")),
    }
