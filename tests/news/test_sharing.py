"""Sharing on Zalo and Facebook (OpenGraph, Twitter cards) on every page, and sitemap.xml."""

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from wagtail.models import PageViewRestriction

from news.factories import (
    DocumentIndexPageFactory,
    ExemplaryOfficialPageFactory,
    FeedbackPageFactory,
    ImageFactory,
    LegalDocumentPageFactory,
    MediaIndexPageFactory,
    MediaItemPageFactory,
    NewsArticlePageFactory,
    ParIndicesPageFactory,
    ReformModelPageFactory,
)

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
REQUIRED = ["og:title", "og:description", "og:url", "og:image", "og:type", "og:site_name", "twitter:card"]


class MetaParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        key = attrs.get("property") or attrs.get("name")
        if tag == "meta" and key:
            self.meta.setdefault(key, []).append(attrs.get("content", ""))


def meta_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = MetaParser()
    parser.feed(response.content.decode())
    return parser.meta


@pytest.fixture
def every_page(home, topic):
    documents = DocumentIndexPageFactory(parent=home)
    media = MediaIndexPageFactory(parent=home)
    return {
        "home": home,
        "topic": topic,
        "article": NewsArticlePageFactory(parent=topic, lead_image=ImageFactory(description="Bộ phận một cửa")),
        "reform_model": ReformModelPageFactory(parent=topic),
        "official": ExemplaryOfficialPageFactory(parent=topic),
        "documents": documents,
        "document": LegalDocumentPageFactory(parent=documents, summary="Trích yếu kế hoạch tuyên truyền CCHC."),
        "media": media,
        "media_item": MediaItemPageFactory(parent=media),
        "indices": ParIndicesPageFactory(parent=home),
        "feedback": FeedbackPageFactory(parent=home),
    }


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "topic",
        "article",
        "reform_model",
        "official",
        "documents",
        "document",
        "media",
        "media_item",
        "indices",
        "feedback",
    ],
)
def test_every_page_type_carries_sharing_tags(client, every_page, name):
    page = every_page[name]
    meta = meta_of(client, page.url)
    for key in REQUIRED:
        assert len(meta.get(key, [])) == 1, f"{key} once on {name}"
        assert meta[key][0], f"{key} filled on {name}"
    assert meta["og:title"] == [page.title]
    assert meta["og:url"] == [page.full_url], "the same address as the canonical link"
    assert meta["og:image"][0].startswith("http://localhost/"), "an absolute image URL on the site's address"
    assert meta["twitter:image"] == meta["og:image"]


def test_content_pages_are_articles_with_their_summary_and_image(client, every_page):
    article = every_page["article"]
    meta = meta_of(client, article.url)
    assert meta["og:type"] == ["article"]
    assert meta["og:description"] == [article.summary]
    assert "/media/images/" in meta["og:image"][0], "the article's own picture, not the default"
    assert meta["og:image:alt"] == ["Bộ phận một cửa"]
    assert meta["article:published_time"]
    document_meta = meta_of(client, every_page["document"].url)
    assert document_meta["og:type"] == ["article"]
    assert document_meta["og:description"] == ["Trích yếu kế hoạch tuyên truyền CCHC."]


def test_pages_without_a_picture_share_the_portal_picture(client, every_page):
    meta = meta_of(client, every_page["indices"].url)
    assert meta["og:type"] == ["website"]
    assert meta["og:image"] == ["http://localhost/static/img/share-default.png"]


def test_search_page_carries_sharing_tags_too(client, home):
    meta = meta_of(client, "/search/")
    for key in REQUIRED:
        assert meta.get(key), key


def test_sitemap_lists_the_new_sections_and_leaves_out_private_pages(client, home, topic):
    """Drafts, unpublished and withdrawn pages: tests/news/test_sitemap.py."""
    private = NewsArticlePageFactory(parent=topic, title="Bài nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    documents = DocumentIndexPageFactory(parent=home)
    document = LegalDocumentPageFactory(parent=documents)
    media = MediaIndexPageFactory(parent=home)
    item = MediaItemPageFactory(parent=media)
    indices = ParIndicesPageFactory(parent=home)
    feedback = FeedbackPageFactory(parent=home)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own server's answer
    locations = {node.text for node in root.iter(f"{SITEMAP}loc")}
    for page in [documents, document, media, item, indices, feedback]:
        assert page.full_url in locations, page.title
    assert private.full_url not in locations


def test_articles_offer_facebook_and_zalo_sharing_without_their_scripts(client, topic):
    """Decree 42 portals are read on phones, where people pass news on through Zalo and Facebook; loading
    those networks' scripts would track every reader, so the links are plain."""
    from news.factories import NewsArticlePageFactory

    article = NewsArticlePageFactory(parent=topic, title="Một cửa liên thông cấp xã")
    html = client.get(article.url).content.decode()
    share = html.split('<span class="share-links">')[1].split("</span>")[0]
    assert (
        f"https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost{article.url.replace('/', '%2F')}" in share
    )
    assert f'data-share-url="{article.full_url}"' in share and "Chia sẻ Zalo" in share
    assert "In bài" in html, "the print view stays"
    assert "facebook.net" not in html and "zalo.me/plugins" not in html and "connect.facebook" not in html
