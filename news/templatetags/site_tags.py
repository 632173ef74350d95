"""Tags for what every page's head and footer carry: sharing metadata, feed links, the portal's own sections."""

import logging

from django import template
from django.templatetags.static import static
from django.urls import reverse
from wagtail.models import Site

register = template.Library()
logger = logging.getLogger(__name__)

SITE_NAME = "Cổng thông tin CCHC tỉnh Lào Cai"
DEFAULT_DESCRIPTION = "Cổng thông tin điện tử Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai"
DEFAULT_IMAGE = "img/share-default.png"  # 1200 × 630, the size Facebook and Zalo show best
SHARE_RENDITION = "width-1200|format-jpeg"  # uncropped: portraits keep their faces


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def share_meta(context):
    """Title, description, URL and image for OpenGraph and Twitter cards (Facebook, Zalo…).

    From the page when there is one (its SEO title, search description or summary, lead
    image), else the portal's defaults; the image is the page's lead image cropped to
    1200 × 630 or the portal's default picture.
    """
    request = context.get("request")
    page = context.get("page")
    title = getattr(page, "seo_title", "") or getattr(page, "title", "") or SITE_NAME
    description = (
        getattr(page, "search_description", "")
        or getattr(page, "summary", "")
        or _plain(getattr(page, "intro", ""))
        or DEFAULT_DESCRIPTION
    )
    url = _absolute(request, request.path) if request is not None else ""
    image_url, image_alt = _absolute(request, static(DEFAULT_IMAGE)), SITE_NAME
    lead_image = getattr(page, "lead_image", None)
    if lead_image is not None:
        try:
            image_url = _absolute(request, lead_image.get_rendition(SHARE_RENDITION).url)
            image_alt = lead_image.description or lead_image.title
        except Exception:  # a missing image file must not break the page
            logger.warning("Sharing: no rendition for image %s", lead_image.pk, exc_info=True)
    return {
        "title": title,
        "description": " ".join(str(description).split())[:300],
        "url": url,
        "image": image_url,
        "image_alt": image_alt,
        "site_name": SITE_NAME,
    }


def _plain(text):
    from django.utils.html import strip_tags

    return strip_tags(str(text or ""))


@register.simple_tag(takes_context=True)
def feed_links(context):
    """The feeds a page announces with <link rel="alternate">: the portal's, and its section's on a topic page."""
    from news.models import TopicIndexPage

    links = [
        {"type": "application/rss+xml", "title": f"{SITE_NAME} – RSS", "url": reverse("feed-rss")},
        {"type": "application/atom+xml", "title": f"{SITE_NAME} – Atom", "url": reverse("feed-atom")},
    ]
    page = context.get("page")
    if isinstance(page, TopicIndexPage):
        for kind, name, mime in (("rss", "RSS", "application/rss+xml"), ("atom", "Atom", "application/atom+xml")):
            links.append(
                {
                    "type": mime,
                    "title": f"{page.title} – {name}",
                    "url": reverse(f"topic-feed-{kind}", args=[page.slug]),
                }
            )
    return links


@register.simple_tag(takes_context=True)
def portal_sections(context):
    """The live documents, media, indices and feedback pages under the site's root, by key
    ("documentindex", "mediaindex", "parindices", "feedback"), in one query per request."""
    from news.models import DocumentIndexPage, FeedbackPage, MediaIndexPage, ParIndicesPage

    request = context.get("request")
    if request is not None and hasattr(request, "_portal_sections"):
        return request._portal_sections
    site = Site.find_for_request(request) if request is not None else None
    pages = {}
    if site is not None:
        order = [DocumentIndexPage, MediaIndexPage, ParIndicesPage, FeedbackPage]
        # Sections with their own view restriction stay out (as in the topic menu: one query, no public()).
        found = site.root_page.get_children().live().type(*order).filter(view_restrictions__isnull=True)
        by_model = {page.specific_class: page for page in found}
        pages = {model._meta.model_name.removesuffix("page"): by_model[model] for model in order if model in by_model}
    if request is not None:
        request._portal_sections = pages
    return pages
