"""Telling people what waits for them: an in-admin notice on the dashboard and an e-mail.

The review steps are announced from Wagtail's workflow signals, because Wagtail's edit view
starts and resumes workflows itself; these receivers take over the dispatch_uids of
Wagtail's own notification e-mails, so nobody gets the same news twice (and in English).
The other changes are announced by `editorial.services`, which calls the functions below.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from editorial import roles
from editorial.models import Notice, NoticeKind
from news.dates import local_datetime

logger = logging.getLogger(__name__)

SUBJECT_PREFIX = "[Cổng TTĐT CCHC Lào Cai]"


def send(recipients, kind, page, message, **details):
    """Leaves a notice for each recipient and e-mails those with an address.

    `details` (comment, reason, step…) go into the e-mail body. A failing mail server is
    logged, never raised: the state change has already happened.
    """
    recipients = sorted({user for user in recipients if user is not None and user.is_active}, key=lambda u: u.pk)
    if not recipients:
        return []
    Notice.objects.bulk_create([Notice(recipient=user, page=page, kind=kind, message=message) for user in recipients])
    context = {
        "message": message,
        "page": page,
        "edit_url": settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "dashboard_url": settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_home"),
        "public_url": page.full_url if page.live else None,
        **details,
    }
    subject = f"{SUBJECT_PREFIX} {NoticeKind(kind).label}: {page.get_admin_display_title()}"
    emails = [
        mail.EmailMessage(
            subject,
            render_to_string("editorial/emails/notice.txt", {**context, "recipient": user}),
            to=[user.email],
        )
        for user in recipients
        if user.email
    ]
    try:
        mail.get_connection().send_messages(emails)
    except Exception:
        logger.exception("Could not send %s editorial e-mails about page %s", len(emails), page.pk)
    return recipients


def members_of(*group_names):
    return list(get_user_model().objects.filter(is_active=True, groups__name__in=group_names).distinct())


def authors(page, workflow_state=None, exclude=None):
    """The people a page belongs to: its owner and whoever sent it for review."""
    people = {page.owner}
    if workflow_state is not None:
        people.add(workflow_state.requested_by)
    people.discard(None)
    if exclude is not None:
        people.discard(exclude)
    return people


# Receivers of Wagtail's workflow signals ---------------------------------------------------------


def review_requested(sender, instance, user=None, **kwargs):
    """A review step has started: its reviewers (not the authors) are told."""
    task_state = instance
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return
    task = task_state.task.specific
    if not hasattr(task, "groups"):
        return
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object.specific
    # The services notify through this module (they import it): the rule of who authored a page lives there.
    from editorial.services import authors_of

    excluded = authors_of(page, workflow_state)
    reviewers = [
        member
        for member in get_user_model().objects.filter(is_active=True, groups__in=task.groups.all()).distinct()
        if member.pk not in excluded
    ]
    send(
        reviewers,
        NoticeKind.REVIEW_REQUESTED,
        page,
        _("“%(title)s” đang chờ bạn duyệt ở bước “%(step)s”.")
        % {"title": page.get_admin_display_title(), "step": task.name},
        step=task.name,
        submitted_by=workflow_state.requested_by,
        agency=getattr(page, "agency", None),
    )


def changes_requested(sender, instance, user=None, **kwargs):
    """A reviewer returned the page: its authors get the comment."""
    workflow_state = instance
    page = workflow_state.content_object.specific
    task_state = workflow_state.current_task_state
    send(
        authors(page, workflow_state, exclude=user),
        NoticeKind.CHANGES_REQUESTED,
        page,
        _("“%(title)s” được trả lại để chỉnh sửa ở bước “%(step)s”.")
        % {"title": page.get_admin_display_title(), "step": task_state.task.name},
        step=task_state.task.name,
        comment=task_state.comment,
        reviewer=user,
    )


def approved(sender, instance, user=None, **kwargs):
    """The last step approved the page: its authors learn it is live, or when it will be."""
    workflow_state = instance
    page = workflow_state.content_object.specific
    page.refresh_from_db()
    if page.live:
        message = _("“%(title)s” đã được duyệt và xuất bản.") % {"title": page.get_admin_display_title()}
    else:
        scheduled = page.scheduled_revision
        go_live_at = scheduled.approved_go_live_at if scheduled else page.go_live_at
        message = _("“%(title)s” đã được duyệt, sẽ xuất bản lúc %(when)s.") % {
            "title": page.get_admin_display_title(),
            "when": _local(go_live_at),
        }
    send(authors(page, workflow_state, exclude=user), NoticeKind.APPROVED, page, message, reviewer=user)


def submission_received(sender, instance, user=None, **kwargs):
    """Nothing to send: the reviewers of the first step hear from `review_requested`.

    Connected only to take the dispatch_uid of Wagtail's e-mail to every superuser.
    """


# (signal, sender, Wagtail's dispatch_uid, our receiver)
RECEIVERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", review_requested),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification", submission_received),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", changes_requested),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", approved),
]


def connect_receivers():
    """Replaces Wagtail's workflow e-mails with ours, whichever app is readied first.

    If Wagtail's admin app was readied before us, its receivers are disconnected; if not,
    ours hold the dispatch_uids and Django ignores Wagtail's later connect().
    """
    for signal, sender, dispatch_uid, receiver in RECEIVERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(receiver, sender=sender, dispatch_uid=dispatch_uid, weak=False)


# Called by editorial.services -----------------------------------------------------------------------


def force_published(record):
    page = record.page.specific
    people = set(members_of(roles.EDITOR, roles.EDITOR_IN_CHIEF)) | authors(page)
    people.discard(record.published_by)
    send(
        people,
        NoticeKind.FORCE_PUBLISHED,
        page,
        _("“%(title)s” được xuất bản không qua duyệt; cần một biên tập viên xác nhận.")
        % {"title": page.get_admin_display_title()},
        reason=record.reason,
        actor=record.published_by,
    )


def forced_publication_confirmed(record):
    page = record.page.specific
    send(
        [record.published_by],
        NoticeKind.CONFIRMED,
        page,
        _("“%(title)s” (xuất bản không qua duyệt) đã được xác nhận.") % {"title": page.get_admin_display_title()},
        actor=record.confirmed_by,
    )


def unpublished(page, user):
    send(
        authors(page, exclude=user),
        NoticeKind.UNPUBLISHED,
        page,
        _("“%(title)s” đã bị gỡ khỏi cổng.") % {"title": page.get_admin_display_title()},
        actor=user,
    )


def withdrawn(page, withdrawal, user):
    send(
        authors(page, exclude=user),
        NoticeKind.WITHDRAWN,
        page,
        _("“%(title)s” đã bị rút.") % {"title": page.get_admin_display_title()},
        reason=withdrawal.reason,
        actor=user,
    )


def withdrawal_lifted(page, user):
    send(
        authors(page, exclude=user),
        NoticeKind.WITHDRAWAL_LIFTED,
        page,
        _("“%(title)s” không còn bị rút, đã trở lại danh sách tin bài.") % {"title": page.get_admin_display_title()},
        actor=user,
    )


def _local(value):
    return local_datetime(value)
