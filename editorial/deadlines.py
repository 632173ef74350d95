"""Review targets: how long a review step may take, who sees that it is late, and who is told.

Each section has a target per review step, in working days (`SectionDeadline`, set by the
board in Settings; sections without one get `DEFAULT_WORKING_DAYS`). A step past its target
shows red on its reviewers' dashboard; a step past twice its target is escalated: the
editor-in-chief gets an e-mail and an in-admin notice, once per step (`ReviewEscalation`
remembers it), from the minute job (`manage.py escalate_reviews`).

The clock is `editorial.working_days`: weekends and public holidays do not count.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState, get_default_page_content_type

from editorial import notifications, roles, working_days
from editorial.models import NoticeKind, ReviewEscalation, ReviewTask, SectionDeadline
from news.dates import local_datetime
from news.models import TopicIndexPage

DEFAULT_WORKING_DAYS = Decimal("2")

ON_TIME = "on_time"
OVERDUE = "overdue"
ESCALATED = "escalated"  # past twice the target


@dataclass(frozen=True)
class Due:
    """Where one review step stands against its target."""

    target_days: Decimal
    started_at: datetime.datetime
    due_at: datetime.datetime
    escalate_at: datetime.datetime
    waited_days: float  # working days since the step started
    level: str

    @property
    def is_overdue(self):
        return self.level != ON_TIME

    @property
    def label(self):
        if self.level == ON_TIME:
            return _("Hạn duyệt: %(when)s") % {"when": local_datetime(self.due_at)}
        return _("Quá hạn từ %(when)s (thời hạn %(days)s ngày làm việc)") % {
            "when": local_datetime(self.due_at),
            "days": format_days(self.target_days),
        }


def format_days(value):
    """1 → "1", 1.5 → "1,5": days as the board writes them."""
    text = f"{float(value):.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def due(started_at, target_days, now):
    """A step started at `started_at` with a target of `target_days` working days, seen at `now`."""
    due_at = working_days.add_working_days(started_at, target_days)
    escalate_at = working_days.add_working_days(started_at, 2 * target_days)
    level = ESCALATED if now >= escalate_at else OVERDUE if now >= due_at else ON_TIME
    return Due(
        target_days=target_days,
        started_at=started_at,
        due_at=due_at,
        escalate_at=escalate_at,
        waited_days=working_days.working_days_between(started_at, now),
        level=level,
    )


# Sections and their targets ------------------------------------------------------------------


def section_paths():
    """{tree path: section} for every topic section."""
    return {section.path: section for section in TopicIndexPage.objects.all()}


def section_of_path(path, sections):
    """The innermost section whose subtree holds the page at `path`, or None."""
    for end in range(len(path), 0, -Page.steplen):
        section = sections.get(path[:end])
        if section is not None:
            return section
    return None


def targets_by_section():
    return dict(SectionDeadline.objects.values_list("section_id", "working_days"))


def target_for_section(section, targets):
    if section is None:
        return DEFAULT_WORKING_DAYS
    return targets.get(section.pk, DEFAULT_WORKING_DAYS)


def dues_for(task_states, now=None):
    """{task state id: Due} for review task states of pages, in three queries whatever their number."""
    now = now or timezone.now()
    task_states = list(task_states)
    page_ids = {int(state.workflow_state.object_id) for state in task_states}
    paths = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "path"))
    sections, targets = section_paths(), targets_by_section()
    result = {}
    for state in task_states:
        path = paths.get(int(state.workflow_state.object_id))
        if path is None:
            continue
        target = target_for_section(section_of_path(path, sections), targets)
        result[state.pk] = due(state.started_at, target, now)
    return result


def pending_review_states():
    """Review steps of pages waiting for a reviewer now."""
    return TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        task__in=ReviewTask.objects.all(),
        workflow_state__base_content_type=get_default_page_content_type(),
    ).select_related("workflow_state", "task")


def attach_dues(dashboard_states, now=None):
    """Adds `due` to each row of the "awaiting my review" panel (a dict with its task state)."""
    dues = dues_for([row["task_state"] for row in dashboard_states], now)
    for row in dashboard_states:
        row["due"] = dues.get(row["task_state"].pk)
    return dashboard_states


# Escalation -------------------------------------------------------------------------------------


def escalate_overdue(now=None):
    """Tells the editor-in-chief about every review step past twice its target, once per step.

    Returns the task states escalated by this run. Safe to run from several machines at once:
    the row in `ReviewEscalation` is created before anyone is told, and only by one of them.
    """
    now = now or timezone.now()
    states = list(pending_review_states().exclude(pk__in=ReviewEscalation.objects.values("task_state_id")))
    dues = dues_for(states, now)
    escalated = []
    for state in states:
        state_due = dues.get(state.pk)
        if state_due is None or state_due.level != ESCALATED:
            continue
        with transaction.atomic():
            _record, created = ReviewEscalation.objects.get_or_create(task_state=state, defaults={"notified_at": now})
        if created:
            _notify_chiefs(state, state_due)
            escalated.append(state)
    return escalated


def _notify_chiefs(task_state, state_due):
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object.specific
    step = task_state.task.name
    message = _("“%(title)s” chờ ở bước “%(step)s” từ %(since)s, đã quá hai lần thời hạn %(days)s ngày làm việc.") % {
        "title": page.get_admin_display_title(),
        "step": step,
        "since": local_datetime(task_state.started_at),
        "days": format_days(state_due.target_days),
    }
    notifications.send(
        notifications.members_of(roles.EDITOR_IN_CHIEF),
        NoticeKind.REVIEW_OVERDUE,
        page,
        message,
        step=step,
        submitted_by=workflow_state.requested_by,
        agency=getattr(page, "agency", None),
    )
