"""Pages rendered for readers with a session keep their shared pieces per content version: never stale, no forms.

The head, header menu, main content and footer of a page that opts into the anonymous page
cache are rendered once per process and content version (news.templatetags.fragment_tags);
a publish on any app server replaces the shared content version, so the next request
everywhere renders afresh.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from news import cache
from news.factories import FeedbackPageFactory, NewsArticlePageFactory, TopicIndexPageFactory
from news.models import ContentPage, PortalSettings

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response, [query["sql"] for query in captured]


def test_a_title_changed_on_another_app_server_shows_on_the_next_request(reader, topic):
    article = NewsArticlePageFactory(parent=topic, title="Tiêu đề cũ")
    assert "Tiêu đề cũ" in reader.get(topic.url).content.decode()
    assert "Tiêu đề cũ" in reader.get(article.url).content.decode()
    # Another app server publishes: the rows change and the shared content version is replaced,
    # nothing else reaches this process.
    Page.objects.filter(pk=article.pk).update(title="Tiêu đề mới", draft_title="Tiêu đề mới")
    cache.bump_content_version()
    for url in (topic.url, article.url, "/"):
        page = reader.get(url).content.decode()
        assert "Tiêu đề mới" in page, url
        assert "Tiêu đề cũ" not in page, url


def test_a_newly_published_article_shows_on_every_page_of_the_listing(reader, topic):
    NewsArticlePageFactory(parent=topic, title="Bài đầu tiên")
    reader.get(topic.url)
    reader.get(f"{topic.url}?page=2")
    NewsArticlePageFactory(parent=topic, title="Bài vừa đăng")
    assert "Bài vừa đăng" in reader.get(topic.url).content.decode()


def test_a_warm_listing_and_article_ask_the_database_nothing_about_content(reader, topic):
    article = NewsArticlePageFactory(parent=topic, title="Bài có sẵn")
    for url in (topic.url, article.url, "/"):
        reader.get(url)
    for url in (topic.url, article.url, "/"):
        response, statements = queries_of(reader, url)
        assert "Bài có sẵn" in response.content.decode()
        content_queries = [
            sql
            for sql in statements
            if any(
                table in sql
                for table in ('"wagtailcore_page"', '"wagtailcore_pageviewrestriction"', '"news_portalsettings"')
            )
        ]
        assert content_queries == [], url


def test_each_page_marks_its_own_section_in_the_menu(reader, home, topic):
    other = TopicIndexPageFactory(parent=home, title="Chuyên mục khác", slug="chuyen-muc-khac")
    for _ in range(2):  # the second time from the kept fragments
        on_topic = reader.get(topic.url).content.decode()
        on_other = reader.get(other.url).content.decode()
        assert re.search(rf'href="{topic.url}" aria-current="page"', on_topic)
        assert not re.search(rf'href="{other.url}" aria-current', on_topic)
        assert re.search(rf'href="{other.url}" aria-current="page"', on_other)
        assert not re.search(rf'href="{topic.url}" aria-current', on_other)


def test_a_form_is_rendered_for_each_reader_with_its_own_csrf_token(client, home):
    feedback = FeedbackPageFactory(parent=home)
    client.cookies["sessionid"] = "reader-session"
    tokens = set()
    for _ in range(2):
        page = client.get(feedback.url).content.decode()
        tokens.update(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page))
    assert len(tokens) == 2


def test_changed_contact_details_show_in_the_footer_at_once(reader, topic):
    reader.get(topic.url)
    contact = PortalSettings.load()
    contact.phone = "0214 3840 999"
    contact.save()
    assert "0214 3840 999" in reader.get(topic.url).content.decode()


def test_listings_leave_out_restricted_pages_without_reading_the_restrictions_table(reader, home, topic):
    private = TopicIndexPageFactory(parent=home, title="Nội bộ", slug="noi-bo")
    hidden = NewsArticlePageFactory(parent=private, title="Bài nội bộ")
    shown = NewsArticlePageFactory(parent=topic, title="Bài công khai")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    list(ContentPage.objects.searchable())  # the stored restrictions are read once per content version
    with CaptureQueriesContext(connection) as captured:
        found = set(ContentPage.objects.searchable().values_list("pk", flat=True))
    assert found == {shown.pk}
    assert hidden.pk not in found
    assert not [query for query in captured if "wagtailcore_pageviewrestriction" in query["sql"]]


def test_a_stale_session_cookie_is_dropped_without_making_a_session(client, topic):
    client.cookies["sessionid"] = "expired-or-made-up"
    response = client.get(topic.url)
    assert response.status_code == 200
    assert response.cookies["sessionid"].value == ""  # the browser is told to forget it
    assert not Session.objects.exists()


def test_a_preview_shows_the_draft_and_never_reaches_readers(reader, topic):
    article = NewsArticlePageFactory(parent=topic, title="Tiêu đề đã đăng")
    article.title = "Bản nháp chưa duyệt"
    revision = article.save_revision()
    host = urlsplit(article.full_url).netloc  # Wagtail's preview asks for the page's own URL
    assert "Tiêu đề đã đăng" in reader.get(article.url, HTTP_HOST=host).content.decode()  # kept for this version
    preview = revision.as_object().make_preview_request()
    assert "Bản nháp chưa duyệt" in preview.content.decode()
    page = reader.get(article.url, HTTP_HOST=host).content.decode()
    assert "Tiêu đề đã đăng" in page
    assert "Bản nháp chưa duyệt" not in page
