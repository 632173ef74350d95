"""Role × action over the real admin views: each role may do exactly what the board's rules say.

A refused action answers 403 with the reason (or, from Wagtail's own views, a redirect to the
dashboard with a "no permission" message) and changes nothing in the database; an allowed one
takes effect.
"Publish" with Wagtail's own button is refused to everyone: content goes live through the
final approval, or the editor-in-chief's force publish with a written reason.
"""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from wagtail.models import Revision, WorkflowState

from editorial import setup
from news.models import NewsArticlePage, Withdrawal
from tests.editorial.helpers import (
    admin_datetime,
    advance_to,
    approve_over_http,
    article_form,
    as_user,
    current_step,
    edit_form,
    fresh,
    in_future,
    make_draft,
    make_live,
    refusal_of,
    request_changes_over_http,
    snapshot,
)

pytestmark = pytest.mark.django_db

ROLES = ["collaborator", "editor", "appraiser", "chief", "administrator"]


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def editorial_url(name, page):
    return reverse(f"editorial:{name}", args=[page.pk])


def own_draft(ctx):
    return make_draft(ctx.topic, ctx.people.collaborator, ctx.agency)


def live_page(ctx):
    return make_live(ctx.topic, ctx.people.collaborator, ctx.agency)


def waiting_at(step, section="topic"):
    def setup_page(ctx):
        page = make_draft(getattr(ctx, section), ctx.people.collaborator, ctx.agency)
        return advance_to(page, ctx.people, step)

    return setup_page


ACTIONS = {
    "create": SimpleNamespace(
        allowed={"collaborator", "editor", "chief"},
        setup=lambda ctx: None,
        perform=lambda ctx, client, page: client.post(
            reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", ctx.topic.pk]),
            article_form(slug="bai-moi", agency=ctx.agency),
        ),
        happened=lambda ctx, page: NewsArticlePage.objects.filter(slug="bai-moi").exists(),
    ),
    "edit": SimpleNamespace(
        allowed={"collaborator", "editor", "chief"},
        setup=own_draft,
        perform=lambda ctx, client, page: client.post(edit_url(page), edit_form(page, title="Tiêu đề đã sửa")),
        happened=lambda ctx, page: fresh(page).get_latest_revision_as_object().title == "Tiêu đề đã sửa",
    ),
    "submit": SimpleNamespace(
        allowed={"collaborator", "editor", "chief"},
        setup=own_draft,
        perform=lambda ctx, client, page: client.post(edit_url(page), edit_form(page, **{"action-submit": "1"})),
        happened=lambda ctx, page: current_step(page) == setup.EDITOR_REVIEW,
    ),
    "approve editor review": SimpleNamespace(
        allowed={"editor"},
        setup=waiting_at(setup.EDITOR_REVIEW),
        perform=lambda ctx, client, page: approve_over_http(client, ctx.user, page),
        happened=lambda ctx, page: current_step(page) == setup.CHIEF_APPROVAL,
    ),
    "approve appraisal": SimpleNamespace(
        allowed={"appraiser"},
        setup=waiting_at(setup.APPRAISAL, section="appraised_topic"),
        perform=lambda ctx, client, page: approve_over_http(client, ctx.user, page),
        happened=lambda ctx, page: current_step(page) == setup.CHIEF_APPROVAL,
    ),
    "approve final step (publish)": SimpleNamespace(
        allowed={"chief"},
        setup=waiting_at(setup.CHIEF_APPROVAL),
        perform=lambda ctx, client, page: approve_over_http(client, ctx.user, page),
        happened=lambda ctx, page: fresh(page).live,
    ),
    "request changes": SimpleNamespace(
        allowed={"editor"},
        setup=waiting_at(setup.EDITOR_REVIEW),
        perform=lambda ctx, client, page: request_changes_over_http(client, ctx.user, page, "Cần bổ sung nguồn tin."),
        happened=lambda ctx, page: (
            WorkflowState.objects.for_instance(page).filter(status=WorkflowState.STATUS_NEEDS_CHANGES).exists()
        ),
    ),
    "publish with Wagtail's button": SimpleNamespace(
        allowed=set(),
        setup=own_draft,
        perform=lambda ctx, client, page: client.post(edit_url(page), edit_form(page, **{"action-publish": "1"})),
        happened=lambda ctx, page: fresh(page).live,
    ),
    "force publish": SimpleNamespace(
        allowed={"chief"},
        setup=own_draft,
        perform=lambda ctx, client, page: client.post(
            editorial_url("force_publish", page), {"reason": "Thông báo khẩn của UBND tỉnh về lịch tiếp dân."}
        ),
        happened=lambda ctx, page: fresh(page).live,
    ),
    "schedule": SimpleNamespace(
        allowed={"chief"},
        setup=waiting_at(setup.CHIEF_APPROVAL),
        perform=lambda ctx, client, page: client.post(
            editorial_url("schedule", page), {"go_live_at": admin_datetime(in_future(days=1))}
        ),
        happened=lambda ctx, page: Revision.objects.filter(
            object_id=str(page.pk), approved_go_live_at__isnull=False
        ).exists(),
    ),
    "unpublish": SimpleNamespace(
        allowed={"chief"},
        setup=live_page,
        perform=lambda ctx, client, page: client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])),
        happened=lambda ctx, page: not fresh(page).live,
    ),
    "withdraw": SimpleNamespace(
        allowed={"chief"},
        setup=live_page,
        perform=lambda ctx, client, page: client.post(
            editorial_url("withdraw", page), {"reason": "Số liệu trong bài đã được Sở Nội vụ đính chính."}
        ),
        happened=lambda ctx, page: Withdrawal.objects.filter(page_id=page.pk).exists(),
    ),
    "see another agency's draft": SimpleNamespace(
        allowed={"editor", "chief"},
        setup=lambda ctx: make_draft(ctx.topic, ctx.people.other_collaborator, ctx.other_agency, "Bản nháp Bát Xát"),
        perform=lambda ctx, client, page: client.get(edit_url(page)),
        happened=lambda ctx, page: ctx.response.status_code == 200 and "Bản nháp Bát Xát" in ctx.response.text,
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_role_may_or_may_not(action, role, client, topic, appraised_topic, people, agency, other_agency):
    """Allowed: the change happens. Refused: 403, and the database is as before."""
    rule = ACTIONS[action]
    ctx = SimpleNamespace(
        topic=topic, appraised_topic=appraised_topic, people=people, agency=agency, other_agency=other_agency
    )
    page = rule.setup(ctx)
    ctx.user = getattr(people, role)
    before = snapshot(page)

    ctx.response = rule.perform(ctx, as_user(client, ctx.user), page)

    if role in rule.allowed:
        assert ctx.response.status_code in (200, 302), ctx.response.content.decode()[:2000]
        assert rule.happened(ctx, page)
    else:
        assert refusal_of(ctx.response)
        assert snapshot(page) == before
        assert not rule.happened(ctx, page)
