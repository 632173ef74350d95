"""Who hears what: reviewers when something waits for them, authors when it is approved or returned."""

import pytest
from django.core import mail
from django.urls import reverse

from editorial import services, setup
from editorial.models import Notice, NoticeKind
from tests.editorial.helpers import advance_to, as_user, fresh, make_live, submit_over_http

pytestmark = pytest.mark.django_db


def mailed(user):
    return [message for message in mail.outbox if user.email in message.to]


def test_each_step_tells_its_reviewers_and_only_them(client, draft, people):
    """Submitting tells the editors; their approval tells the chiefs; the author hears of the publication."""
    mail.outbox.clear()
    submit_over_http(client, people.collaborator, draft)
    assert {m.to[0] for m in mail.outbox} == {people.editor.email, people.second_editor.email}
    [email] = mailed(people.editor)
    assert draft.title in email.subject and "chờ bạn duyệt" in email.body
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in email.body
    assert Notice.objects.filter(recipient=people.editor, kind=NoticeKind.REVIEW_REQUESTED, page=draft).exists()

    mail.outbox.clear()
    services.approve(fresh(draft), people.editor)
    assert {m.to[0] for m in mail.outbox} == {people.chief.email, people.second_chief.email}

    mail.outbox.clear()
    services.approve(fresh(draft), people.chief)
    assert {m.to[0] for m in mail.outbox} == {people.collaborator.email}
    assert "đã được duyệt và xuất bản" in mail.outbox[0].body
    assert fresh(draft).full_url in mail.outbox[0].body


def test_the_author_is_not_asked_to_review_their_own_article(client, topic, people, agency):
    """An editor's own article notifies the other editors, not its author."""
    from tests.editorial.helpers import make_draft

    page = make_draft(topic, people.editor, agency)
    mail.outbox.clear()
    services.submit(page, people.editor)
    assert {m.to[0] for m in mail.outbox} == {people.second_editor.email}


def test_returned_page_tells_the_author_with_the_comment(draft, people):
    """The author gets the reviewer's comment by e-mail and as a notice."""
    advance_to(draft, people, setup.EDITOR_REVIEW)
    mail.outbox.clear()
    services.request_changes(fresh(draft), people.editor, "Ảnh minh họa chưa có chú thích.")
    [email] = mail.outbox
    assert email.to == [people.collaborator.email]
    assert "Ảnh minh họa chưa có chú thích." in email.body
    notice = Notice.objects.get(recipient=people.collaborator, kind=NoticeKind.CHANGES_REQUESTED)
    assert draft.title in notice.message


def test_force_publication_and_withdrawal_are_announced(draft, people):
    """Editors and the author hear of a forced publication (not the chief who did it), the author of a withdrawal."""
    mail.outbox.clear()
    services.force_publish(draft, people.chief, "Thông báo khẩn về lịch tiếp công dân.")
    recipients = {m.to[0] for m in mail.outbox}
    assert {people.editor.email, people.second_editor.email, people.collaborator.email} <= recipients
    assert people.chief.email not in recipients

    mail.outbox.clear()
    services.withdraw(fresh(draft), people.chief, "Thông báo đã hết hiệu lực.")
    assert [m.to for m in mail.outbox] == [[people.collaborator.email]]
    assert "Thông báo đã hết hiệu lực." in mail.outbox[0].body


def test_wagtail_does_not_send_its_own_english_emails_too(client, draft, people):
    """One e-mail per person per event: Wagtail's own workflow notifications are replaced, not added to."""
    mail.outbox.clear()
    submit_over_http(client, people.collaborator, draft)
    assert len(mail.outbox) == 2
    assert all(message.subject.startswith("[Cổng TTĐT CCHC Lào Cai]") for message in mail.outbox)


def test_dashboard_shows_unread_notices_until_marked_read(client, draft, people):
    """The in-admin notice stays on the dashboard until its reader marks it read."""
    services.submit(draft, people.collaborator)
    as_user(client, people.editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Thông báo mới (1)" in html and "đang chờ bạn duyệt" in html
    client.post(reverse("editorial:mark_notices_read"))
    assert "Thông báo mới" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_unpublishing_tells_the_author_who_did_it_and_never_the_chief_themself(topic, agency, people, mailoutbox):
    """The author of a page taken off the portal is told by notice and e-mail, naming the editor-in-chief;
    the chief's own page, taken off by the chief, tells nobody."""
    theirs = make_live(topic, people.collaborator, agency, title="Lịch tiếp công dân tháng 5")
    mine = make_live(topic, people.chief, agency, title="Thông báo của Trưởng ban")
    services.unpublish(theirs, people.chief)
    services.unpublish(mine, people.chief)
    assert [(notice.recipient, notice.kind) for notice in Notice.objects.all()] == [
        (people.collaborator, NoticeKind.UNPUBLISHED)
    ]
    [email] = mailoutbox
    assert email.to == [people.collaborator.email]
    assert f"Người thực hiện: {people.chief.get_full_name() or people.chief.get_username()}" in email.body
