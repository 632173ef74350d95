"""sitemap.xml offers search engines the published pages, and nothing else."""

import xml.etree.ElementTree as ET

import pytest

from news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
XHTML = {"x": "http://www.w3.org/1999/xhtml"}


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return [loc.text for loc in ET.fromstring(response.content).findall("s:url/s:loc", NS)]  # noqa: S314 -- our own XML


def test_sitemap_lists_published_pages_only(client, topic):
    published = NewsArticlePageFactory(parent=topic, slug="da-dang")
    NewsArticlePageFactory(parent=topic, slug="ban-nhap", live=False)
    unpublished = NewsArticlePageFactory(parent=topic, slug="da-go")
    unpublished.unpublish()
    urls = sitemap_urls(client)
    assert any(url.endswith(f"/{published.slug}/") for url in urls)
    assert not any(url.endswith("/ban-nhap/") or url.endswith("/da-go/") for url in urls)
    assert any(url.endswith(f"/{topic.slug}/") for url in urls)


def test_withdrawn_page_leaves_the_sitemap(client, topic):
    from news.models import Withdrawal

    article = NewsArticlePageFactory(parent=topic, slug="da-rut")
    Withdrawal.objects.create(page=article, reason="Thông tin đã được thay thế.")
    assert not any(url.endswith("/da-rut/") for url in sitemap_urls(client))


def test_sitemap_offers_the_english_pages_with_their_vietnamese_alternates(client, home):
    from news.demo.committee import ensure_committee_pages

    ensure_committee_pages(home)
    response = client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="en")
    entries = {
        url.find("s:loc", NS).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", XHTML)}
        for url in ET.fromstring(response.content).findall("s:url", NS)  # noqa: S314 -- our own XML
    }
    structure = "http://localhost/gioi-thieu/co-cau-to-chuc/"
    english = "http://localhost/en/structure/"
    assert entries[english] == {"vi": structure, "x-default": structure, "en": english}
    assert entries[structure] == entries[english]
    assert entries["http://localhost/en/"]["vi"] == "http://localhost/"
    assert entries["http://localhost/gioi-thieu/"] == {}, "a page without translation names no alternates"
