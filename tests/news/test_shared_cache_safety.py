"""A shared cache in front of the portal (a proxy, a CDN) never mixes an editor's page with the public's."""

import pytest
from django.contrib.auth import get_user_model
from django.utils.cache import cc_delim_re

from news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


def varies_by_cookie(response):
    return "cookie" in {field.strip().lower() for field in cc_delim_re.split(response.get("Vary", ""))}


def is_private(response):
    return "private" in response.get("Cache-Control", "")


def test_anonymous_pages_vary_by_cookie_and_stay_public(client, topic):
    article = NewsArticlePageFactory(parent=topic)
    for response in (client.get(article.url), client.get(article.url), client.get(topic.url), client.get("/")):
        assert response.status_code == 200
        assert varies_by_cookie(response)
        assert not is_private(response)
    assert client.get(article.url)["X-Portal-Cache"] == "hit"


def test_a_signed_in_editors_page_is_private(client, topic):
    article = NewsArticlePageFactory(parent=topic)
    client.get(article.url)  # the public copy is stored first
    client.force_login(get_user_model().objects.create_user("bientap", password="x"))
    for url in (article.url, topic.url, "/"):
        response = client.get(url)
        assert response.status_code == 200
        assert is_private(response), url
        assert varies_by_cookie(response), url


def test_any_request_with_a_session_cookie_gets_a_private_answer(client, topic):
    client.cookies["sessionid"] = "someone"
    response = client.get(topic.url)
    assert is_private(response)
    assert "X-Portal-Cache" not in response


def test_search_and_missing_pages_vary_by_cookie_too(client, topic):
    assert varies_by_cookie(client.get("/search/?q=thu+tuc"))
    assert varies_by_cookie(client.get("/khong-co-trang-nay/"))
