"""Another agency's draft stays out of every admin view a collaborator opens: API, explorer header,
history, reports, bulk confirmations and the page chooser."""

import json

import pytest
from django.utils import timezone

from editorial import services
from tests.editorial.helpers import as_user, make_draft

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Dự thảo quyết định kỷ luật cán bộ xã Y Tý"


@pytest.fixture
def hidden(topic, people, other_agency):
    """Another agency's draft, under review, locked and in the history."""
    page = make_draft(topic, people.other_collaborator, other_agency, title=SECRET_TITLE)
    page.save_revision(user=people.other_collaborator, log_action=True)
    services.submit(page, people.other_collaborator)
    lock = {"locked": True, "locked_by": people.other_collaborator, "locked_at": timezone.now()}
    type(page).objects.filter(pk=page.pk).update(**lock)
    return page


def shows_secret(response):
    text = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return SECRET_TITLE in text or "du-thao-quyet-dinh" in text


LISTS = [
    "/admin/api/main/pages/?fields=title,slug,status",
    "/admin/api/main/pages/?search=kỷ luật",
    "/admin/reports/site-history/",
    "/admin/reports/aging-pages/",
    "/admin/reports/locked/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/choose-page/search/?q=kỷ luật",
    "/admin/pages/search/?q=kỷ luật",
]


@pytest.mark.parametrize("url", LISTS)
def test_lists_leave_out_other_agencies_drafts(client, hidden, people, url):
    response = as_user(client, people.collaborator).get(url)
    assert response.status_code in {200, 302, 403}
    assert not shows_secret(response)


@pytest.mark.parametrize("url", ["/admin/reports/site-history/", "/admin/reports/workflow/", "/admin/reports/locked/"])
def test_editors_still_see_every_agencys_drafts(client, hidden, people, url):
    """The control: the same reports do name the draft for an editor."""
    response = as_user(client, people.chief).get(url)
    assert response.status_code == 200
    assert shows_secret(response)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/api/main/pages/{id}/",
        "/admin/pages/{id}/",
        "/admin/pages/{id}/history/",
        "/admin/bulk/wagtailcore/page/delete/?id={id}",
        "/admin/bulk/wagtailcore/page/unpublish/?id={id}",
        "/admin/choose-page/{id}/",
    ],
)
def test_views_of_one_hidden_draft_answer_404(client, hidden, people, url):
    response = as_user(client, people.collaborator).get(url.format(id=hidden.pk))
    assert response.status_code in {403, 404}
    assert not shows_secret(response)


def test_own_agencys_draft_stays_visible(client, topic, people, agency):
    own = make_draft(topic, people.editor, agency, title="Nháp cùng đơn vị về một cửa")
    as_user(client, people.collaborator)
    assert client.get(f"/admin/api/main/pages/{own.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{own.pk}/").status_code == 200
