"""Every editorial change is in Wagtail's history: who, when, and the comment or reason."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from editorial import services
from tests.editorial.helpers import as_user, fresh, make_draft

pytestmark = pytest.mark.django_db


def history(client, user, page):
    response = as_user(client, user).get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_whole_life_of_an_article_is_in_its_history(client, topic, people, agency):
    """Submit, return, resubmit, approve, publish, withdraw, lift, unpublish, force publish: each
    with its user, and the comments and reasons shown in the admin's history."""
    page = make_draft(topic, people.collaborator, agency)
    services.submit(page, people.collaborator)
    services.request_changes(fresh(page), people.editor, "Bổ sung nguồn số liệu.")
    services.submit(fresh(page), people.collaborator)
    services.approve(fresh(page), people.editor, "Đạt yêu cầu.")
    services.approve(fresh(page), people.chief, "Đồng ý xuất bản.")
    services.withdraw(fresh(page), people.chief, "Thông tin đã được đính chính bằng văn bản mới.")
    services.lift_withdrawal(fresh(page), people.chief)
    services.unpublish(fresh(page), people.chief)
    services.force_publish(fresh(page), people.chief, "Đăng lại theo yêu cầu của Ban Chỉ đạo.")

    entries = list(PageLogEntry.objects.filter(page=page).order_by("pk"))
    by_action = [(entry.action, entry.user.username) for entry in entries]
    for expected in [
        ("wagtail.workflow.start", "ctv"),
        ("wagtail.workflow.reject", "bientap"),
        ("wagtail.workflow.resume", "ctv"),
        ("wagtail.workflow.approve", "bientap"),
        ("wagtail.workflow.approve", "truongban"),
        ("wagtail.publish", "truongban"),
        ("editorial.withdraw", "truongban"),
        ("editorial.lift_withdrawal", "truongban"),
        ("wagtail.unpublish", "truongban"),
        ("editorial.force_publish", "truongban"),
    ]:
        assert expected in by_action, expected
    assert all(entry.timestamp for entry in entries)

    html = history(client, people.chief, page)
    for text in [
        "Bổ sung nguồn số liệu.",
        "Đạt yêu cầu.",
        "Rút bài",
        "Thông tin đã được đính chính bằng văn bản mới.",
        "Xuất bản không qua duyệt",
        "Đăng lại theo yêu cầu của Ban Chỉ đạo.",
    ]:
        assert text in html, text


def test_unpublishing_in_the_admin_is_logged_and_announced(client, topic, people, agency):
    """Wagtail's unpublish screen goes through editorial.services: one history entry, and the author is told."""
    from django.core import mail

    from tests.editorial.helpers import make_live

    page = make_live(topic, people.collaborator, agency)
    mail.outbox.clear()
    response = as_user(client, people.chief).post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert response.status_code == 302
    assert not fresh(page).live
    assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish", user=people.chief).count() == 1
    assert [message.to for message in mail.outbox] == [[people.collaborator.email]]
