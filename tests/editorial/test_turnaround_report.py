"""The turnaround report: time at each review step per agency and section, returns and why, who holds the oldest."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission, TaskState

from editorial import roles, services, setup, turnaround_report
from news.factories import TopicIndexPageFactory
from tests.editorial.helpers import fresh, make_draft

pytestmark = pytest.mark.django_db

URL = reverse("editorial:turnaround_report")
Q1_2024 = {"period": "q1", "year": "2024"}


def at(text):
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def editor_step_took(page, started, finished):
    """Moves the page's finished editor-review step to the given times."""
    TaskState.objects.filter(
        workflow_state__object_id=str(page.pk), task__name=setup.EDITOR_REVIEW, finished_at__isnull=False
    ).update(started_at=at(started), finished_at=at(finished))


@pytest.fixture
def reviewed(home, topic, people, agency, other_agency):
    """Four editor reviews finished in March 2024: three of one agency (1, 2 and 4 working days,
    one returned), one of another agency in another section (3 days, returned)."""
    other_section = TopicIndexPageFactory(parent=home, title="Mô hình hay", slug="mo-hinh-hay")
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=roles.COLLABORATOR), page=other_section, permission_type="add"
    )
    quick = make_draft(topic, people.collaborator, agency, title="Duyệt trong một ngày")
    services.submit(quick, people.collaborator)
    services.approve(fresh(quick), people.editor)
    editor_step_took(quick, "2024-03-04 09:00", "2024-03-05 09:00")

    over_weekend = make_draft(topic, people.collaborator, agency, title="Duyệt qua cuối tuần")
    services.submit(over_weekend, people.collaborator)
    services.approve(fresh(over_weekend), people.editor)
    editor_step_took(over_weekend, "2024-03-01 09:00", "2024-03-05 09:00")  # Friday → Tuesday: 2 days

    returned = make_draft(topic, people.collaborator, agency, title="Thiếu số liệu")
    services.submit(returned, people.collaborator)
    services.request_changes(fresh(returned), people.editor, "Bổ sung số liệu quý I.")
    editor_step_took(returned, "2024-03-04 09:00", "2024-03-08 09:00")

    elsewhere = make_draft(other_section, people.other_collaborator, other_agency, title="Thiếu nguồn")
    services.submit(elsewhere, people.other_collaborator)
    services.request_changes(fresh(elsewhere), people.second_editor, "Ghi rõ nguồn trích dẫn")
    editor_step_took(elsewhere, "2024-03-04 09:00", "2024-03-07 09:00")

    # The two approved pages now wait for the editor-in-chief; the quick one since longer.
    TaskState.objects.filter(workflow_state__object_id=str(quick.pk), status=TaskState.STATUS_IN_PROGRESS).update(
        started_at=timezone.now() - datetime.timedelta(days=20)
    )
    return other_section


def row_of(rows, name):
    return next(row for row in rows if row[0] == name)


def test_median_p90_and_returns_per_agency_and_section(client, people, agency, other_agency, topic, reviewed):
    client.force_login(people.chief)
    response = client.get(URL, Q1_2024)
    assert response.status_code == 200
    report = response.context["report"]
    assert report.steps == [setup.EDITOR_REVIEW, setup.CHIEF_APPROVAL]

    by_agency = list(report.rows(report.by_agency))
    # editor review: count, median, p90; editor-in-chief: nothing finished; returned
    assert row_of(by_agency, agency.name) == [agency.name, 3, 2.0, 4.0, 0, None, None, 1]
    assert row_of(by_agency, other_agency.name) == [other_agency.name, 1, 3.0, 3.0, 0, None, None, 1]
    assert report.totals() == ["Toàn bộ", 4, 2.5, 4.0, 0, None, None, 2]
    by_section = list(report.rows(report.by_section))
    assert row_of(by_section, topic.title)[1:4] == [3, 2.0, 4.0]
    assert row_of(by_section, reviewed.title)[1:4] == [1, 3.0, 3.0]

    assert list(report.reason_rows()) == [
        ["Nguồn, căn cứ", 1, "Ghi rõ nguồn trích dẫn"],
        ["Số liệu, dữ liệu", 1, "Bổ sung số liệu quý I"],
    ]
    html = response.content.decode()
    assert "Quý I năm 2024 (từ 01/01/2024 đến 31/03/2024)" in html
    assert "Bổ sung số liệu quý I" in html and "2,5" in html

    other_quarter = client.get(URL, {"period": "q3", "year": "2024"}).context["report"]
    assert other_quarter.finished_total == 0 and other_quarter.returned_total == 0


def test_the_reviewers_holding_the_oldest_pages_come_first(client, people, reviewed):
    """Both editors-in-chief hold the two pages at their step; one of them overdue."""
    for user, name in ((people.chief, "Hà"), (people.second_chief, "Minh")):
        user.last_name = name
        user.save(update_fields=["last_name"])
    client.force_login(people.editor)
    rows = list(client.get(URL, Q1_2024).context["report"].reviewer_rows())
    assert sorted(row[0] for row in rows) == ["Nguyễn Văn Hà", "Nguyễn Văn Minh"]
    assert [row[1:5] for row in rows] == [[2, 1, "Duyệt trong một ngày", setup.CHIEF_APPROVAL]] * 2
    assert rows[0][6] >= 10  # twenty calendar days are at least ten working days


def test_csv_and_xlsx_carry_the_same_numbers(client, people, agency, reviewed):
    client.force_login(people.chief)
    report = client.get(URL, Q1_2024).context["report"]
    agency_row = row_of(list(report.rows(report.by_agency)), agency.name)

    xlsx = client.get(URL, {**Q1_2024, "format": "xlsx"})
    assert xlsx["Content-Disposition"] == 'attachment; filename="bao-cao-thoi-gian-xu-ly-20240101-20240331.xlsx"'
    workbook = load_workbook(io.BytesIO(xlsx.content))
    assert workbook.sheetnames == ["Theo cơ quan, đơn vị", "Theo chuyên mục", "Lý do trả lại", "Bài chờ duyệt lâu nhất"]
    sheet = workbook["Theo cơ quan, đơn vị"]
    assert sheet["A1"].value == turnaround_report.TITLE
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert list(rows[0]) == ["STT", *report.headings(report.by_agency)]
    assert list(row_of([row[1:] for row in rows[1:]], agency.name)) == agency_row
    assert list(rows[-1][1:]) == report.totals()
    reasons = list(workbook["Lý do trả lại"].iter_rows(min_row=5, values_only=True))
    assert [row[1:3] for row in reasons] == [("Nguồn, căn cứ", 1), ("Số liệu, dữ liệu", 1)]

    text = client.get(URL, {**Q1_2024, "format": "csv"}).content.decode("utf-8-sig")
    csv_rows = list(csv.reader(io.StringIO(text)))
    assert csv_rows[0] == [turnaround_report.TITLE]
    assert ["Lý do trả lại"] in csv_rows and ["Bài chờ duyệt lâu nhất"] in csv_rows
    expected = ["" if cell is None else str(cell) for cell in agency_row]
    assert expected == next(row[1:] for row in csv_rows if row[1:2] == [agency.name])


def test_collaborators_cannot_open_the_report(client, people):
    client.force_login(people.collaborator)
    assert client.get(URL, Q1_2024).status_code == 403


def test_a_bad_period_answers_400_with_a_message(client, people):
    client.force_login(people.editor)
    response = client.get(URL, {"from": "2024-06-01", "to": "2024-01-01"})
    assert response.status_code == 400
    assert "Ngày kết thúc phải sau ngày bắt đầu." in response.content.decode()
