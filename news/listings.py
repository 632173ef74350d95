"""Queries behind the public listings: published content only, newest first, in few queries."""

import contextlib
import time

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

CARD_RENDITIONS = ["fill-480x270|format-webp", "fill-480x270|format-jpeg"]
CONTENT_VERSION_KEY = "news:content-version"


def content_version(request=None):
    """A token that changes whenever published content changes; part of derived cache keys.

    With a request, read once per request (it is stored on the request, never across requests).
    """
    if request is not None and hasattr(request, "_portal_content_version"):
        return request._portal_content_version
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(CONTENT_VERSION_KEY, version, timeout=None)
    if request is not None:
        request._portal_content_version = version
    return version


def versioned(key, build, request=None, timeout=60 * 60):
    """build(), kept in the shared cache under `key` and the content version: never stale.

    With a request, each key is read at most once per request.
    """
    full_key = f"news:{key}:{content_version(request)}"
    seen = getattr(request, "_portal_versioned", None) if request is not None else None
    if seen is not None and full_key in seen:
        return seen[full_key]
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, timeout)
    if request is not None:
        if seen is None:
            seen = request._portal_versioned = {}
        seen[full_key] = value
    return value


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


def paginate(items, page_number, count=None):
    """One page of a listing; a missing or malformed number gives the first page, too large the last.

    `count`, when known (e.g. cached by content version), spares the COUNT query.
    """
    paginator = Paginator(items, settings.PORTAL_PAGE_SIZE)
    if count is not None:
        paginator.count = count
    return paginator.get_page(page_number)


def home_sections(request=None):
    """What the home page shows, each a short list; cached until published content changes."""
    return versioned("home-sections", _home_sections, request)


def _home_sections():
    from news.models import ExemplaryOfficialPage, NewsArticlePage, ReformModelPage, TopicIndexPage
    from news.models.documents import latest_documents

    content = published_content()
    sections = {
        "latest_news": list(content.exact_type(NewsArticlePage)[:7]),
        "reform_models": list(content.exact_type(ReformModelPage).order_by("-is_featured", "-first_published_at")[:3]),
        "officials": list(
            content.exact_type(ExemplaryOfficialPage).order_by("-is_featured", "-first_published_at")[:3]
        ),
        "topics": list(TopicIndexPage.objects.live().public().order_by("path")),
        "latest_documents": latest_documents(),
    }
    for item in (*sections["latest_news"], *sections["reform_models"], *sections["officials"]):
        if item.lead_image is not None:
            # Made now, before caching: the cached cards then carry every rendition they show
            # (else each render would look for, and try to make, the missing ones).
            # A missing file: the card's picture tag shows its placeholder, as before.
            with contextlib.suppress(SourceImageIOError):
                item.lead_image.get_renditions(*CARD_RENDITIONS)
    return sections


def child_pages(parent, request=None):
    """The children of a page (a site root: the sections), specific, by slug; cached until any page changes.

    Live or not: routing decides what may be served, the header menu keeps the live ones.
    """
    return versioned(
        f"children:{parent.pk}", lambda: {child.slug: child for child in parent.get_children().specific()}, request
    )


def routed_child(parent, slug, request=None):
    """The child of `parent` with this slug, specific, for routing; cached until any page changes.

    A content page comes with its agency, lead image and tags, which its template shows; its
    withdrawal is left to be read afresh (editorial.Withdrawal).
    """
    return versioned(f"route:{parent.pk}:{slug}", lambda: _routed_child(parent, slug), request)


def _routed_child(parent, slug):
    from news.models import ContentPage

    child = parent.get_children().filter(slug=slug).first()
    if child is None:
        return None
    model = child.specific_class
    if model is None:
        return child.specific
    pages = model.objects.filter(pk=child.pk)
    if issubclass(model, ContentPage):
        pages = pages.select_related("agency", "lead_image").prefetch_related("tags")
    return pages.first()


def related_links(page, request=None):
    """The live, not withdrawn pages an editor picked as related to `page`, in their order; cached by version."""

    def build():
        items = page.related_pages.select_related("page").filter(
            page__live=True, page__contentpage__withdrawal__isnull=True
        )
        return [item.page for item in items]

    return versioned(f"related:{page.pk}", build, request)
