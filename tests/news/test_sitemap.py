"""sitemap.xml offers search engines the published pages, and nothing else."""

import xml.etree.ElementTree as ET

import pytest

from news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


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
