"""Each page type can be created only where it belongs, in the model and in the admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from news.models import ExemplaryOfficialPage, HomePage, NewsArticlePage, ReformModelPage, TopicIndexPage

CONTENT_TYPES = [NewsArticlePage, ReformModelPage, ExemplaryOfficialPage]


@pytest.mark.parametrize("page_type", CONTENT_TYPES)
def test_content_goes_only_in_a_topic_section(page_type, home, topic):
    """Articles, reform models and officials live in topic sections, not on the home page or inside each other."""
    assert page_type.can_create_at(topic)
    assert not page_type.can_create_at(home)
    assert not page_type.can_create_at(Page.get_first_root_node())
    for other in CONTENT_TYPES:
        assert not page_type.can_exist_under(other())


def test_sections_go_only_under_home(home, topic):
    assert TopicIndexPage.can_create_at(home)
    assert not TopicIndexPage.can_create_at(topic)
    assert not HomePage.can_create_at(Page.get_first_root_node()), "only one home page"


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bientap@example.com", "matkhau")
    client.force_login(user)
    return client


@pytest.mark.parametrize("page_type", CONTENT_TYPES)
def test_admin_refuses_content_outside_a_section(page_type, admin_client, home, topic):
    """The admin's add view offers the form under a section and refuses it under the home page."""
    model_name = page_type._meta.model_name
    assert admin_client.get(f"/admin/pages/add/news/{model_name}/{topic.pk}/").status_code == 200
    refused = admin_client.get(f"/admin/pages/add/news/{model_name}/{home.pk}/")
    assert refused.status_code == 302 and refused.url == "/admin/", "refused: back to the dashboard"


def test_admin_creates_an_article_in_a_section(admin_client, home, topic):
    """An editor fills in the article form and the article is saved as a draft in the section."""
    from news.factories import AgencyFactory

    agency = AgencyFactory()
    response = admin_client.post(
        f"/admin/pages/add/news/newsarticlepage/{topic.pk}/",
        {
            "title": "Một cửa cấp xã phục vụ người dân",
            "slug": "mot-cua-cap-xa",
            "summary": "Xã Bản Phiệt rút ngắn thời gian giải quyết hồ sơ.",
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": '{"blocks":[{"key":"a","type":"unstyled","text":"Nội dung.","depth":0,'
            '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
            "body-0-deleted": "",
            "body-0-order": "0",
            "agency": agency.pk,
            "reform_area": "procedures",
            "tags": "một cửa",
            "related_pages-TOTAL_FORMS": "0",
            "related_pages-INITIAL_FORMS": "0",
            "related_pages-MIN_NUM_FORMS": "0",
            "related_pages-MAX_NUM_FORMS": "6",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = NewsArticlePage.objects.get(slug="mot-cua-cap-xa")
    assert article.get_parent().pk == topic.pk
    assert not article.live
    assert article.agency == agency
