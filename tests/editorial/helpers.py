"""Helpers for the editorial tests: drafts and live pages, the review chain driven over HTTP, and snapshots."""

import datetime

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial import services, setup
from editorial.models import ForcedPublication, Notice
from news.blocks import RICH_TEXT_FEATURES
from news.factories import NewsArticlePageFactory
from news.models import Withdrawal


def admin_shaped(html):
    """Rich text as the admin stores it: Draftail keys every block, so an unchanged form stays unchanged."""
    widget = DraftailRichTextArea(features=RICH_TEXT_FEATURES)
    return widget.value_from_datadict({"text": widget.format_value(html)}, {}, "text")


def make_draft(section, author, agency, title="Bộ phận một cửa cấp xã trả kết quả sớm"):
    """An unpublished article as the admin leaves it: owned by its author, with one revision."""
    page = NewsArticlePageFactory(
        parent=section,
        title=title,
        live=False,
        owner=author,
        agency=agency,
        first_published_at=None,
        body=[("paragraph", RichText(admin_shaped("<p>Xã trả kết quả thủ tục hành chính trước hạn.</p>")))],
    )
    page.save_revision(user=author)
    return Page.objects.get(pk=page.pk).specific


def make_live(section, author, agency, title="Lào Cai đẩy mạnh dịch vụ công trực tuyến"):
    page = NewsArticlePageFactory(parent=section, title=title, owner=author, agency=agency)
    page.save_revision(user=author).publish(user=author, skip_permission_checks=True)
    return Page.objects.get(pk=page.pk).specific


STEP_REVIEWERS = {
    setup.EDITOR_REVIEW: "editor",
    setup.APPRAISAL: "appraiser",
    setup.CHIEF_APPROVAL: "chief",
}


def current_step(page):
    """The name of the review step the page waits at, or None."""
    task_state = page.current_workflow_task_state
    return task_state.task.name if task_state else None


def advance_to(page, people, step):
    """Submits the collaborator's page and has each reviewer approve until it waits at `step`."""
    services.submit(page, people.collaborator)
    while current_step(page) != step:
        reviewer = getattr(people, STEP_REVIEWERS[current_step(page)])
        services.approve(fresh(page), reviewer)
    return fresh(page)


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


# Driving the admin over HTTP ---------------------------------------------------------------------


def article_form(
    title="Một cửa liên thông cấp huyện",
    slug="mot-cua-lien-thong",
    agency=None,
    summary="Huyện rút ngắn thời gian giải quyết hồ sơ cho người dân.",
    body=None,
    **extra,
):
    """The POST data of the article form as the admin sends it."""
    body = body or streamfield([("paragraph", rich_text("<p>Người dân không phải đi lại nhiều lần.</p>"))])
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "body": body,
            "byline": "Minh Anh (Sở Nội vụ)",
            "reform_area": "procedures",
            "tags": "",
            "related_pages": inline_formset([], max=6),
            "comments": inline_formset([]),
        }
    )
    if agency is not None:
        data["agency"] = agency.pk
    data.update(extra)
    return data


def edit_form(page, **changes):
    """The article form filled with the page's latest content, with `changes` on top."""
    page = fresh(page).get_latest_revision_as_object()
    body = {
        str(index): {
            "type": block.block_type,
            "value": rich_text(block.value.source),
            "id": block.id,
            "deleted": "",
            "order": str(index),
        }
        for index, block in enumerate(page.body)
    }
    body["count"] = str(len(page.body))
    fields = {"title": page.title, "slug": page.slug, "agency": page.agency, "summary": page.summary, "body": body}
    return article_form(**{**fields, **changes})


def as_user(client, user):
    client.force_login(user)
    return client


def workflow_action_url(page, action):
    task_state = fresh(page).current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def approve_over_http(client, user, page, comment=""):
    return as_user(client, user).post(workflow_action_url(page, "approve"), {"comment": comment})


def request_changes_over_http(client, user, page, comment):
    return as_user(client, user).post(workflow_action_url(page, "reject"), {"comment": comment})


def submit_over_http(client, user, page):
    return as_user(client, user).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, **{"action-submit": "1"})
    )


def in_future(**delta):
    return timezone.now() + datetime.timedelta(**delta)


def admin_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def refusal_of(response):
    """The message a refused request shows: our own screens answer 403 with it; Wagtail's own
    views send the user back to the dashboard with "you do not have permission" as a message."""
    if response.status_code == 403:
        return response.content.decode()
    assert response.status_code == 302, response.status_code
    assert response.url == reverse("wagtailadmin_home"), response.url
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert messages, "a refusal without a message"
    return " ".join(messages)


# "Changes nothing in the database" ------------------------------------------------------------------


def snapshot(page=None):
    """Everything a refused editorial action could have changed."""
    return {
        "page": Page.objects.filter(pk=page.pk)
        .values(
            "live",
            "has_unpublished_changes",
            "latest_revision_id",
            "live_revision_id",
            "go_live_at",
            "expire_at",
            "title",
            "owner_id",
        )
        .first()
        if page
        else None,
        "pages": Page.objects.count(),
        "revisions": list(Revision.objects.values_list("pk", "approved_go_live_at").order_by("pk")),
        "workflow_states": list(WorkflowState.objects.values_list("pk", "status", "current_task_state_id")),
        "task_states": list(TaskState.objects.values_list("pk", "status", "comment").order_by("pk")),
        "log_entries": PageLogEntry.objects.count(),
        "withdrawals": list(Withdrawal.objects.values_list("pk", "reason")),
        "forced": list(ForcedPublication.objects.values_list("pk", "confirmed_at")),
        "notices": Notice.objects.count(),
    }
