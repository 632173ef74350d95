"""What the admin says after a workflow action: what happened, and what comes next.

Wagtail answers every action in the editor with "Page '…' has been updated." or "… submitted
for moderation": true, but the collaborator does not learn where the page went, nor the
reviewer what their approval did. These messages replace Wagtail's success message.
"""

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState

from news.dates import local_date


def submitted(page):
    step = _current_step_name(page)
    return _("Đã gửi duyệt: bài chờ ở bước “%(step)s”.") % {"step": step} if step else _("Đã gửi duyệt.")


def after_review(page):
    """The outcome of an approval or a return, read from where the page now stands."""
    workflow_state = page.current_workflow_state
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _(
            "Đã trả bài cho tác giả kèm ý kiến. Tác giả sửa rồi gửi duyệt lại; bài sẽ quay về bước “%(step)s”."
        ) % {"step": workflow_state.current_task_state.task.name}
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("Đã chuyển bài sang bước %(step)s.") % {"step": _current_step_name(page)}
    if page.live and not page.has_unpublished_changes:
        published_at = timezone.localtime(page.last_published_at or timezone.now())
        return _("Bài đã được xuất bản lúc %(time)s %(date)s.") % {
            "time": published_at.strftime("%H:%M"),
            "date": local_date(published_at),
        }
    revision = page.get_latest_revision()
    if revision is not None and revision.approved_go_live_at:
        go_live_at = timezone.localtime(revision.approved_go_live_at)
        return _("Đã duyệt; bài sẽ tự động xuất bản lúc %(time)s %(date)s.") % {
            "time": go_live_at.strftime("%H:%M"),
            "date": local_date(go_live_at),
        }
    return _("Đã duyệt bài.")


def _current_step_name(page):
    task_state = page.current_workflow_task_state
    return task_state.task.name if task_state is not None else ""


def replace_success_message(request, message):
    """Drops the success message Wagtail queued for this action and shows `message` instead.

    Warnings and errors queued with it are kept, in their order. Iterating the storage marks its
    messages as read, so the ones kept are queued again.
    """
    storage = messages.get_messages(request)
    kept = [queued for queued in storage if queued.level != messages.SUCCESS]
    for queued in kept:
        messages.add_message(request, queued.level, queued.message, extra_tags=queued.extra_tags)
    messages.success(request, message)
