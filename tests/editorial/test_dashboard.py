"""The dashboard: one panel per question a member of the board asks, each with its count."""

import pytest
from django.urls import reverse

from editorial import services, setup
from tests.editorial.helpers import advance_to, as_user, fresh, make_draft

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    response = as_user(client, user).get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_panels_follow_the_role(client, topic, people, agency):
    """Collaborators see their drafts and returns; reviewers what waits for them; editors the forced ones."""
    make_draft(topic, people.collaborator, agency, title="Bản nháp chưa gửi")
    waiting = advance_to(
        make_draft(topic, people.collaborator, agency, title="Bài chờ duyệt"), people, setup.EDITOR_REVIEW
    )
    returned = advance_to(
        make_draft(topic, people.collaborator, agency, title="Bài bị trả"), people, setup.EDITOR_REVIEW
    )
    services.request_changes(fresh(returned), people.editor, "Thiếu nguồn số liệu.")
    forced = make_draft(topic, people.editor, agency, title="Bài đăng gấp")
    services.force_publish(forced, people.chief, "Thông báo khẩn của UBND tỉnh.")

    html = dashboard(client, people.collaborator)
    assert "Bản nháp của tôi (1)" in html and "Bản nháp chưa gửi" in html
    assert "Bị trả lại cho tôi (1)" in html and "Thiếu nguồn số liệu." in html
    assert "Chờ tôi duyệt" not in html
    assert "Xuất bản không qua duyệt (" not in html

    html = dashboard(client, people.editor)
    assert "Chờ tôi duyệt (1)" in html and waiting.title in html
    assert "Xuất bản không qua duyệt (1)" in html and "Bài đăng gấp" in html
    assert "Bị trả lại cho tôi (0)" in html

    html = dashboard(client, people.appraiser)
    assert "Chờ tôi duyệt (0)" in html
    assert "Bản nháp của tôi" not in html

    html = dashboard(client, people.chief)
    assert "Chờ tôi duyệt (0)" in html
    assert "Xuất bản không qua duyệt (1)" in html

    html = dashboard(client, people.administrator)
    assert "Chờ tôi duyệt" not in html and "Bản nháp của tôi" not in html


def test_confirming_from_the_dashboard(client, draft, people):
    """The chief who forced a publication gets no confirm button; another editor confirms it from the dashboard."""
    record = services.force_publish(draft, people.chief, "Thông báo khẩn của UBND tỉnh.")
    html = dashboard(client, people.chief)
    assert reverse("editorial:confirm_forced_publication", args=[record.pk]) not in html
    html = dashboard(client, people.editor)
    assert reverse("editorial:confirm_forced_publication", args=[record.pk]) in html
    client.post(
        reverse("editorial:confirm_forced_publication", args=[record.pk]), {"next": reverse("wagtailadmin_home")}
    )
    assert "Xuất bản không qua duyệt (0)" in dashboard(client, people.editor)
