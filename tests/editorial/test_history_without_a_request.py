"""Actions taken outside the admin (a script, the shell, a management command) have no request for
Wagtail to take the user from: the history must still say who did what, and why, from the service itself."""

import datetime

import pytest
from wagtail.models import PageLogEntry, TaskState

from editorial import services, setup
from tests.editorial.helpers import advance_to, fresh, in_future, make_live

pytestmark = pytest.mark.django_db

REASON = "Thông báo khẩn của UBND tỉnh về lịch tiếp công dân."


def utc(moment):
    return moment.astimezone(datetime.UTC).isoformat()


def entry(page, action):
    return PageLogEntry.objects.get(page=page, action=action)


def test_forced_publication_and_its_confirmation(draft, people):
    record = services.force_publish(draft, people.chief, f"  {REASON}  ")
    services.confirm_forced_publication(record, people.editor)
    forced = entry(draft, "editorial.force_publish")
    assert (forced.user, forced.data, forced.revision) == (people.chief, {"reason": REASON}, record.revision)
    confirmed = entry(draft, "editorial.confirm_review")
    assert (confirmed.user, confirmed.data) == (people.editor, {"reason": REASON})


def test_withdrawal(topic, agency, people):
    page = make_live(topic, people.collaborator, agency)
    services.withdraw(page, people.chief, f"  {REASON}  ")
    withdrawn = entry(page, "editorial.withdraw")
    assert (withdrawn.user, withdrawn.data) == (people.chief, {"reason": REASON})


def test_schedules(draft, topic, agency, people):
    """The go-live time set at the chief's step, and an expiry set on a live page."""
    go_live, expire = in_future(days=1), in_future(days=30)
    page = advance_to(draft, people, setup.CHIEF_APPROVAL)
    services.schedule(page, people.chief, go_live_at=go_live, expire_at=expire)
    scheduled = entry(page, "editorial.schedule")
    assert scheduled.user == people.chief
    assert scheduled.data == {"go_live_at": utc(go_live), "expire_at": utc(expire)}
    assert scheduled.revision == fresh(page).get_latest_revision()
    chief_step = TaskState.objects.get(workflow_state__object_id=str(page.pk), task__name=setup.CHIEF_APPROVAL)
    assert (chief_step.status, chief_step.comment) == (TaskState.STATUS_APPROVED, ""), "no comment was written"

    live = make_live(topic, people.collaborator, agency, title="Lịch tiếp công dân")
    services.schedule(live, people.chief, expire_at=expire)
    expiry = entry(live, "editorial.schedule")
    assert (expiry.user, expiry.data) == (people.chief, {"go_live_at": None, "expire_at": utc(expire)})
