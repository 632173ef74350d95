"""The documents, media, indices and feedback sections: where each page type may live, and the demo."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page

from news.models import (
    DocumentIndexPage,
    ExemplaryOfficialPage,
    Feedback,
    FeedbackPage,
    FeedbackStatus,
    HomePage,
    IndexScore,
    LegalDocumentPage,
    MediaIndexPage,
    MediaItemPage,
    NewsArticlePage,
    ParIndicesPage,
    ReformModelPage,
    TopicIndexPage,
)

pytestmark = pytest.mark.django_db

SECTIONS = [DocumentIndexPage, MediaIndexPage, ParIndicesPage, FeedbackPage]


@pytest.mark.parametrize("section_type", SECTIONS)
def test_sections_go_only_under_home_once(section_type, home, topic):
    assert section_type.can_create_at(home)
    assert not section_type.can_create_at(topic)
    assert not section_type.can_create_at(Page.get_first_root_node())
    home.add_child(instance=section_type(title="Mục", slug=f"muc-{section_type._meta.model_name}"))
    assert not section_type.can_create_at(HomePage.objects.get(pk=home.pk)), "one of each"


@pytest.mark.parametrize(
    ("child_type", "section_type"), [(LegalDocumentPage, DocumentIndexPage), (MediaItemPage, MediaIndexPage)]
)
def test_documents_and_media_live_only_in_their_section(child_type, section_type, home, topic):
    section = home.add_child(instance=section_type(title="Mục", slug="muc"))
    assert child_type.can_create_at(section)
    assert not child_type.can_create_at(topic)
    assert not child_type.can_create_at(home)
    for other in SECTIONS + [TopicIndexPage]:
        if other is not section_type:
            assert not child_type.can_exist_under(other())
    for article_type in [NewsArticlePage, ReformModelPage, ExemplaryOfficialPage]:
        assert not article_type.can_create_at(section), "articles stay in topic sections"


def test_indices_and_feedback_pages_have_no_children(home):
    indices = home.add_child(instance=ParIndicesPage(title="Chỉ số", slug="chi-so"))
    feedback = home.add_child(instance=FeedbackPage(title="Góp ý", slug="gop-y"))
    for page in [indices, feedback]:
        assert not page.specific_class.allowed_subpage_models()


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("bientap", "b@example.com", "x"))
    return client


@pytest.mark.parametrize(
    ("child_type", "section_type"), [(LegalDocumentPage, DocumentIndexPage), (MediaItemPage, MediaIndexPage)]
)
def test_admin_offers_the_form_in_the_section_and_refuses_it_elsewhere(
    admin_client, home, topic, child_type, section_type
):
    section = home.add_child(instance=section_type(title="Mục", slug="muc"))
    name = child_type._meta.model_name
    assert admin_client.get(f"/admin/pages/add/news/{name}/{section.pk}/").status_code == 200
    assert admin_client.get(f"/admin/pages/add/news/{name}/{topic.pk}/").status_code == 302


def test_demo_loads_every_section_and_is_idempotent(client):
    call_command("setup_portal", verbosity=0)
    counts = (
        LegalDocumentPage.objects.live().count(),
        MediaItemPage.objects.live().count(),
        IndexScore.objects.count(),
        Feedback.objects.count(),
        get_document_model().objects.count(),
    )
    # 9 documents (each with its PDF), 6 media items (3 videos without a file, 3 printables), 17 sample scores.
    assert counts == (9, 6, 17, 8, 12)
    statuses = sorted(Feedback.objects.values_list("status", flat=True))
    assert statuses == ["answered"] * 2 + ["new"] * 2 + ["published"] * 3 + ["rejected"], "every status"
    assert not IndexScore.objects.filter(is_sample=False).exists(), "demo figures are marked as sample data"

    call_command("setup_portal", verbosity=0)
    assert counts == (
        LegalDocumentPage.objects.live().count(),
        MediaItemPage.objects.live().count(),
        IndexScore.objects.count(),
        Feedback.objects.count(),
        get_document_model().objects.count(),
    )

    for model in SECTIONS:
        assert client.get(model.objects.get().url).status_code == 200, model
    for page in [*LegalDocumentPage.objects.live(), *MediaItemPage.objects.live()]:
        assert client.get(page.url).status_code == 200, page.url
    plan = LegalDocumentPage.objects.get(number="18/KH-UBND")
    assert client.get(plan.file.url).status_code == 200
    assert client.get(plan.file.url).getvalue().startswith(b"%PDF-")
    feedback_html = client.get(FeedbackPage.objects.get().url).content.decode()
    for item in Feedback.objects.all():
        assert (item.title in feedback_html) == (item.status == FeedbackStatus.PUBLISHED), item.title
        assert item.email not in feedback_html
