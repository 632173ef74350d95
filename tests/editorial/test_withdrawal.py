"""Withdrawal, GOV.UK style: the page keeps its URL with a public notice, and leaves listings and search."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from editorial import services
from editorial.models import Notice, NoticeKind
from news.models import ContentPage, NewsArticlePage, Withdrawal
from news.signals import page_withdrawal_lifted, page_withdrawn
from tests.editorial.helpers import as_user, fresh, make_live

pytestmark = pytest.mark.django_db

REASON = "Số liệu trong bài đã được Sở Nội vụ đính chính tại Thông báo số 12/TB-SNV."


@pytest.fixture
def article(topic, people, agency):
    return make_live(topic, people.collaborator, agency, title="Kết quả chấm điểm CCHC quý I")


@pytest.fixture
def sent():
    calls = []

    def record(sender, **kwargs):
        calls.append((sender, kwargs))

    page_withdrawn.connect(record, dispatch_uid="test-withdrawn")
    page_withdrawal_lifted.connect(record, dispatch_uid="test-lifted")
    yield calls
    page_withdrawn.disconnect(dispatch_uid="test-withdrawn")
    page_withdrawal_lifted.disconnect(dispatch_uid="test-lifted")


def test_withdrawn_page_keeps_its_url_and_leaves_listings(client, home, topic, article, people, sent):
    """After withdrawal: 200 at the same URL, gone from the topic listing, the home page and published_content()."""
    url = article.url
    response = as_user(client, people.chief).post(reverse("editorial:withdraw", args=[article.pk]), {"reason": REASON})
    assert response.status_code == 302
    client.logout()

    assert client.get(url).status_code == 200
    assert article.title not in client.get(topic.url).content.decode()
    assert article.title not in client.get(home.url).content.decode()
    assert not ContentPage.objects.searchable().filter(pk=article.pk).exists()
    assert fresh(article).live, "withdrawn is not unpublished"

    entry = PageLogEntry.objects.get(page=article, action="editorial.withdraw")
    assert entry.user == people.chief and entry.comment == REASON
    assert [kwargs["instance"].pk for _sender, kwargs in sent] == [article.pk]
    assert sent[0][0] is NewsArticlePage, "the signal's sender is the page's type, as Django's model signals do"
    assert sent[0][1]["user"] == people.chief
    assert Withdrawal.objects.get(page_id=article.pk).withdrawn_by == people.chief


def test_notice_shows_the_reason_and_date(article, people):
    """The include renders the public notice for a withdrawn page, and nothing for others."""
    assert render_to_string("includes/withdrawal_notice.html", {"page": fresh(article)}).strip() == ""
    withdrawal = services.withdraw(article, people.chief, REASON)
    html = render_to_string("includes/withdrawal_notice.html", {"page": fresh(article)})
    assert "Bài viết này đã được rút" in html
    assert "Số liệu trong bài đã được Sở Nội vụ đính chính" in html
    # The date in Lào Cai (UTC+7): after 17:00 UTC it is already the next day there.
    assert timezone.localtime(withdrawal.withdrawn_at).strftime("%d/%m/%Y") in html


def test_notice_on_the_public_page(client, article, people):
    """The article page itself shows the notice (wired in templates/news/content_page_base.html)."""
    services.withdraw(article, people.chief, REASON)
    html = client.get(article.url).content.decode()
    assert "Bài viết này đã được rút" in html and "Thông báo số 12/TB-SNV" in html


def test_withdrawal_needs_a_public_reason(client, article, people):
    """Without a reason citizens can read, nothing is withdrawn."""
    before = Withdrawal.objects.count()
    response = as_user(client, people.chief).post(reverse("editorial:withdraw", args=[article.pk]), {"reason": ""})
    assert response.status_code == 200, "the form comes back to be corrected"
    assert "Trường này là bắt buộc." in response.content.decode(), "with the missing reason marked"
    assert Withdrawal.objects.count() == before
    with pytest.raises(services.ActionRefused):
        services.withdraw(article, people.chief, " ")


def test_lifting_brings_the_page_back(client, topic, article, people, sent):
    """Lifting the withdrawal removes the notice and puts the page back in listings."""
    services.withdraw(article, people.chief, REASON)
    response = as_user(client, people.chief).post(reverse("editorial:lift_withdrawal", args=[article.pk]))
    assert response.status_code == 302
    assert not Withdrawal.objects.exists()
    client.logout()
    assert article.title in client.get(topic.url).content.decode()
    assert ContentPage.objects.searchable().filter(pk=article.pk).exists()
    assert PageLogEntry.objects.filter(page=article, action="editorial.lift_withdrawal", user=people.chief).exists()
    assert len(sent) == 2
    sender, lifted = sent[1]
    assert sender is NewsArticlePage and lifted["instance"].pk == article.pk and lifted["user"] == people.chief


def test_the_author_is_told_of_a_withdrawal_and_its_lifting_and_who_did_it(mailoutbox, article, people):
    """The author gets a notice and an e-mail naming the editor-in-chief; the chief, who did it, gets neither."""
    mine = make_live(article.get_parent(), people.chief, article.agency, title="Bài của Trưởng ban")
    services.withdraw(article, people.chief, REASON)
    services.lift_withdrawal(article, people.chief)
    services.withdraw(mine, people.chief, REASON)
    services.lift_withdrawal(mine, people.chief)
    notices = Notice.objects.order_by("pk")
    assert [(notice.recipient, notice.kind) for notice in notices] == [
        (people.collaborator, NoticeKind.WITHDRAWN),
        (people.collaborator, NoticeKind.WITHDRAWAL_LIFTED),
    ]
    assert len(mailoutbox) == 2
    for email in mailoutbox:
        assert email.to == [people.collaborator.email]
        assert f"Người thực hiện: {people.chief.get_full_name() or people.chief.get_username()}" in email.body


def test_withdrawal_survives_a_new_revision(article, people):
    """Stored outside the page's revisions: publishing a new version keeps the page withdrawn."""
    services.withdraw(article, people.chief, REASON)
    page = fresh(article)
    page.title = "Kết quả chấm điểm CCHC quý I (đã đính chính)"
    page.save_revision(user=people.editor).publish(user=people.chief)
    assert Withdrawal.objects.filter(page_id=article.pk).exists()
    assert not ContentPage.objects.searchable().filter(pk=article.pk).exists()


def test_only_live_content_can_be_withdrawn(draft, people):
    """A draft is not withdrawn: there is nothing public to withdraw."""
    with pytest.raises(services.ActionRefused, match="chưa xuất bản"):
        services.withdraw(draft, people.chief, REASON)


def test_only_the_chief_lifts_a_withdrawal_and_the_history_keeps_both_reasons(article, people):
    """Lifting is refused on a page that is not withdrawn and to everyone but the editor-in-chief;
    the history entry keeps the note and the reason the page had been withdrawn for."""
    with pytest.raises(services.ActionRefused) as refused:
        services.lift_withdrawal(article, people.chief)
    assert str(refused.value) == "Bài này không bị rút."
    withdrawal = services.withdraw(article, people.chief, REASON)
    for user in (people.editor, people.collaborator, people.administrator):
        with pytest.raises(services.ActionRefused) as refused:
            services.lift_withdrawal(article, user)
        assert str(refused.value) == "Chỉ Trưởng ban biên tập được bỏ rút bài.", user
    assert Withdrawal.objects.filter(page_id=article.pk).exists()
    services.lift_withdrawal(article, people.chief, "  Đã đính chính xong  ")
    entry = PageLogEntry.objects.get(page=article, action="editorial.lift_withdrawal")
    assert entry.data == {"reason": "Đã đính chính xong", "withdrawal_reason": withdrawal.reason}
    services.withdraw(article, people.chief, REASON)
    services.lift_withdrawal(article, people.chief)  # no note: the history says none, not a placeholder
    latest = PageLogEntry.objects.filter(page=article, action="editorial.lift_withdrawal").order_by("-pk").first()
    assert latest.data["reason"] == ""
