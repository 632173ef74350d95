"""The review chain as the editor's progress indicator shows it: each step named, with where it stands."""

from dataclasses import dataclass

from django import template
from django.utils.translation import gettext as _
from wagtail.admin.templatetags.wagtailadmin_tags import user_display_name
from wagtail.models import TaskState

register = template.Library()

SKIPPED = TaskState.STATUS_SKIPPED


@dataclass
class Step:
    name: str
    status: str  # a TaskState status, or "pending" for a step not reached yet
    note: str
    comment: str = ""


@register.simple_tag
def workflow_steps(workflow_state, page):
    """The steps of the page's workflow in order; a step that does not apply to this page's section
    (the appraisal, outside the sections chosen for it) shows as skipped before it is reached."""
    steps = []
    for task in workflow_state.all_tasks_with_state():
        task_state = task.task_state
        status = task_state.status if task_state else "pending"
        applies = getattr(task.specific, "applies_to", None)
        if status == "pending" and applies is not None and not applies(page):
            status = SKIPPED
        steps.append(Step(task.name, status, _note(status, task_state), task_state.get_comment() if task_state else ""))
    return steps


def _note(status, task_state):
    by = user_display_name(task_state.finished_by) if task_state and task_state.finished_by else ""
    if status == TaskState.STATUS_APPROVED:
        return _("Đã duyệt: %(name)s") % {"name": by} if by else _("Đã duyệt")
    if status == TaskState.STATUS_REJECTED:
        return _("Yêu cầu chỉnh sửa: %(name)s") % {"name": by} if by else _("Yêu cầu chỉnh sửa")
    if status == TaskState.STATUS_IN_PROGRESS:
        return _("Đang chờ duyệt ở bước này")
    if status == SKIPPED:
        return _("Bỏ qua: bài thuộc chuyên mục không cần bước này")
    if status == TaskState.STATUS_CANCELLED:
        return _("Đã ngừng: %(name)s") % {"name": by} if by else _("Đã ngừng")
    return _("Chưa đến bước này")
