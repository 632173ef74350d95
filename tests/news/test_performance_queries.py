"""Pages rendered for every request (a session cookie skips the page cache) stay cheap and never stale.

The home page sections, the site root's sections (routing, header menu) and the topic counts
are kept in the shared cache under the content version: what a reader sees changes at once.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from news.factories import ImageFactory, NewsArticlePageFactory, TopicIndexPageFactory
from tests.helpers.queries import queries_for

pytestmark = pytest.mark.django_db


def test_home_page_shows_a_newly_published_article_at_once(reader, topic):
    NewsArticlePageFactory(parent=topic, title="Bài cũ đã đăng")
    assert "Bài cũ đã đăng" in reader.get("/").content.decode()
    NewsArticlePageFactory(parent=topic, title="Bài mới vừa đăng")
    assert "Bài mới vừa đăng" in reader.get("/").content.decode()


def test_home_page_drops_an_unpublished_article_at_once(reader, topic):
    article = NewsArticlePageFactory(parent=topic, title="Sắp gỡ xuống")
    assert "Sắp gỡ xuống" in reader.get("/").content.decode()
    article.unpublish()
    assert "Sắp gỡ xuống" not in reader.get("/").content.decode()


def test_topic_listing_count_follows_new_articles(reader, topic):
    NewsArticlePageFactory(parent=topic, title="Bài thứ nhất")
    reader.get(topic.url)
    NewsArticlePageFactory(parent=topic, title="Bài thứ hai")
    response = reader.get(topic.url)
    assert response.context["page_obj"].paginator.count == 2
    assert "Bài thứ hai" in response.content.decode()


def test_unpublished_section_is_gone_from_menu_and_routing_at_once(reader, home, topic):
    other = TopicIndexPageFactory(parent=home, title="Chuyên mục sẽ gỡ", slug="se-go")
    assert "Chuyên mục sẽ gỡ" in reader.get(topic.url).content.decode()
    assert reader.get(other.url).status_code == 200
    other.unpublish()
    assert "Chuyên mục sẽ gỡ" not in reader.get(topic.url).content.decode()
    assert reader.get("/se-go/").status_code == 404


def test_section_given_a_view_restriction_leaves_the_menu_at_once(reader, home, topic):
    TopicIndexPageFactory(parent=home, title="Chuyên mục nội bộ", slug="noi-bo")
    assert "Chuyên mục nội bộ" in reader.get(topic.url).content.decode()
    private = home.get_children().get(slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    assert "Chuyên mục nội bộ" not in reader.get(topic.url).content.decode()


def test_query_counts_stay_bounded_as_articles_grow(reader, topic):
    article = NewsArticlePageFactory(parent=topic, title="Bài gốc", lead_image=ImageFactory())
    urls = ["/", topic.url, article.url]
    for url in urls:
        reader.get(url)  # fill the derived caches
    before = {url: queries_for(reader, url) for url in urls}
    for number in range(15):
        NewsArticlePageFactory(parent=topic, title=f"Bài thêm {number}", lead_image=ImageFactory())
    for url in urls:
        reader.get(url)
    after = {url: queries_for(reader, url) for url in urls}
    assert after == before  # the home page's cards now show pictures, made once
    assert max(after.values()) <= 20


def test_a_changed_site_hostname_is_honoured_at_once(reader, home, topic):
    site = Site.objects.get(is_default_site=True)
    assert reader.get(topic.url).status_code == 200
    Site.objects.create(hostname="english.example", port=80, root_page=topic, is_default_site=False)
    assert reader.get("/", HTTP_HOST="english.example").context["page"].pk == topic.pk
    site.hostname = "cchc.example"
    site.save()
    assert reader.get("/", HTTP_HOST="english.example").context["page"].pk == topic.pk
    assert reader.get("/", HTTP_HOST="cchc.example").context["page"].pk == home.pk


def test_a_view_restriction_added_to_an_article_applies_at_once(client, topic):
    article = NewsArticlePageFactory(parent=topic, title="Sắp thành nội bộ")
    assert client.get(article.url).status_code == 200
    assert client.get(article.url)["X-Portal-Cache"] == "hit"
    PageViewRestriction.objects.create(page=topic, restriction_type="password", password="x")
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Sắp thành nội bộ" not in response.content.decode()
    assert "password" in response.content.decode()
    PageViewRestriction.objects.filter(page=topic).delete()
    assert "Sắp thành nội bộ" in client.get(article.url).content.decode()


def test_a_warm_article_asks_neither_for_the_site_nor_for_its_own_view_restrictions(reader, topic):
    article = NewsArticlePageFactory(parent=topic)
    reader.get(article.url)
    with CaptureQueriesContext(connection) as captured:
        assert reader.get(article.url).status_code == 200
    statements = [query["sql"] for query in captured]
    assert not [sql for sql in statements if '"wagtailcore_site"' in sql]
    # Wagtail's serve check filtered restrictions by the page and its ancestors (after a query for them).
    assert not [sql for sql in statements if 'FROM "wagtailcore_pageviewrestriction"' in sql and "WHERE" in sql]
    assert len(captured) <= queries_for(reader, article.url, cold=True) - 3
