"""`setup_portal` builds the demo portal, and running it again changes nothing."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from news.demo import DEMO_PASSWORD
from news.models import Agency, ContentPage, ExemplaryOfficialPage, NewsArticlePage, ReformModelPage, TopicIndexPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "path", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "agencies": Agency.objects.count(),
        "images": get_image_model().objects.count(),
        "tags": Tag.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": list(Site.objects.values_list("pk", "root_page_id")),
    }


def setup_portal(**options):
    out = StringIO()
    call_command("setup_portal", stdout=out, **options)
    return out.getvalue()


def test_setup_portal_builds_the_demo_and_is_idempotent(client):
    # The demo as data/README.md describes it: eight topic sections of the plan, nine districts,
    # 24 articles, 8 reform models and 5 exemplary officials.
    assert setup_portal() == "Portal ready: 24 articles, 8 reform models, 5 officials created.\n"
    first = snapshot()
    assert TopicIndexPage.objects.live().count() == 8
    assert NewsArticlePage.objects.live().count() == 24
    assert ReformModelPage.objects.live().count() == 8
    assert ExemplaryOfficialPage.objects.live().count() == 5
    assert Agency.objects.filter(kind="district").count() == 9
    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"
    assert get_user_model().objects.get(username="admin").is_superuser
    assert client.login(username="admin", password=DEMO_PASSWORD), "the password the README gives"
    client.logout()
    plan = NewsArticlePage.objects.get(slug="lao-cai-ban-hanh-ke-hoach-tuyen-truyen-cchc-nam-2024")
    assert plan.get_parent().specific.code == "1.1"
    assert plan.first_published_at.isoformat() == "2024-01-18T01:00:00+00:00", "08:00 in Lào Cai"

    assert setup_portal() == "Portal ready: 0 articles, 0 reform models, 0 officials created.\n"
    assert snapshot() == first

    response = client.get("/")
    assert response.status_code == 200
    for page in ContentPage.objects.live()[:40]:
        assert client.get(page.url).status_code == 200, page.url


def test_generated_articles_are_published_and_served(client):
    call_command("setup_portal", verbosity=0)
    before = NewsArticlePage.objects.live().count()
    call_command("setup_portal", articles=120, verbosity=0)
    assert NewsArticlePage.objects.live().count() == before + 120
    generated = NewsArticlePage.objects.live().order_by("-pk")[:5]
    for page in generated:
        assert client.get(page.url).status_code == 200
    topic = generated[0].get_parent()
    assert topic.get_children().count() == topic.numchild
    # The tree stays consistent for Wagtail's own editing: a new child goes after the generated ones.
    from news.factories import NewsArticlePageFactory

    NewsArticlePageFactory(parent=topic.specific)
    assert Page.find_problems() == ([], [], [], [], [])
