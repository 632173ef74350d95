"""Review targets: a late step shows red on its reviewers' dashboard; past twice its target the
editor-in-chief is told, by e-mail and on the dashboard, once."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from editorial import deadlines, services, working_days
from editorial.models import Notice, NoticeKind, ReviewEscalation, SectionDeadline
from tests.editorial.helpers import as_user, make_draft

pytestmark = pytest.mark.django_db


def submitted(topic, people, agency, title, days_ago):
    """A page waiting at the editor's step since `days_ago` calendar days."""
    page = make_draft(topic, people.collaborator, agency, title=title)
    services.submit(page, people.collaborator)
    state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS)
    TaskState.objects.filter(pk=state.pk).update(started_at=timezone.now() - datetime.timedelta(days=days_ago))
    return TaskState.objects.get(pk=state.pk)


def overdue_notices():
    return Notice.objects.filter(kind=NoticeKind.REVIEW_OVERDUE)


def test_a_step_past_its_target_shows_red_on_the_reviewers_dashboard(client, topic, people, agency):
    SectionDeadline.objects.create(section=topic, working_days=1)
    submitted(topic, people, agency, "Bài chờ quá lâu", days_ago=20)
    submitted(topic, people, agency, "Bài vừa gửi", days_ago=0)

    html = as_user(client, people.editor).get(reverse("wagtailadmin_home")).content.decode()
    rows = {row.split("</tr>")[0] for row in html.split("<tr")}
    late = next(row for row in rows if "Bài chờ quá lâu" in row)
    fresh = next(row for row in rows if "Bài vừa gửi" in row)
    assert 'class="editorial-overdue"' in late and "Quá hạn từ" in late and "thời hạn 1 ngày làm việc" in late
    assert "editorial-overdue" not in fresh and "Hạn duyệt:" in fresh


def test_the_target_is_per_section_with_a_default(topic, appraised_topic, people, agency):
    SectionDeadline.objects.create(section=appraised_topic, working_days=Decimal("3"))
    news = submitted(topic, people, agency, "Tin", days_ago=0)
    model = submitted(appraised_topic, people, agency, "Mô hình", days_ago=0)
    dues = deadlines.dues_for([news, model])
    assert dues[news.pk].target_days == deadlines.DEFAULT_WORKING_DAYS
    assert dues[model.pk].target_days == 3
    assert dues[model.pk].due_at == working_days.add_working_days(model.started_at, 3)


def test_escalation_waits_for_twice_the_target(topic, people, agency):
    SectionDeadline.objects.create(section=topic, working_days=1)
    state = submitted(topic, people, agency, "Bài quá hạn", days_ago=0)
    started = state.started_at

    assert deadlines.escalate_overdue(now=working_days.add_working_days(started, Decimal("1.5"))) == []
    assert not overdue_notices().exists()
    assert deadlines.escalate_overdue(now=working_days.add_working_days(started, Decimal("2.01"))) == [state]
    assert set(overdue_notices().values_list("recipient__username", flat=True)) == {"truongban", "photruongban"}


def test_the_minute_job_tells_the_editor_in_chief_once(topic, people, agency):
    SectionDeadline.objects.create(section=topic, working_days=1)
    submitted(topic, people, agency, "Bài chờ quá lâu", days_ago=30)
    submitted(topic, people, agency, "Bài vừa gửi", days_ago=0)
    mail.outbox.clear()

    for _run in range(3):
        call_command("escalate_reviews", verbosity=0)

    notices = overdue_notices()
    assert notices.count() == 2  # one for each editor-in-chief, about the late page only
    assert {notice.recipient.username for notice in notices} == {"truongban", "photruongban"}
    assert all("Bài chờ quá lâu" in notice.message for notice in notices)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "photruongban@cchc.laocai.gov.vn",
        "truongban@cchc.laocai.gov.vn",
    ]
    assert "Bài quá hạn duyệt: Bài chờ quá lâu" in mail.outbox[0].subject
    assert ReviewEscalation.objects.count() == 1
