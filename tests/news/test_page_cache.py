"""Anonymous readers get stored pages; every change to published content is seen at once."""

import pytest
from django.contrib.auth import get_user_model

from news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache(client, topic):
    article = NewsArticlePageFactory(parent=topic, title="Một cửa không chờ")
    first = client.get(article.url)
    second = client.get(article.url)
    assert first["X-Portal-Cache"] == "miss"
    assert second["X-Portal-Cache"] == "hit"
    assert second.content == first.content
    assert second["X-Frame-Options"] == first["X-Frame-Options"]


def test_republished_change_is_seen_at_once(client, topic):
    article = NewsArticlePageFactory(parent=topic, title="Tiêu đề cũ")
    client.get(article.url)
    client.get(topic.url)
    article.title = "Tiêu đề mới"
    article.save_revision().publish()
    assert "Tiêu đề mới" in client.get(article.url).content.decode()
    listing = client.get(topic.url).content.decode()
    assert "Tiêu đề mới" in listing and "Tiêu đề cũ" not in listing


def test_unpublished_page_is_gone_at_once(client, topic):
    article = NewsArticlePageFactory(parent=topic)
    url = article.url
    assert client.get(url).status_code == 200
    assert client.get(url)["X-Portal-Cache"] == "hit"
    article.unpublish()
    assert client.get(url).status_code == 404


def test_logged_in_editors_never_get_a_stored_page(client, topic):
    article = NewsArticlePageFactory(parent=topic)
    client.get(article.url)
    client.force_login(get_user_model().objects.create_user("bientap", password="x"))
    response = client.get(article.url)
    assert response.status_code == 200
    assert "X-Portal-Cache" not in response


def test_missing_pages_are_not_stored(client, topic):
    assert client.get("/khong-co-trang-nay/").status_code == 404
    assert "X-Portal-Cache" not in client.get("/khong-co-trang-nay/")
