"""The portal's public address: one setting, PORTAL_BASE_URL, for every absolute link it hands out.

Search engines, Facebook and Zalo, feed readers and the editors' e-mails all receive absolute
URLs. They come from two places: Wagtail's Site (hostname and port: canonical links, the
sitemap, `page.full_url` in e-mails) and the request (share metadata, feeds). Behind a proxy
the request's host is often an internal name, so both are made to follow PORTAL_BASE_URL:
`setup_portal` writes it into the default Site, and `absolute_url` prefers it over the request.
Without the setting (a developer's machine) the Site and the request decide, as before.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def portal_base_url():
    """PORTAL_BASE_URL without a trailing slash, e.g. "https://cchc.laocai.gov.vn"; "" when unset."""
    return (getattr(settings, "PORTAL_BASE_URL", "") or "").rstrip("/")


def host_and_port(base_url):
    """The (hostname, port) a Wagtail Site needs to produce `base_url` as its root URL.

    Wagtail writes port 443 as https and any other port as http, so an https address on
    another port cannot be expressed: refuse it rather than hand out wrong links.
    """
    parts = urlsplit(base_url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"PORTAL_BASE_URL must be an http(s) address, not {base_url!r}.")
    if parts.path.strip("/"):
        raise ImproperlyConfigured("PORTAL_BASE_URL must be the site's root, without a path.")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured("An https PORTAL_BASE_URL must use port 443 (Wagtail writes other ports as http).")
    return parts.hostname, port


def apply_to_default_site():
    """Point the default Site at PORTAL_BASE_URL; returns the Site, or None when there is none.

    Idempotent; leaves the Site alone when the setting is unset.
    """
    site = Site.objects.filter(is_default_site=True).first()
    base_url = portal_base_url()
    if site is None or not base_url:
        return site
    hostname, port = host_and_port(base_url)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    return site


def absolute_url(request, path):
    """`path` on the portal's public address: PORTAL_BASE_URL when set, else the request's site."""
    if "://" in path:
        return path
    base_url = portal_base_url()
    if base_url:
        return base_url + path
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        return site.root_url + path
    return request.build_absolute_uri(path) if request is not None else path
