"""The editor's footer, messages and progress indicator say plainly where a page is in the review chain."""

import json
import re
from html import unescape

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from editorial import setup
from tests.editorial.helpers import (
    advance_to,
    approve_over_http,
    as_user,
    current_step,
    edit_form,
    fresh,
    make_draft,
    request_changes_over_http,
    submit_over_http,
)

pytestmark = pytest.mark.django_db


def footer(client, user, page):
    html = as_user(client, user).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    return html[html.index('<footer class="footer') :]


def main_buttons(footer_html):
    """The buttons shown side by side before the "more actions" menu."""
    pair = re.search(r'<div class="editorial-actions-pair">(.*?)</div>\s*<', footer_html, re.S)
    assert pair, "two actions side by side"
    return pair.group(1)


def menu_labels(footer_html):
    menu = footer_html[footer_html.index('data-w-dropdown-target="content"') :]
    return [
        re.sub(r"<[^>]+>|\s+", " ", label).strip()
        for label in re.findall(r"<(?:button|a)[^>]*>(.*?)</(?:button|a)>", menu, re.S)
    ]


def messages_of(client, response):
    """The messages the user sees on the page they are sent to."""
    assert response.status_code == 302, response.status_code
    return [str(message) for message in get_messages(client.get(response.url).wsgi_request)]


def test_collaborator_sees_send_for_review_beside_save_draft(client, draft, people):
    buttons = main_buttons(footer(client, people.collaborator, draft))
    assert buttons.index('name="action-submit"') < buttons.index("Lưu nháp"), "Gửi duyệt is the main button"
    assert re.search(r'name="action-submit"[^>]*>.*?Gửi duyệt\s*</button>', buttons, re.S)


def test_collaborator_creating_a_page_sees_send_for_review_too(client, topic, people):
    url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", topic.pk])
    html = as_user(client, people.collaborator).get(url).content.decode()
    buttons = main_buttons(html[html.index('<footer class="footer') :])
    assert "Gửi duyệt" in buttons and "Lưu nháp" in buttons


def test_reviewer_sees_approve_and_request_changes_first_and_stop_last_behind_a_confirmation(client, draft, people):
    services_submit = submit_over_http(client, people.collaborator, draft)
    assert services_submit.status_code == 302
    html = footer(client, people.editor, draft)
    buttons = main_buttons(html)
    assert re.search(r'data-workflow-action-name="approve"[^>]*>.*?Duyệt\s*</button>', buttons, re.S)
    assert re.search(r'data-workflow-action-name="reject"[^>]*>.*?Yêu cầu chỉnh sửa\s*</button>', buttons, re.S)
    labels = menu_labels(html)
    assert labels[-1] == "Ngừng quy trình", labels
    assert 'data-editorial-confirm="Ngừng quy trình duyệt bài này?' in html


def test_messages_say_what_happened_and_what_comes_next(client, draft, people):
    response = submit_over_http(client, people.collaborator, draft)
    assert messages_of(client, response) == [f"Đã gửi duyệt: bài chờ ở bước “{setup.EDITOR_REVIEW}”."]

    url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    response = as_user(client, people.editor).post(
        url,
        edit_form(
            draft,
            **{
                "action-workflow-action": "1",
                "workflow-action-name": "reject",
                "workflow-action-extra-data": json.dumps({"comment": "Bổ sung số liệu quý IV."}),
            },
        ),
    )
    assert messages_of(client, response) == [
        "Đã trả bài cho tác giả kèm ý kiến. Tác giả sửa rồi gửi duyệt lại; "
        f"bài sẽ quay về bước “{setup.EDITOR_REVIEW}”."
    ]

    submit_over_http(client, people.collaborator, draft)
    response = as_user(client, people.editor).post(
        url, edit_form(draft, **{"action-workflow-action": "1", "workflow-action-name": "approve"})
    )
    assert messages_of(client, response) == [f"Đã chuyển bài sang bước {setup.CHIEF_APPROVAL}."]

    response = as_user(client, people.chief).post(
        url, edit_form(draft, **{"action-workflow-action": "1", "workflow-action-name": "approve"})
    )
    published = timezone.localtime(fresh(draft).last_published_at)
    assert messages_of(client, response) == [f"Bài đã được xuất bản lúc {published:%H:%M} {published:%d/%m/%Y}."]


def test_actions_from_the_dashboard_say_what_comes_next_too(client, draft, people):
    """Approve or return from the dashboard (Wagtail's workflow-action view, which says nothing by itself)."""
    messages_of(client, submit_over_http(client, people.collaborator, draft))  # read: not the reviewer's
    response = request_changes_over_http(client, people.editor, draft, "Bổ sung nguồn số liệu.")
    assert messages_of(client, response) == [
        "Đã trả bài cho tác giả kèm ý kiến. Tác giả sửa rồi gửi duyệt lại; "
        f"bài sẽ quay về bước “{setup.EDITOR_REVIEW}”."
    ]
    messages_of(client, submit_over_http(client, people.collaborator, draft))
    response = approve_over_http(client, people.editor, draft)
    # Wagtail then adds its own note on the edit page it opens: the page now waits for another step.
    assert messages_of(client, response)[0] == f"Đã chuyển bài sang bước {setup.CHIEF_APPROVAL}."
    response = approve_over_http(client, people.chief, draft)
    published = timezone.localtime(fresh(draft).last_published_at)
    assert messages_of(client, response)[0] == f"Bài đã được xuất bản lúc {published:%H:%M} {published:%d/%m/%Y}."


def status_dialog(client, user, page):
    html = as_user(client, user).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    timeline = html[html.index('<ol class="workflow-timeline">') :]
    return timeline[: timeline.index("</ol>")]


def steps(timeline):
    return [
        (unescape(name.strip()), state)
        for state, name in re.findall(r'data-workflow-step="(\w+)".*?<strong>(.*?)</strong>', timeline, re.S)
    ]


def test_progress_names_each_step_and_shows_the_appraisal_skipped(client, draft, people):
    submit_over_http(client, people.collaborator, draft)
    timeline = status_dialog(client, people.collaborator, draft)
    assert steps(timeline) == [
        (setup.EDITOR_REVIEW, "in_progress"),
        (setup.APPRAISAL, "skipped"),
        (setup.CHIEF_APPROVAL, "pending"),
    ]
    assert "Bỏ qua: bài thuộc chuyên mục không cần bước này" in timeline


def test_progress_in_an_appraised_section_waits_for_the_appraiser(client, appraised_topic, people, agency):
    page = make_draft(appraised_topic, people.collaborator, agency)
    page = advance_to(page, people, setup.APPRAISAL)
    assert current_step(page) == setup.APPRAISAL
    assert steps(status_dialog(client, people.collaborator, page)) == [
        (setup.EDITOR_REVIEW, "approved"),
        (setup.APPRAISAL, "in_progress"),
        (setup.CHIEF_APPROVAL, "pending"),
    ]
