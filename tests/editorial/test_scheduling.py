"""Scheduled publishing and expiry: the final approval can set a time; `publish_scheduled` keeps it."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from editorial import services, setup
from tests.editorial.helpers import admin_datetime, advance_to, as_user, edit_form, fresh, in_future, make_live

pytestmark = pytest.mark.django_db


def run_publish_scheduled_at(moment):
    """`manage.py publish_scheduled` as cron would run it at `moment`."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled", verbosity=0)


def visible(client, page):
    client.logout()
    page = fresh(page)
    listed = page.title in client.get(page.get_parent().url).content.decode()
    url = page.url or f"{page.get_parent().url}{page.slug}/"
    return client.get(url).status_code == 200, listed


def test_chief_schedules_at_the_final_step_and_it_goes_live_then_expires(client, draft, people):
    """Approve with a go-live time: hidden until then, public from then, gone after the expiry time."""
    page = advance_to(draft, people, setup.CHIEF_APPROVAL)
    go_live_at, expire_at = in_future(days=1), in_future(days=3)
    response = as_user(client, people.chief).post(
        reverse("editorial:schedule", args=[page.pk]),
        {"go_live_at": admin_datetime(go_live_at), "expire_at": admin_datetime(expire_at), "comment": "Đăng sáng mai."},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not fresh(page).live
    assert fresh(page).scheduled_revision is not None
    assert visible(client, page) == (False, False)
    assert PageLogEntry.objects.filter(page=page, action="editorial.schedule", user=people.chief).exists()
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve", user=people.chief).exists()

    run_publish_scheduled_at(go_live_at + datetime.timedelta(minutes=1))
    assert fresh(page).live
    assert visible(client, page) == (True, True)

    run_publish_scheduled_at(expire_at + datetime.timedelta(minutes=1))
    page = fresh(page)
    assert not page.live and page.expired
    assert visible(client, page) == (False, False)


def test_a_go_live_time_set_by_the_author_is_kept_by_the_final_approval(client, draft, people):
    """The author may propose a time in the page's schedule; the chief's approval then schedules it."""
    go_live_at = in_future(hours=5)
    submitted = as_user(client, people.collaborator).post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        edit_form(draft, go_live_at=admin_datetime(go_live_at), **{"action-submit": "1"}),
    )
    assert submitted.status_code == 302, "the edit form accepted the proposed time and submitted the page"
    assert fresh(draft).get_latest_revision().as_object().go_live_at == go_live_at.replace(second=0, microsecond=0)
    services.approve(fresh(draft), people.editor)
    services.approve(fresh(draft), people.chief)
    assert not fresh(draft).live
    run_publish_scheduled_at(go_live_at + datetime.timedelta(minutes=1))
    assert fresh(draft).live


def test_chief_sets_an_expiry_on_a_live_page(client, topic, people, agency):
    """A live page given an expiry time goes off the portal when publish_scheduled next runs after it."""
    page = make_live(topic, people.collaborator, agency)
    expire_at = in_future(days=7)
    response = as_user(client, people.chief).post(
        reverse("editorial:schedule", args=[page.pk]), {"expire_at": admin_datetime(expire_at)}
    )
    assert response.status_code == 302
    assert fresh(page).expire_at is not None
    run_publish_scheduled_at(expire_at + datetime.timedelta(minutes=1))
    assert not fresh(page).live


def test_schedule_refusals(draft, people):
    """A time in the past, or a draft that has not been through review, cannot be scheduled."""
    with pytest.raises(services.ActionRefused, match="chưa qua duyệt"):
        services.schedule(draft, people.chief, go_live_at=in_future(days=1))
    page = advance_to(draft, people, setup.CHIEF_APPROVAL)
    with pytest.raises(services.ActionRefused, match="tương lai"):
        services.schedule(page, people.chief, go_live_at=timezone.now() - datetime.timedelta(hours=1))
    with pytest.raises(services.ActionRefused, match="Trưởng ban"):
        services.schedule(page, people.editor, go_live_at=in_future(days=1))
    assert fresh(page).scheduled_revision is None
