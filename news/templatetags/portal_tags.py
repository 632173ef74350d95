"""Small helpers for the citizen-facing templates, each cheap: at most one query, most none."""

import copy
import re

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Site

from news import cache, site_address, view_restrictions
from news.models import (
    CommitteePage,
    DocumentIndexPage,
    FeedbackPage,
    MediaIndexPage,
    ParIndicesPage,
    TopicIndexPage,
)
from news.models.sections import child_pages
from news.renditions import CARD_RENDITIONS
from news.translations import translations_of

register = template.Library()

_IFRAME_OPEN = re.compile(r"<iframe\b", re.IGNORECASE)


def _root_sections(request):
    """The live pages right under the request's site root, specific, in tree order, loaded once per request.

    They come from the shared cache (news.models.sections.child_pages, keyed by the content
    version); one with its own view restriction stays out (news.view_restrictions, also kept by
    the content version). (A restriction above them makes the whole site private anyway.)
    """

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return []
        pages = [page for page in child_pages(site.root_page, request).values() if page.live]
        restricted = view_restrictions.restricted_page_ids(request)
        return sorted((page for page in pages if page.pk not in restricted), key=lambda page: page.path)

    return cache.request_memo(request, "root-sections", build)


def _menu_topics(request):
    """The live topic sections under the request's site root, loaded once per request.

    The header menu, the breadcrumbs and the tag links of a detail page all need them.
    """
    if Site.find_for_request(request) is None:
        return sorted(TopicIndexPage.objects.live().filter(view_restrictions__isnull=True), key=lambda t: t.path)
    return [page for page in _root_sections(request) if isinstance(page, TopicIndexPage)]


SECTION_ORDER = ["committee", "documentindex", "mediaindex", "parindices", "feedback"]


def _section_key(page):
    """ "documentindex", "mediaindex", "parindices", "feedback"; "committee" for the committee's pages;
    None for the rest."""
    if isinstance(page, CommitteePage):
        return "committee"
    if isinstance(page, (DocumentIndexPage, MediaIndexPage, ParIndicesPage, FeedbackPage)):
        return page._meta.model_name.removesuffix("page")
    return None


def _keyed_sections(request):
    keyed = {}
    for page in _root_sections(request):
        key = _section_key(page)
        if key is not None:
            keyed.setdefault(key, page)
    return keyed


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The live committee, documents, media, indices and feedback pages under the site's root, by key
    ("committee", "documentindex", "mediaindex", "parindices", "feedback"), in menu order, taken from
    the site root's sections that the header menu loads (see _root_sections)."""
    keyed = _keyed_sections(context.get("request"))
    return _marked_current({key: keyed[key] for key in SECTION_ORDER if key in keyed}, context.get("page"))


@register.simple_tag(takes_context=True)
def english_home(context):
    """The English home page at /en/ (Decree 42/2022, art. 7): Wagtail's live translation of the site's home
    page, or None."""
    request = context.get("request")
    site = Site.find_for_request(request)
    if site is None:
        return None
    return dict(translations_of(site.root_page, request)).get("en")


def _marked_current(sections, page):
    """Copies of the section pages (a dict's values or a list), each with `nav_current`: "page" on
    itself, "true" below it, "" elsewhere (for aria-current).

    Copies, because the pages themselves are shared by every request of the process (news.cache).
    """
    path = getattr(page, "path", "")

    def marked(section):
        section = copy.copy(section)
        if path == section.path:
            section.nav_current = "page"
        elif path.startswith(section.path):
            section.nav_current = "true"
        else:
            section.nav_current = ""
        return section

    if isinstance(sections, dict):
        return {key: marked(section) for key, section in sections.items()}
    return [marked(section) for section in sections]


@register.simple_tag(takes_context=True)
def topic_menu(context):
    """Topic sections for the main menu, each with `nav_current` set to "page", "true" or ""."""
    return _marked_current(_menu_topics(context.get("request")), context.get("page"))


@register.simple_tag(takes_context=True)
def section_of(context, page):
    """The topic section a content page lives in, taken from the menu's topics when possible."""
    for topic in _menu_topics(context.get("request")):
        if page.path.startswith(topic.path) and page.depth == topic.depth + 1:
            return topic
    parent = page.get_parent()
    return parent.specific if parent else None


@register.simple_tag(takes_context=True)
def related_links(context, page):
    """The pages an editor picked as related, in their order, in one query (then from the shared cache).

    Left out, as from every listing: unpublished pages and withdrawn ones.
    """
    return cache.versioned(f"related:{page.pk}", page.related_links, context.get("request"))


@register.simple_tag
def page_links(page_obj):
    """Page numbers for pagination, with None where a run of numbers is left out."""
    return [
        None if number == page_obj.paginator.ELLIPSIS else number
        for number in page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    ]


@register.filter
def signed_percent(value):
    """A change in percent with its sign, e.g. "+25%" or "−40%" (typographic minus); "–" when unknown."""
    if value is None:
        return "–"
    if value > 0:
        return f"+{value}%"
    if value < 0:
        return f"−{abs(value)}%"
    return "0%"


@register.simple_tag
def video_embed(video, title=""):
    """A video's embed HTML, with a title for screen readers and loaded only when scrolled to.

    An iframe without a title fails WCAG 4.1.2; an eager iframe would pull a video
    player's scripts into the first load, on the slow mobile networks we design for.
    """
    if not video:
        return ""
    html = str(video.html)  # "" when the provider cannot be reached; the caller then shows a link
    if not html:
        return ""
    attrs = ' loading="lazy"' if "loading=" not in html else ""
    if "title=" not in html:
        attrs += format_html(' title="{}"', title or "Video")
    return mark_safe(_IFRAME_OPEN.sub(lambda m: m.group(0) + attrs, html, count=1))  # noqa: S308 - the provider's HTML, as Wagtail renders it


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """An absolute URL for a path on this site (an already absolute URL is returned as it is)."""
    return site_address.absolute_url(context.get("request"), url)


@register.simple_tag
def card_picture(image, eager=False):
    """A card's <picture> with exactly the renditions listings prefetch (news.renditions.CARD_RENDITIONS).

    `eager` loads it at once with high priority (the first card is often the largest paint);
    other cards load lazily. A missing file shows Wagtail's "not found" placeholder, as {% picture %} does.
    """
    if image is None:
        return ""
    attrs = {"alt": ""}
    if eager:
        attrs["fetchpriority"] = "high"
    else:
        attrs.update(loading="lazy", decoding="async")
    return Picture(get_renditions_or_not_found(image, CARD_RENDITIONS), attrs).__html__()


@register.simple_tag
def page_withdrawal(page):
    """The page's Withdrawal, or None.

    Reads the one-to-one `withdrawal` relation, so it costs no query when the page came
    from a queryset with `select_related("withdrawal")`, and at most one otherwise
    (Django caches the answer, also a missing one, on the page).
    """
    if page is None or not hasattr(type(page), "withdrawal"):
        return None
    try:
        return page.withdrawal
    except ObjectDoesNotExist:
        return None
