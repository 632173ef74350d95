"""Tags for what every page's head carries: sharing metadata and feed links."""

import logging

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags

from news.identity import PORTAL_NAME as DEFAULT_DESCRIPTION
from news.identity import PORTAL_SHORT_NAME as SITE_NAME
from news.models import TopicIndexPage
from news.renditions import SHARE_RENDITION
from news.site_address import absolute_url

register = template.Library()
logger = logging.getLogger(__name__)

DEFAULT_IMAGE = "img/share-default.png"  # 1200 × 630, the size Facebook and Zalo show best


def _absolute(request, url):
    return absolute_url(request, url)


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
    return strip_tags(str(text or ""))


@register.simple_tag(takes_context=True)
def feed_links(context):
    """The feeds a page announces with <link rel="alternate">: the portal's, and its section's on a topic page."""

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
