"""One public address (PORTAL_BASE_URL) in every absolute link the portal hands out."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

from editorial.models import NoticeKind
from editorial.notifications import send
from news import site_address
from news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

BASE = "https://cchc.laocai.gov.vn"


@pytest.fixture
def public_address(settings, home):
    """The portal configured for its public address, as setup_portal leaves it."""
    settings.PORTAL_BASE_URL = BASE
    site_address.apply_to_default_site()
    return BASE


@pytest.fixture
def article(topic):
    return NewsArticlePageFactory(parent=topic, title="Một cửa liên thông cấp xã")


def head_links(html):
    canonical = html.split('<link rel="canonical" href="')[1].split('"')[0]
    og_url = html.split('<meta property="og:url" content="')[1].split('"')[0]
    return canonical, og_url


def test_setup_writes_the_address_into_the_default_site(public_address):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("cchc.laocai.gov.vn", 443, BASE)


def test_canonical_and_share_url_agree_on_the_public_address(client, public_address, article):
    """Reached through an internal host name, the page still names its public address."""
    html = client.get(article.url, HTTP_HOST="app-1.internal").content.decode()
    assert head_links(html) == (f"{BASE}{article.url}", f"{BASE}{article.url}")
    assert f'content="{BASE}/static/img/share-default.png"' in html


def test_sitemap_lists_public_addresses(client, public_address, article):
    xml = client.get("/sitemap.xml", HTTP_HOST="app-1.internal").content.decode()
    root = ET.fromstring(xml)  # noqa: S314 - our own response
    locs = [el.text for el in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert f"{BASE}{article.url}" in locs
    assert all(loc.startswith(BASE + "/") for loc in locs)


def test_feeds_link_to_public_addresses(client, public_address, article):
    rss = ET.fromstring(client.get("/feeds/rss/", HTTP_HOST="app-1.internal").content)  # noqa: S314 - our own response
    channel = rss.find("channel")
    assert channel.findtext("link") == f"{BASE}/"
    assert [item.findtext("link") for item in channel.iter("item")] == [f"{BASE}{article.url}"]


def test_editorial_emails_link_to_the_public_page(public_address, article):
    editor = get_user_model().objects.create_user("bientap", email="bientap@example.vn", password="x")
    send([editor], list(NoticeKind)[0], article, "Bài đã được xuất bản.")
    assert f"{BASE}{article.url}" in mail.outbox[0].body


def test_without_the_setting_links_follow_the_site(client, settings, home, article):
    settings.PORTAL_BASE_URL = ""
    assert site_address.apply_to_default_site().root_url == "http://localhost"
    html = client.get(article.url).content.decode()
    assert head_links(html) == (f"http://localhost{article.url}", f"http://localhost{article.url}")


@pytest.mark.parametrize(
    "value", ["ftp://cchc.laocai.gov.vn", "https://cchc.laocai.gov.vn/portal", "https://x.vn:8443"]
)
def test_an_address_wagtail_cannot_serve_is_refused(settings, home, value):
    settings.PORTAL_BASE_URL = value
    with pytest.raises(ImproperlyConfigured):
        site_address.apply_to_default_site()


def test_admin_links_default_to_the_public_address():
    """WAGTAILADMIN_BASE_URL (links to the admin in e-mails) follows PORTAL_BASE_URL unless set on its own."""
    env = {**os.environ, "PORTAL_BASE_URL": BASE + "/", "DJANGO_SETTINGS_MODULE": "portal.settings.base"}
    env.pop("WAGTAILADMIN_BASE_URL", None)
    code = "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL, settings.PORTAL_BASE_URL)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout  # noqa: S603
    assert out.split() == [BASE, BASE]
