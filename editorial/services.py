"""Every state change of the editorial workflow, one function each.

Each function checks that the user may make the change and refuses with `ActionRefused`
(a `PermissionDenied` carrying a message in Vietnamese that the admin shows) before
touching anything; then it makes the change through Wagtail's own models, writes the
audit entry in Wagtail's history and sends the notifications. The admin views, the review
task (`ReviewTask.on_action`), management commands and tests all come through here.

Audit: Wagtail itself writes `wagtail.workflow.start/approve/reject`, `wagtail.publish`,
`wagtail.publish.schedule` and `wagtail.unpublish` (with user, time and comment); the
changes Wagtail has no word for get `editorial.*` entries (registered in wagtail_hooks).

Notifications for the review steps go out from receivers of Wagtail's workflow signals
(`editorial.notifications`), because Wagtail's edit view also starts and resumes
workflows on its own; everything else notifies from here.
"""

import datetime
import itertools

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import WorkflowState
from wagtail.models.pages import COMMENTS_RELATION_NAME

from editorial import notifications, permissions, roles
from editorial.models import ForcedPublication
from news.models import ContentPage, Withdrawal
from news.signals import page_withdrawal_lifted, page_withdrawn

MIN_REASON_LENGTH = 10


class ActionRefused(PermissionDenied):
    """A refused state change; str() is the message for the user."""


def _refuse(message):
    raise ActionRefused(message)


def _specific(page):
    return page.specific  # no query when it already is


def _clean_text(text, what):
    text = (text or "").strip()
    if len(text) < MIN_REASON_LENGTH:
        _refuse(_("Hãy ghi rõ %(what)s (ít nhất %(count)s ký tự).") % {"what": what, "count": MIN_REASON_LENGTH})
    return text


# Who wrote what is under review ------------------------------------------------------------


# Revision fields that record bookkeeping, not what the page says: saving only an inline
# comment, a lock or a schedule does not make a reviewer the author of the text.
NOT_CONTENT = {
    COMMENTS_RELATION_NAME,
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "live",
    "live_revision",
    "locked",
    "locked_at",
    "locked_by",
    "first_published_at",
    "last_published_at",
    "expired",
    "go_live_at",
    "expire_at",
    "numchild",
    "path",
    "depth",
    "url_path",
}
REVISIONS_COMPARED = 50


def _content(revision):
    return {key: value for key, value in revision.content.items() if key not in NOT_CONTENT}


def last_content_editor(page):
    """The user id of whoever wrote the newest change to what the page says."""
    revisions = list(page.revisions.order_by("-created_at", "-id").only("user_id", "content")[:REVISIONS_COMPARED])
    for newer, older in itertools.pairwise(revisions):
        if _content(newer) != _content(older):
            return newer.user_id
    return revisions[-1].user_id if revisions else None


def authors_of(page, workflow_state=None):
    """The users who may not approve what is under review: whoever submitted it, and whoever last
    changed its content (an inline comment or a new schedule is not a change of content)."""
    workflow_state = workflow_state or page.current_workflow_state
    authors = {last_content_editor(page)}
    if workflow_state is not None:
        authors.add(workflow_state.requested_by_id)
    authors.discard(None)
    return authors


def review_refusal(page, user, task=None, task_state=None):
    """Why `user` may not approve or return the page at its current step, or None if they may.

    The rule has no exception, not even for superusers: whoever submitted the page or last
    changed its content cannot approve it, at any step.
    """
    page = _specific(page)
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
        return _("Bài “%(title)s” không ở trong quy trình duyệt.") % {"title": page.get_admin_display_title()}
    current = workflow_state.current_task_state
    if task_state is not None and (current is None or task_state.pk != current.pk):
        return _("Bước duyệt này đã kết thúc; hãy tải lại trang.")
    current_task = (task or current.task).specific
    if task is not None and current is not None and current.task_id != task.pk:
        return _("Bài đang ở bước “%(step)s”.") % {"step": current.task.name}
    if not roles.reviews_for(current_task, user):
        return _("Bước “%(step)s” do thành viên nhóm %(groups)s duyệt.") % {
            "step": current_task.name,
            "groups": ", ".join(current_task.groups.values_list("name", flat=True)),
        }
    if user.pk in authors_of(page, workflow_state):
        return _(
            "Bạn đã gửi hoặc sửa lần cuối phiên bản này nên không thể tự duyệt ở bước “%(step)s”; "
            "cần một thành viên khác của nhóm duyệt."
        ) % {"step": current_task.name}
    return None


def _current_task_state(page, task_state=None):
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
        _refuse(_("Bài “%(title)s” không ở trong quy trình duyệt.") % {"title": page.get_admin_display_title()})
    current = workflow_state.current_task_state.specific
    return task_state.specific if task_state is not None else current


def is_final_step(task_state):
    """Whether approving this step ends the workflow, i.e. publishes the page."""
    workflow_state = task_state.workflow_state
    remaining = (
        workflow_state.workflow.tasks.filter(active=True)
        .exclude(task_states__in=workflow_state.successful_task_states)
        .exclude(pk=task_state.task_id)
    )
    return not remaining.exists()


# The review chain ----------------------------------------------------------------------------


def submit(page, user):
    """Sends the page's latest revision into the review chain, or back into it after changes were asked for."""
    page = _specific(page)
    perms = page.permissions_for_user(user)
    if not perms.can_edit() or not roles.may_see_draft(user, page):
        _refuse(_("Bạn không có quyền sửa bài này nên không thể gửi duyệt."))
    if perms.page_locked():
        _refuse(_("Bài đang bị khóa."))
    workflow = page.get_workflow()
    if workflow is None:
        _refuse(_("Chuyên mục này chưa gắn quy trình duyệt bài."))
    workflow_state = page.current_workflow_state
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        _refuse(_("Bài đang chờ duyệt."))
    with transaction.atomic():
        if page.get_latest_revision() is None:
            page.save_revision(user=user, log_action=True)
        if workflow_state is not None:  # changes were requested: back to the step that asked
            workflow_state.resume(user=user)
            return workflow_state
        return workflow.start(page, user)


def approve(page, user, comment="", task_state=None):
    """Approves the page at its current review step; at the editor-in-chief's step this publishes it."""
    page = _specific(page)
    task_state = _current_task_state(page, task_state)
    if is_final_step(task_state):
        return publish(page, user, comment=comment, task_state=task_state)
    refusal = review_refusal(page, user, task_state=task_state)
    if refusal:
        _refuse(refusal)
    task_state.approve(user=user, comment=comment or "")
    return task_state


def request_changes(page, user, comment, task_state=None):
    """Returns the page to its author with a comment saying what to change."""
    page = _specific(page)
    comment = (comment or "").strip()
    if not comment:
        _refuse(_("Hãy ghi rõ nội dung cần chỉnh sửa."))
    task_state = _current_task_state(page, task_state)
    refusal = review_refusal(page, user, task_state=task_state)
    if refusal:
        _refuse(refusal)
    task_state.reject(user=user, comment=comment)
    return task_state


def publish(page, user, comment="", task_state=None):
    """The editor-in-chief's final approval: the reviewed revision goes live, now or at its go-live time.

    Wagtail's workflow publishes it when the last step is approved (audit: `wagtail.workflow.approve`
    and `wagtail.publish` or `wagtail.publish.schedule`); the author is told by the
    `workflow_approved` receiver.
    """
    page = _specific(page)
    task_state = _current_task_state(page, task_state)
    if not is_final_step(task_state):
        _refuse(_("Bài chưa qua đủ các bước duyệt; chỉ bước cuối cùng mới xuất bản bài."))
    refusal = review_refusal(page, user, task_state=task_state)
    if refusal:
        _refuse(refusal)
    if not page.permissions_for_user(user).can_publish():
        _refuse(_("Chỉ Trưởng ban biên tập được duyệt xuất bản."))
    task_state.approve(user=user, comment=comment or "")
    return task_state


def schedule(page, user, go_live_at=None, expire_at=None, comment=""):
    """Sets when a page goes live or expires; run by `publish_scheduled` every minute.

    For a page waiting at the editor-in-chief's step, this is the final approval with a
    go-live (and optional expiry) time; for a live page, it sets the expiry time.
    """
    page = _specific(page)
    if not permissions.may_schedule(user, page):
        _refuse(_("Chỉ Trưởng ban biên tập được lên lịch xuất bản."))
    now = timezone.now()
    if go_live_at is None and expire_at is None:
        _refuse(_("Hãy chọn thời điểm xuất bản hoặc thời điểm hết hạn."))
    if go_live_at is not None and go_live_at <= now:
        _refuse(_("Thời điểm xuất bản phải ở tương lai."))
    if expire_at is not None and (expire_at <= now or (go_live_at and expire_at <= go_live_at)):
        _refuse(_("Thời điểm hết hạn phải sau thời điểm xuất bản."))

    workflow_state = page.current_workflow_state
    in_review = workflow_state is not None and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    data = {"go_live_at": _iso(go_live_at), "expire_at": _iso(expire_at)}
    if in_review:
        task_state = _current_task_state(page)
        if not is_final_step(task_state):
            _refuse(_("Chỉ lên lịch được khi bài đã tới bước Trưởng ban duyệt."))
        refusal = review_refusal(page, user, task_state=task_state)
        if refusal:
            _refuse(refusal)
        with transaction.atomic():
            # The times go into the revision under review without making the chief its author.
            revision = page.get_latest_revision()
            revision.content["go_live_at"] = data["go_live_at"]
            revision.content["expire_at"] = data["expire_at"]
            revision.save(update_fields=["content"])
            log(page, "editorial.schedule", user=user, data=data, revision=revision)
            return publish(page, user, comment=comment, task_state=task_state)
    if not page.live:
        _refuse(_("Bài chưa qua duyệt: hãy gửi duyệt trước khi lên lịch."))
    if go_live_at is not None:
        _refuse(_("Bài đã xuất bản; chỉ đặt được thời điểm hết hạn."))
    with transaction.atomic():
        type(page).objects.filter(pk=page.pk).update(expire_at=expire_at)
        page.expire_at = expire_at
        for revision in {page.get_latest_revision(), page.live_revision} - {None}:
            revision.content["expire_at"] = data["expire_at"]
            revision.save(update_fields=["content"])
        log(page, "editorial.schedule", user=user, data=data)
    return page


def _iso(value):
    return value.astimezone(datetime.UTC).isoformat() if value else None


# Outside the review chain ---------------------------------------------------------------------


def force_publish(page, user, reason):
    """Publishes the latest revision without review: editor-in-chief only, with a written reason.

    Any review in progress is cancelled; the publication waits in the "published without
    review" report until another editor confirms it.
    """
    page = _specific(page)
    if not permissions.may_force_publish(user, page):
        _refuse(_("Chỉ Trưởng ban biên tập được xuất bản không qua duyệt."))
    reason = _clean_text(reason, _("lý do xuất bản không qua duyệt"))
    if page.live and not page.has_unpublished_changes:
        _refuse(_("Bài đã xuất bản và không có thay đổi nào chờ xuất bản."))
    with transaction.atomic():
        revision = page.get_latest_revision() or page.save_revision(user=user, log_action=True)
        revision.publish(user=user)
        record = ForcedPublication.objects.create(page=page, revision=revision, reason=reason, published_by=user)
        log(page, "editorial.force_publish", user=user, data={"reason": reason}, revision=revision)
    notifications.force_published(record)
    return record


def confirm_forced_publication(record, user):
    """Another editor confirms a page published without review; it leaves the report."""
    if not permissions.may_confirm_forced_publication(user):
        _refuse(_("Chỉ biên tập viên hoặc Trưởng ban xác nhận được bài xuất bản không qua duyệt."))
    if record.published_by_id == user.pk:
        _refuse(_("Người đã xuất bản không thể tự xác nhận; cần một biên tập viên khác."))
    if record.is_confirmed:
        _refuse(_("Bài này đã được xác nhận."))
    with transaction.atomic():
        record.confirmed_by = user
        record.confirmed_at = timezone.now()
        record.save(update_fields=["confirmed_by", "confirmed_at"])
        log(record.page.specific, "editorial.confirm_review", user=user, data={"reason": record.reason})
    notifications.forced_publication_confirmed(record)
    return record


def unpublish_refusal(page, user):
    """Why `user` may not unpublish the page, or None (checked for every page before a bulk unpublish)."""
    if not permissions.may_unpublish(user, page):
        return _("Chỉ Trưởng ban biên tập được gỡ bài.")
    return None


def unpublish(page, user):
    """Takes a live page off the portal (404): editor-in-chief only."""
    page = _specific(page)
    refusal = unpublish_refusal(page, user)
    if refusal:
        _refuse(refusal)
    page.unpublish(user=user)  # audit: wagtail.unpublish
    notifications.unpublished(page, user)
    return page


def withdraw(page, user, reason):
    """Withdraws a published page: it keeps its URL with a public notice and reason, and leaves listings and search."""
    page = _specific(page)
    if not permissions.may_withdraw(user, page):
        _refuse(_("Chỉ Trưởng ban biên tập được rút bài."))
    if not isinstance(page, ContentPage):
        _refuse(_("Chỉ rút được tin bài, mô hình, gương điển hình."))
    if not page.live:
        _refuse(_("Bài chưa xuất bản nên không cần rút; hãy dùng chức năng gỡ bài."))
    if Withdrawal.objects.filter(page_id=page.pk).exists():
        _refuse(_("Bài đã được rút trước đó."))
    reason = _clean_text(reason, _("lý do rút bài"))
    with transaction.atomic():
        withdrawal = Withdrawal.objects.create(page_id=page.pk, reason=reason, withdrawn_by=user)
        log(page, "editorial.withdraw", user=user, data={"reason": reason})
    page_withdrawn.send(sender=type(page), instance=page, user=user)
    notifications.withdrawn(page, withdrawal, user)
    return withdrawal


def lift_withdrawal(page, user, reason=""):
    """Puts a withdrawn page back in listings and search and removes its notice."""
    page = _specific(page)
    if not permissions.may_withdraw(user, page):
        _refuse(_("Chỉ Trưởng ban biên tập được bỏ rút bài."))
    withdrawal = Withdrawal.objects.filter(page_id=page.pk).first()
    if withdrawal is None:
        _refuse(_("Bài này không bị rút."))
    with transaction.atomic():
        withdrawal.delete()
        log(
            page,
            "editorial.lift_withdrawal",
            user=user,
            data={"reason": (reason or "").strip(), "withdrawal_reason": withdrawal.reason},
        )
    page_withdrawal_lifted.send(sender=type(page), instance=page, user=user)
    notifications.withdrawal_lifted(page, user)
    return page
