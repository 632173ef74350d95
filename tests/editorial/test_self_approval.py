"""Nobody approves a revision they submitted or last edited, at any step, and the admin says why."""

import pytest
from django.urls import reverse

from editorial import roles, services, setup
from editorial.factories import UserFactory
from tests.editorial.helpers import (
    advance_to,
    approve_over_http,
    as_user,
    current_step,
    edit_form,
    fresh,
    make_draft,
    refusal_of,
    snapshot,
    submit_over_http,
)

pytestmark = pytest.mark.django_db

SELF_APPROVAL = "không thể tự duyệt"


def edit_page_says_why(client, user, page):
    html = as_user(client, user).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    return SELF_APPROVAL in html


def assert_refused_and_unchanged(client, user, page):
    before = snapshot(page)
    step = current_step(page)
    assert refusal_of(approve_over_http(client, user, page))
    assert snapshot(page) == before
    assert current_step(page) == step
    with pytest.raises(services.ActionRefused, match=SELF_APPROVAL):
        services.approve(fresh(page), user)
    # The edit view's own approve button is refused before the form is saved.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
    )
    assert response.status_code == 403 and SELF_APPROVAL in response.content.decode()
    assert snapshot(page) == before


def test_editor_cannot_approve_the_article_they_submitted(client, topic, people, agency):
    """Editor review: the editor's own article waits for another editor."""
    page = make_draft(topic, people.editor, agency)
    submit_over_http(client, people.editor, page)
    assert current_step(page) == setup.EDITOR_REVIEW

    assert_refused_and_unchanged(client, people.editor, page)
    assert edit_page_says_why(client, people.editor, page)
    dashboard = as_user(client, people.editor).get(reverse("wagtailadmin_home")).content.decode()
    assert "cần người khác duyệt" in dashboard and SELF_APPROVAL in dashboard

    approve_over_http(client, people.second_editor, page)
    assert current_step(page) == setup.CHIEF_APPROVAL


def test_editor_who_edited_the_revision_cannot_approve_it(client, draft, people):
    """Editor review: an editor who changes the collaborator's text has become its last editor."""
    services.submit(draft, people.collaborator)
    response = as_user(client, people.editor).post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]), edit_form(draft, title="Tiêu đề biên tập lại")
    )
    assert response.status_code == 302

    assert_refused_and_unchanged(client, people.editor, draft)
    assert edit_page_says_why(client, people.editor, draft)
    approve_over_http(client, people.second_editor, draft)
    assert current_step(draft) == setup.CHIEF_APPROVAL


def test_appraiser_who_edited_the_revision_cannot_approve_it(client, appraised_topic, people, agency):
    """Appraisal: an appraiser who edits during appraisal needs another appraiser."""
    page = advance_to(make_draft(appraised_topic, people.collaborator, agency), people, setup.APPRAISAL)
    response = as_user(client, people.appraiser).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, title="Sửa số liệu chuyển đổi số")
    )
    assert response.status_code == 302

    assert_refused_and_unchanged(client, people.appraiser, page)
    assert edit_page_says_why(client, people.appraiser, page)
    other_appraiser = UserFactory(username="thamdinh2", role=roles.APPRAISER)
    approve_over_http(client, other_appraiser, page)
    assert current_step(page) == setup.CHIEF_APPROVAL


def test_chief_cannot_approve_their_own_article(client, topic, people, agency):
    """Final approval: the editor-in-chief's own article is published by another member of the chief's group."""
    page = make_draft(topic, people.chief, agency)
    submit_over_http(client, people.chief, page)
    approve_over_http(client, people.editor, page)
    assert current_step(page) == setup.CHIEF_APPROVAL

    assert_refused_and_unchanged(client, people.chief, page)
    assert not fresh(page).live
    approve_over_http(client, people.second_chief, page)
    assert fresh(page).live


def test_chief_who_edited_the_revision_cannot_approve_or_schedule_it(client, draft, people):
    """Final approval: editing at the last step makes the chief an author of what would be published."""
    page = advance_to(draft, people, setup.CHIEF_APPROVAL)
    edited = as_user(client, people.chief).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, title="Tiêu đề Trưởng ban sửa")
    )
    assert edited.status_code == 302, "the chief's edit was saved"
    assert fresh(page).get_latest_revision().user == people.chief

    assert_refused_and_unchanged(client, people.chief, page)
    with pytest.raises(services.ActionRefused, match=SELF_APPROVAL):
        from tests.editorial.helpers import in_future

        services.schedule(fresh(page), people.chief, go_live_at=in_future(days=1))
    assert not fresh(page).live


def test_superusers_do_not_approve_their_own_work_either(client, topic, people, agency):
    """The rule has no exception for technical administrators."""
    root = UserFactory(username="sieuquantri", is_superuser=True, is_staff=True)
    page = make_draft(topic, root, agency)
    services.submit(page, root)
    assert_refused_and_unchanged(client, root, page)


def test_approving_from_the_edit_view_without_changes_works(client, draft, people):
    """The edit view's approve button approves when the reviewer changed nothing."""
    services.submit(draft, people.collaborator)
    response = as_user(client, people.editor).post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        edit_form(draft, **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
    )
    assert response.status_code == 302
    assert current_step(draft) == setup.CHIEF_APPROVAL


def test_editing_and_approving_in_one_click_is_refused_and_saves_nothing(client, draft, people):
    """A reviewer who changes the text and presses approve would approve their own edit: refused, nothing saved."""
    services.submit(draft, people.collaborator)
    before = snapshot(draft)
    response = as_user(client, people.editor).post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        edit_form(
            draft, title="Sửa rồi duyệt luôn", **{"action-workflow-action": "1", "workflow-action-name": "approve"}
        ),
    )
    assert response.status_code == 403
    assert "vừa sửa nội dung" in response.content.decode()
    assert snapshot(draft) == before


def comment_form(page, text, **extra):
    """The edit form with one new inline comment on the title, as the admin's commenting sends it."""
    data = edit_form(page, **extra)
    data.update(
        {
            "comments-TOTAL_FORMS": "1",
            "comments-INITIAL_FORMS": "0",
            "comments-0-DELETE": "",
            "comments-0-resolved": "",
            "comments-0-id": "",
            "comments-0-contentpath": "title",
            "comments-0-text": text,
            "comments-0-position": "",
            "comments-0-replies-TOTAL_FORMS": "0",
            "comments-0-replies-INITIAL_FORMS": "0",
            "comments-0-replies-MIN_NUM_FORMS": "0",
            "comments-0-replies-MAX_NUM_FORMS": "1000",
        }
    )
    return data


def test_inline_comments_do_not_make_the_reviewer_an_author(client, draft, people):
    """A reviewer comments on a field during review, then approves: commenting is reviewing, not writing."""
    services.submit(draft, people.collaborator)
    url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    as_user(client, people.editor)
    assert client.post(url, comment_form(draft, "Tiêu đề nên nêu rõ tên xã.")).status_code == 302
    assert fresh(draft).wagtail_admin_comments.get().text == "Tiêu đề nên nêu rõ tên xã."
    assert services.review_refusal(fresh(draft), people.editor) is None

    response = client.post(
        url,
        comment_form(
            draft, "Đã kiểm tra số liệu.", **{"action-workflow-action": "1", "workflow-action-name": "approve"}
        ),
    )
    assert response.status_code == 302
    assert current_step(draft) == setup.CHIEF_APPROVAL


def test_neither_who_wrote_nor_who_submitted_a_page_approves_it(topic, people, agency):
    """An editor submits a colleague's draft: the colleague wrote it (its only revision), the editor sent it;
    neither may approve it, a third editor may."""
    page = make_draft(topic, people.editor, agency)
    services.submit(page, people.second_editor)
    for author in (people.editor, people.second_editor):
        with pytest.raises(services.ActionRefused, match=SELF_APPROVAL):
            services.approve(fresh(page), author)
    third = UserFactory(username="bientap3", role=roles.EDITOR, agency=agency)
    services.approve(fresh(page), third)
    assert current_step(page) == setup.CHIEF_APPROVAL
