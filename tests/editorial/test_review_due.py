"""Review-by dates: reform models and exemplary officials get one a year after first publishing; past it,
the page is in the "Cần rà soát" report and its agency is reminded once."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from editorial import review_due
from editorial.models import Notice, NoticeKind
from news.factories import (
    ExemplaryOfficialPageFactory,
    NewsArticlePageFactory,
    ReformModelPageFactory,
    days_ago,
)
from news.models import Withdrawal
from tests.editorial.helpers import fresh

pytestmark = pytest.mark.django_db

URL = reverse("editorial_review_due")


def test_publishing_sets_the_review_date_one_year_later(topic, people, agency):
    page = ReformModelPageFactory(parent=topic, agency=agency, live=False, first_published_at=None)
    page.save_revision(user=people.collaborator)
    assert fresh(page).review_by is None, "a draft has no review date yet"

    fresh(page).get_latest_revision().publish(user=people.chief, skip_permission_checks=True)

    published = fresh(page)
    first_published_on = timezone.localdate(published.first_published_at)
    assert published.review_by == first_published_on.replace(year=first_published_on.year + 1)


def test_an_editors_review_date_is_kept_and_republishing_keeps_the_default(topic, people, agency):
    chosen = datetime.date(2031, 6, 30)
    official = ExemplaryOfficialPageFactory(parent=topic, agency=agency, live=False, first_published_at=None)
    official.review_by = chosen
    official.save_revision(user=people.collaborator).publish(user=people.chief, skip_permission_checks=True)
    assert fresh(official).review_by == chosen

    model = ReformModelPageFactory(parent=topic, agency=agency, first_published_at=days_ago(30))
    default = fresh(model).review_by
    revision = fresh(model).save_revision(user=people.collaborator)  # a later edit that leaves the field empty
    revision.content["review_by"] = None
    revision.save()
    revision.publish(user=people.chief, skip_permission_checks=True)
    assert fresh(model).review_by == default


@pytest.fixture
def pages(topic, agency, other_agency):
    """Two overdue pages, and five that are not in the report for five different reasons."""
    year_and_a_month_ago = days_ago(400)
    withdrawn = ReformModelPageFactory(parent=topic, title="Mô hình đã rút", first_published_at=year_and_a_month_ago)
    Withdrawal.objects.create(page=withdrawn, reason="Số liệu sai.")
    return {
        "overdue_model": ReformModelPageFactory(
            parent=topic, title="Một cửa không chờ", agency=agency, first_published_at=year_and_a_month_ago
        ),
        "overdue_official": ExemplaryOfficialPageFactory(
            parent=topic, title="Người giữ lửa một cửa", agency=other_agency, first_published_at=days_ago(366)
        ),
        "recent": ReformModelPageFactory(parent=topic, title="Mô hình mới năm nay", first_published_at=days_ago(300)),
        "unpublished": ReformModelPageFactory(
            parent=topic, title="Mô hình đã gỡ", live=False, first_published_at=year_and_a_month_ago
        ),
        "term_ended": ExemplaryOfficialPageFactory(
            parent=topic,
            title="Cán bộ đã nghỉ hưu",
            first_published_at=year_and_a_month_ago,
            term_ended_on=datetime.date(2024, 1, 15),
        ),
        "article": NewsArticlePageFactory(parent=topic, title="Tin cũ", first_published_at=year_and_a_month_ago),
        "withdrawn": withdrawn,
    }


def test_report_lists_only_overdue_current_pages(client, people, pages):
    client.force_login(people.editor)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cần rà soát" in html
    for key in ("overdue_model", "overdue_official"):
        assert pages[key].title in html, key
        assert reverse("wagtailadmin_pages:edit", args=[pages[key].pk]) in html
    for key in ("recent", "unpublished", "term_ended", "article", "withdrawn"):
        assert pages[key].title not in html, key
    # Most overdue first, with its date in the portal's format.
    assert html.index("Một cửa không chờ") < html.index("Người giữ lửa một cửa")
    assert review_due.local_date(fresh(pages["overdue_model"]).review_by) in html


def test_report_downloads_as_csv(client, people, pages):
    client.force_login(people.editor)
    response = client.get(URL, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["Bài", "Loại", "Cơ quan, đơn vị", "Rà soát trước ngày"]
    assert [row[0] for row in rows[1:]] == ["Một cửa không chờ", "Người giữ lửa một cửa"]


def test_report_is_for_the_board_only(client, people, pages):
    client.force_login(people.collaborator)
    response = client.get(URL)
    assert pages["overdue_model"].title not in response.content.decode()
    assert response.status_code in (302, 403)


def test_agency_is_reminded_once_per_overdue_period(people, pages, agency):
    model = pages["overdue_model"]

    call_command("remind_reviews")
    call_command("remind_reviews")

    notices = Notice.objects.filter(page=model, kind=NoticeKind.REVIEW_DUE)
    assert [notice.recipient for notice in notices] == [people.collaborator], "the agency's collaborator, once"
    assert "đã quá ngày rà soát" in notices[0].message
    to_collaborator = [message for message in mail.outbox if message.to == [people.collaborator.email]]
    assert len(to_collaborator) == 1
    assert model.title in to_collaborator[0].subject
    # The official belongs to the other agency: its collaborator hears about that page only.
    official_notices = Notice.objects.filter(page=pages["overdue_official"], kind=NoticeKind.REVIEW_DUE)
    assert [notice.recipient for notice in official_notices] == [people.other_collaborator]

    # The agency checks the page and sets a new date; once that passes too, a new reminder is due.
    new_date = timezone.localdate() + datetime.timedelta(days=90)
    type(model).objects.filter(pk=model.pk).update(review_by=new_date)
    assert review_due.remind_overdue() == []
    later = new_date + datetime.timedelta(days=1)
    assert model.pk in [page.pk for page in review_due.remind_overdue(today=later)]
    assert Notice.objects.filter(page=model, kind=NoticeKind.REVIEW_DUE).count() == 2


def test_public_page_does_not_show_the_review_date(client, pages):
    html = client.get(pages["overdue_model"].url).content.decode()
    assert "rà soát" not in html.lower()
