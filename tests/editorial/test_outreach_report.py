"""The quarterly outreach report counts what each agency published and how its submissions fared."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from editorial import outreach_report, services
from news.factories import NewsArticlePageFactory, ReformModelPageFactory
from tests.editorial.helpers import fresh, make_draft

pytestmark = pytest.mark.django_db

URL = reverse("editorial:outreach_report")


def on(day):
    return timezone.make_aware(datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(10)))


@pytest.fixture
def published_2024(topic, agency, other_agency):
    """Three items in Q1 2024, one on 1 April (outside Q1), one never published."""
    NewsArticlePageFactory(parent=topic, agency=agency, first_published_at=on("2024-01-01"))
    NewsArticlePageFactory(parent=topic, agency=agency, first_published_at=on("2024-03-31"))
    ReformModelPageFactory(parent=topic, agency=other_agency, first_published_at=on("2024-02-15"))
    NewsArticlePageFactory(parent=topic, agency=agency, first_published_at=on("2024-04-01"))
    NewsArticlePageFactory(parent=topic, agency=agency, live=False, first_published_at=None)


def test_counts_equal_the_pages_published_in_the_period(client, people, published_2024, agency, other_agency):
    client.force_login(people.editor)
    response = client.get(URL, {"period": "q1", "year": "2024"})
    assert response.status_code == 200
    report = response.context["report"]
    assert report.total_published == 3
    types = {label: i for i, (_id, label) in enumerate(report.type_columns)}
    assert report.type_row(agency.name)[types["Tin bài"]] == 2
    assert report.type_row(other_agency.name)[types["Sáng kiến, mô hình"]] == 1
    html = response.content.decode()
    assert "Quý I năm 2024 (từ 01/01/2024 đến 31/03/2024)" in html

    six_months = client.get(URL, {"period": "h1", "year": "2024"}).context["report"]
    assert six_months.total_published == 4


def test_xlsx_and_csv_carry_the_same_numbers(client, people, published_2024, agency):
    client.force_login(people.editor)
    params = {"period": "q1", "year": "2024"}
    report = client.get(URL, params).context["report"]

    xlsx = client.get(URL, {**params, "format": "xlsx"})
    assert xlsx["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["A1"].value == outreach_report.TITLE
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert list(rows[0]) == ["STT", *report.headings()]
    by_agency = {row[1]: list(row[2:]) for row in rows[1:]}
    assert by_agency[agency.name] == list(next(r for r in report.rows() if r[0] == agency.name)[1:])
    assert by_agency["Tổng cộng"][report.headings().index("Tổng số tin, bài") - 1] == 3

    text = client.get(URL, {**params, "format": "csv"}).content.decode("utf-8-sig")
    csv_rows = list(csv.reader(io.StringIO(text)))
    assert csv_rows[0] == [outreach_report.TITLE]
    assert [agency.name, *map(str, by_agency[agency.name])] == next(r[1:] for r in csv_rows if r[1:2] == [agency.name])


def test_submitted_returned_and_pending_per_agency(client, people, topic, agency):
    returned = make_draft(topic, people.collaborator, agency, title="Bài bị trả lại")
    services.submit(returned, people.collaborator)
    services.request_changes(fresh(returned), people.editor, "Bổ sung số liệu quý I.")
    waiting = make_draft(topic, people.collaborator, agency, title="Bài đang chờ duyệt")
    services.submit(waiting, people.collaborator)

    client.force_login(people.chief)
    today = timezone.localdate()
    report = client.get(URL, {"from": f"{today.year}-01-01", "to": f"{today.year}-12-31"}).context["report"]
    assert report.workflow_row(agency.name) == [2, 1, 1]


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2024-13-45", "to": "2024-12-31"},
        {"from": "2024-06-01", "to": "2024-01-01"},
        {"period": "q9"},
        {"period": "q1", "year": "abc"},
    ],
)
def test_bad_period_answers_400_with_a_message(client, people, params):
    client.force_login(people.editor)
    response = client.get(URL, params)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_collaborators_cannot_open_the_report(client, people):
    client.force_login(people.collaborator)
    assert client.get(URL, {"period": "q1", "year": "2024"}).status_code == 403


def test_header_names_the_report(client, people):
    client.force_login(people.editor)
    html = client.get(URL, {"period": "q1", "year": "2024"}).content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert "Kết quả thông tin, tuyên truyền CCHC" in header


def test_opens_on_the_latest_quarter_with_data(client, people, topic, agency):
    """Opened from the menu, the report shows the last quarter in which something was published."""
    NewsArticlePageFactory(parent=topic, agency=agency, first_published_at=on("2025-08-20"))
    NewsArticlePageFactory(parent=topic, agency=agency, first_published_at=on("2025-02-03"))
    client.force_login(people.editor)
    response = client.get(URL)
    report = response.context["report"]
    assert report.period.label == "Quý III năm 2025"
    assert report.total_published == 1
    html = response.content.decode()
    assert '<option value="q3" selected>Quý III</option>' in html
    assert 'value="2025"' in html


@pytest.mark.parametrize(
    ("period", "label", "start", "end"),
    [
        ("q1", "Quý I", "01/01/2025", "31/03/2025"),
        ("q2", "Quý II", "01/04/2025", "30/06/2025"),
        ("q3", "Quý III", "01/07/2025", "30/09/2025"),
        ("q4", "Quý IV", "01/10/2025", "31/12/2025"),
        ("h1", "6 tháng đầu năm", "01/01/2025", "30/06/2025"),
        ("9m", "9 tháng", "01/01/2025", "30/09/2025"),
        ("year", "Năm", "01/01/2025", "31/12/2025"),
    ],
)
def test_periods_cover_the_whole_year(client, people, period, label, start, end):
    client.force_login(people.editor)
    html = client.get(URL, {"period": period, "year": "2025"}).content.decode()
    assert f"{label} năm 2025 (từ {start} đến {end})" in html


def test_date_range_reads_dd_mm_yyyy(client, people, published_2024):
    client.force_login(people.editor)
    response = client.get(URL, {"from": "01/01/2024", "to": "31/03/2024"})
    assert response.context["report"].total_published == 3
    html = response.content.decode()
    assert "Từ ngày đến ngày (từ 01/01/2024 đến 31/03/2024)" in html
    assert 'initDateChooser("id_from", {"dayOfWeekStart": 1, "format": "d/m/Y"' in html
    assert 'name="from" value="01/01/2024"' in html
    assert 'type="date"' not in html, "not the browser's own picker, which follows the browser's locale"
