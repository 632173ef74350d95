"""Force publish: the editor-in-chief only, only with a written reason, and reported until confirmed."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from editorial import services
from editorial.models import ForcedPublication
from tests.editorial.helpers import as_user, fresh, refusal_of, snapshot

pytestmark = pytest.mark.django_db

REASON = "Thông báo khẩn của UBND tỉnh về lịch tiếp công dân, phải đăng trong sáng nay."


def force_publish_over_http(client, user, page, reason):
    return as_user(client, user).post(reverse("editorial:force_publish", args=[page.pk]), {"reason": reason})


@pytest.mark.parametrize("reason", ["", "   ", "gấp"])
def test_force_publish_without_a_real_reason_is_refused(client, draft, people, reason):
    """No reason, or a token one, and nothing is published or recorded."""
    before = snapshot(draft)
    response = force_publish_over_http(client, people.chief, draft, reason)
    assert response.status_code == 200
    assert "Lý do xuất bản không qua duyệt" in response.content.decode()
    assert "errorlist" in response.content.decode() or "error-message" in response.content.decode()
    assert snapshot(draft) == before
    with pytest.raises(services.ActionRefused, match="lý do"):
        services.force_publish(draft, people.chief, reason)
    assert not fresh(draft).live


def test_force_publish_goes_live_cancels_review_and_is_recorded(client, draft, people):
    """The page goes live now, any review in progress stops, and the reason is in the history."""
    services.submit(draft, people.collaborator)
    response = force_publish_over_http(client, people.chief, draft, REASON)
    assert response.status_code == 302
    page = fresh(draft)
    assert page.live
    assert WorkflowState.objects.for_instance(page).get().status == WorkflowState.STATUS_CANCELLED
    record = ForcedPublication.objects.get(page=page)
    assert record.reason == REASON and record.published_by == people.chief and not record.is_confirmed
    entry = PageLogEntry.objects.get(page=page, action="editorial.force_publish")
    assert entry.user == people.chief and entry.comment == REASON
    client.logout()
    assert client.get(page.url).status_code == 200


def test_report_lists_it_until_another_editor_confirms(client, draft, people):
    """The chief who published cannot confirm it; another editor can, and it leaves the report."""
    record = services.force_publish(draft, people.chief, REASON)
    report = reverse("editorial:published_without_review")

    html = as_user(client, people.editor).get(report).content.decode()
    assert draft.title in html and REASON in html

    refused = as_user(client, people.chief).post(reverse("editorial:confirm_forced_publication", args=[record.pk]))
    assert "không thể tự xác nhận" in refusal_of(refused)
    assert not ForcedPublication.objects.get().is_confirmed

    response = as_user(client, people.editor).post(reverse("editorial:confirm_forced_publication", args=[record.pk]))
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.confirmed_by == people.editor
    edit_link = f'href="{reverse("wagtailadmin_pages:edit", args=[draft.pk])}"'
    assert edit_link not in as_user(client, people.editor).get(report).content.decode()
    assert edit_link in client.get(report, {"all": "1"}).content.decode()
    assert PageLogEntry.objects.filter(page=draft, action="editorial.confirm_review", user=people.editor).exists()


@pytest.mark.parametrize("role", ["collaborator", "appraiser", "administrator"])
def test_report_is_for_editors_only(client, people, role):
    """Collaborators, appraisers and administrators are refused the report."""
    response = as_user(client, getattr(people, role)).get(reverse("editorial:published_without_review"))
    assert response.status_code == 403


def test_wagtail_publish_button_is_replaced_for_the_chief(client, draft, people):
    """The chief's edit view offers force publish (with a reason), never Wagtail's own publish button."""
    html = as_user(client, people.chief).get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert 'name="action-publish"' not in html
    assert reverse("editorial:force_publish", args=[draft.pk]) in html
    for role in ("collaborator", "editor"):
        html = as_user(client, getattr(people, role)).get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
        assert 'name="action-publish"' not in html.content.decode()
        assert reverse("editorial:force_publish", args=[draft.pk]) not in html.content.decode()
