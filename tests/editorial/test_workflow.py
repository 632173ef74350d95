"""The review chain end to end over the real admin: nothing is public before the final approval."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from editorial import setup
from news.models import NewsArticlePage
from tests.editorial.helpers import (
    approve_over_http,
    article_form,
    as_user,
    current_step,
    edit_form,
    fresh,
    request_changes_over_http,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db


def public_status(client, page):
    """(status of the page's URL, whether the topic listing shows it) for an anonymous visitor."""
    client.logout()
    page = fresh(page)
    url = page.url or f"{page.get_parent().url}{page.slug}/"
    listing = client.get(page.get_parent().url).content.decode()
    return client.get(url).status_code, page.title in listing


def test_happy_path_collaborator_to_citizen(client, topic, people, agency):
    """A collaborator writes and submits; the editor, then the chief approve; only then can citizens read it."""
    as_user(client, people.collaborator)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", topic.pk]),
        article_form(agency=agency, **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = NewsArticlePage.objects.get(slug="mot-cua-lien-thong")
    assert page.owner == people.collaborator
    assert current_step(page) == setup.EDITOR_REVIEW
    assert public_status(client, page) == (404, False)

    assert approve_over_http(client, people.editor, page, "Tin chuẩn, đủ nguồn.").status_code == 302
    assert current_step(page) == setup.CHIEF_APPROVAL, "appraisal is off for this section: skipped"
    assert public_status(client, page) == (404, False)

    assert approve_over_http(client, people.chief, page).status_code == 302
    page = fresh(page)
    assert page.live
    assert public_status(client, page) == (200, True)

    actions = list(PageLogEntry.objects.filter(page=page).order_by("pk").values_list("action", "user__username"))
    assert ("wagtail.workflow.start", "ctv") in actions
    assert ("wagtail.workflow.approve", "bientap") in actions
    assert ("wagtail.workflow.approve", "truongban") in actions
    assert ("wagtail.publish", "truongban") in actions
    comments = PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve", user=people.editor)
    assert comments.get().comment == "Tin chuẩn, đủ nguồn."


def test_appraisal_step_runs_only_in_appraised_sections(client, appraised_topic, people, agency):
    """In a section where appraisal is switched on, the appraiser approves between the editor and the chief."""
    from tests.editorial.helpers import make_draft

    page = make_draft(appraised_topic, people.collaborator, agency)
    submitted = as_user(client, people.collaborator).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, **{"action-submit": "1"})
    )
    assert submitted.status_code == 302
    assert current_step(page) == setup.EDITOR_REVIEW
    approve_over_http(client, people.editor, page)
    assert current_step(page) == setup.APPRAISAL
    assert public_status(client, page) == (404, False)
    approve_over_http(client, people.appraiser, page, "Số liệu chuyển đổi số chính xác.")
    assert current_step(page) == setup.CHIEF_APPROVAL
    assert public_status(client, page) == (404, False)
    approve_over_http(client, people.chief, page)
    assert public_status(client, page) == (200, True)


def test_request_changes_returns_the_page_with_the_comment(client, draft, people):
    """The editor returns the page; the author sees the comment (dashboard, e-mail), fixes it and resubmits."""
    submitted = as_user(client, people.collaborator).post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]), edit_form(draft, **{"action-submit": "1"})
    )
    assert submitted.status_code == 302 and current_step(draft) == setup.EDITOR_REVIEW
    mail.outbox.clear()
    comment = "Bổ sung số liệu hồ sơ trực tuyến quý I."
    assert request_changes_over_http(client, people.editor, draft, comment).status_code == 302
    state = WorkflowState.objects.for_instance(draft).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert public_status(client, draft) == (404, False)

    [email] = [m for m in mail.outbox if people.collaborator.email in m.to]
    assert comment in email.body
    dashboard = as_user(client, people.collaborator).get(reverse("wagtailadmin_home")).content.decode()
    assert "Bị trả lại cho tôi (1)" in dashboard
    assert comment in dashboard

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        edit_form(draft, title="Bộ phận một cửa cấp xã trả kết quả sớm, quý I", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    assert current_step(draft) == setup.EDITOR_REVIEW
    approve_over_http(client, people.editor, draft)
    assert public_status(client, draft) == (404, False)
    approve_over_http(client, people.chief, draft)
    assert public_status(client, draft) == (200, True)
    assert fresh(draft).title.endswith("quý I")
    rejection = PageLogEntry.objects.get(page=draft, action="wagtail.workflow.reject", user=people.editor)
    assert rejection.comment == comment


def test_request_changes_needs_a_comment(client, draft, people):
    """Returning a page without saying what to change is refused."""
    from editorial import services

    services.submit(draft, people.collaborator)
    as_user(client, people.editor)
    response = client.post(
        workflow_action_url(draft, "reject"), {"comment": "   "}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 200
    assert "This field is required" in response.json()["html"] or "bắt buộc" in response.json()["html"]
    assert current_step(draft) == setup.EDITOR_REVIEW
    with pytest.raises(services.ActionRefused, match="nội dung cần chỉnh sửa"):
        services.request_changes(draft, people.editor, "")
    assert current_step(draft) == setup.EDITOR_REVIEW
