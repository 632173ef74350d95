"""Small helpers for the citizen-facing templates, each cheap: at most one query, most none."""

import re

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

register = template.Library()

_IFRAME_OPEN = re.compile(r"<iframe\b", re.IGNORECASE)


def _root_sections(request):
    """The live pages right under the request's site root, specific, in tree order, loaded once per request.

    They come from the shared cache (news.listings.child_pages, keyed by the content version);
    only whether one has its own view restriction (then it stays out) is asked of the database
    each time, in one query. (A restriction above them makes the whole site private anyway.)
    """
    from wagtail.models import PageViewRestriction

    from news import listings

    if request is not None and hasattr(request, "_portal_root_sections"):
        return request._portal_root_sections
    site = Site.find_for_request(request)
    pages = []
    if site is not None:
        pages = [page for page in listings.child_pages(site.root_page, request).values() if page.live]
        restricted = set(
            PageViewRestriction.objects.filter(page_id__in=[page.pk for page in pages]).values_list(
                "page_id", flat=True
            )
        )
        pages = sorted((page for page in pages if page.pk not in restricted), key=lambda page: page.path)
    if request is not None:
        request._portal_root_sections = pages
    return pages


def _menu_topics(request):
    """The live topic sections under the request's site root, loaded once per request.

    The header menu, the breadcrumbs and the tag links of a detail page all need them.
    """
    from news.models import TopicIndexPage

    if Site.find_for_request(request) is None:
        return sorted(TopicIndexPage.objects.live().filter(view_restrictions__isnull=True), key=lambda t: t.path)
    return [page for page in _root_sections(request) if isinstance(page, TopicIndexPage)]


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The live documents, media, indices and feedback pages under the site's root, by key
    ("documentindex", "mediaindex", "parindices", "feedback"): the same as site_tags.portal_sections,
    taken from the site root's sections that the header menu loads (see _root_sections)."""
    from news.models import DocumentIndexPage, FeedbackPage, MediaIndexPage, ParIndicesPage

    order = [DocumentIndexPage, MediaIndexPage, ParIndicesPage, FeedbackPage]
    by_model = {}
    for page in _root_sections(context.get("request")):
        by_model[type(page)] = page
    return {model._meta.model_name.removesuffix("page"): by_model[model] for model in order if model in by_model}


@register.simple_tag(takes_context=True)
def topic_menu(context):
    """Topic sections for the main menu, each with `nav_current` set to "page", "true" or ""."""
    topics = _menu_topics(context.get("request"))
    page = context.get("page")
    path = getattr(page, "path", "")
    for topic in topics:
        if path == topic.path:
            topic.nav_current = "page"
        elif path.startswith(topic.path):
            topic.nav_current = "true"
        else:
            topic.nav_current = ""
    return topics


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

    Left out, as from every listing: unpublished pages and withdrawn ones (editorial.Withdrawal).
    """
    from news import listings

    return listings.related_links(page, context.get("request"))


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
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url
