"""The quarterly outreach report (Kết quả thông tin, tuyên truyền CCHC) for Sở Nội vụ.

For a reporting period (a quarter, 6 months, 9 months, the year, or any date range) it
counts what each agency had published, by content type and by topic section, and how
its submissions fared in the approval workflow (submitted, returned, still waiting).
The same figures feed the admin page, its chart and the CSV and XLSX downloads.
"""

import csv
import datetime
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState

from news.dates import local_date
from news.models import Agency, ContentPage, TopicIndexPage, content_page_models

PERIODS = {
    "q1": ("Quý I", (1, 1), (3, 31)),
    "q2": ("Quý II", (4, 1), (6, 30)),
    "q3": ("Quý III", (7, 1), (9, 30)),
    "q4": ("Quý IV", (10, 1), (12, 31)),
    "h1": ("6 tháng đầu năm", (1, 1), (6, 30)),
    "9m": ("9 tháng", (1, 1), (9, 30)),
    "year": ("Năm", (1, 1), (12, 31)),
}
QUARTERS = ["q1", "q2", "q3", "q4"]
# Dates typed in the filter: dd/mm/yyyy as the province writes them; ISO still understood
# (links and bookmarks made before the date picker was localised).
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
NO_AGENCY = "(Chưa ghi cơ quan)"
TITLE = "BÁO CÁO KẾT QUẢ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH"


class PeriodError(ValueError):
    """The period asked for cannot be understood; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Period:
    label: str
    start: datetime.date
    end: datetime.date  # inclusive

    @property
    def description(self):
        return f"{self.label} (từ {local_date(self.start)} đến {local_date(self.end)})"

    def bounds(self):
        """Aware datetimes [start, end) in the portal's time zone."""
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.start, datetime.time.min, tzinfo=tz)
        end = datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
        return start, end


def parse_date(text):
    for date_format in DATE_INPUT_FORMATS:
        try:
            return datetime.datetime.strptime(text.strip(), date_format).date()
        except ValueError:
            continue
    raise PeriodError("Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/01/2024.")


def latest_period_with_data(today=None):
    """The query of the most recent quarter, up to today's, in which something was published or sent in.

    The report opens on it: at the start of a quarter the current one is still empty, and the
    board reports on the quarter just ended.
    """
    today = today or timezone.localdate()
    tz = timezone.get_current_timezone()
    now = datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
    published = (
        ContentPage.objects.filter(first_published_at__lt=now)
        .order_by("-first_published_at")
        .values_list("first_published_at", flat=True)
        .first()
    )
    submitted = (
        WorkflowState.objects.filter(created_at__lt=now)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    latest = max((moment for moment in (published, submitted) if moment is not None), default=None)
    day = timezone.localtime(latest).date() if latest else today
    return {"period": QUARTERS[(day.month - 1) // 3], "year": str(day.year)}


def parse_period(params, today=None):
    """A Period from query parameters: `period` (q1–q4, h1, 9m, year) with `year`, or `from` and `to`."""
    today = today or timezone.localdate()
    if params.get("from") or params.get("to"):
        start = parse_date(params.get("from", ""))
        end = parse_date(params.get("to", ""))
        if end < start:
            raise PeriodError("Ngày kết thúc phải sau ngày bắt đầu.")
        if (end - start).days > 366 * 5:
            raise PeriodError("Kỳ báo cáo dài quá 5 năm.")
        return Period("Từ ngày đến ngày", start, end)
    key = params.get("period") or "q1"
    if key not in PERIODS:
        raise PeriodError("Kỳ báo cáo không hợp lệ: chọn một quý, 6 tháng, 9 tháng, cả năm hoặc một khoảng thời gian.")
    year_text = params.get("year") or str(today.year)
    if not year_text.isdigit() or not 2000 <= int(year_text) <= 2100:
        raise PeriodError("Năm không hợp lệ.")
    year = int(year_text)
    label, (start_month, start_day), (end_month, end_day) = PERIODS[key]
    return Period(
        f"{label} năm {year}",
        datetime.date(year, start_month, start_day),
        datetime.date(year, end_month, end_day),
    )


def content_type_columns():
    """(content type id, plural label) for every published-content page type, in a stable order."""
    models = content_page_models()
    types = ContentType.objects.get_for_models(*models)
    return [(types[model].pk, str(model._meta.verbose_name_plural).capitalize()) for model in models]


@dataclass
class OutreachReport:
    period: Period
    type_columns: list
    topic_columns: list
    agencies: list = field(default_factory=list)  # agency names, rows of every table
    by_type: dict = field(default_factory=dict)  # agency → Counter(content type id)
    by_topic: dict = field(default_factory=dict)  # agency → Counter(topic id)
    workflow: dict = field(default_factory=dict)  # agency → Counter(submitted / returned / pending)

    def type_row(self, agency):
        counts = self.by_type.get(agency, Counter())
        return [counts[type_id] for type_id, _label in self.type_columns]

    def topic_row(self, agency):
        counts = self.by_topic.get(agency, Counter())
        return [counts[topic_id] for topic_id, _label in self.topic_columns]

    def workflow_row(self, agency):
        counts = self.workflow.get(agency, Counter())
        return [counts["submitted"], counts["returned"], counts["pending"]]

    @property
    def total_published(self):
        return sum(sum(counts.values()) for counts in self.by_type.values())

    def rows(self):
        """Table rows: agency, counts by type, total, counts by topic, submitted, returned, pending."""
        for agency in self.agencies:
            by_type = self.type_row(agency)
            yield [agency, *by_type, sum(by_type), *self.topic_row(agency), *self.workflow_row(agency)]

    def totals(self):
        columns = list(zip(*[row[1:] for row in self.rows()], strict=True)) or [[]]
        return ["Tổng cộng", *[sum(column) for column in columns]] if self.agencies else []

    def headings(self):
        return [
            "Cơ quan, đơn vị",
            *[label for _id, label in self.type_columns],
            "Tổng số tin, bài",
            *[label for _id, label in self.topic_columns],
            "Gửi duyệt",
            "Bị trả lại",
            "Đang chờ duyệt",
        ]

    def chart_bars(self):
        """(agency, published, width in percent of the largest) for the bar chart."""
        totals = [(agency, sum(self.type_row(agency))) for agency in self.agencies]
        largest = max((count for _agency, count in totals), default=0) or 1
        return [(agency, count, round(count * 100 / largest)) for agency, count in totals]


def build_report(period):
    start, end = period.bounds()
    report = OutreachReport(
        period=period,
        type_columns=content_type_columns(),
        topic_columns=[(t.pk, f"Mục {t.code}" if t.code else t.title) for t in TopicIndexPage.objects.order_by("path")],
    )
    agency_names = dict(Agency.objects.values_list("pk", "name"))
    topics_by_path = {t.path: t.pk for t in TopicIndexPage.objects.only("pk", "path")}

    published = ContentPage.objects.filter(first_published_at__gte=start, first_published_at__lt=end).values_list(
        "agency_id", "content_type_id", "path"
    )
    by_type, by_topic = defaultdict(Counter), defaultdict(Counter)
    for agency_id, content_type_id, path in published:
        agency = agency_names.get(agency_id, NO_AGENCY)
        by_type[agency][content_type_id] += 1
        topic_id = topics_by_path.get(path[: -Page.steplen])
        if topic_id is not None:
            by_topic[agency][topic_id] += 1

    workflow = defaultdict(Counter)
    page_type = ContentType.objects.get_for_model(Page)
    states = WorkflowState.objects.filter(base_content_type=page_type)
    events = [
        ("submitted", states.filter(created_at__gte=start, created_at__lt=end).values_list("object_id", flat=True)),
        (
            "pending",
            states.filter(status=WorkflowState.STATUS_IN_PROGRESS, created_at__lt=end).values_list(
                "object_id", flat=True
            ),
        ),
        (
            "returned",
            TaskState.objects.filter(
                status=TaskState.STATUS_REJECTED,
                finished_at__gte=start,
                finished_at__lt=end,
                workflow_state__base_content_type=page_type,
            ).values_list("workflow_state__object_id", flat=True),
        ),
    ]
    page_ids = {int(object_id) for _kind, ids in events for object_id in ids}
    agency_of_page = dict(ContentPage.objects.filter(pk__in=page_ids).values_list("pk", "agency_id"))
    for kind, ids in events:
        for object_id in ids:
            if int(object_id) in agency_of_page:
                workflow[agency_names.get(agency_of_page[int(object_id)], NO_AGENCY)][kind] += 1

    report.by_type, report.by_topic, report.workflow = dict(by_type), dict(by_topic), dict(workflow)
    report.agencies = sorted(set(by_type) | set(workflow), key=lambda name: (name == NO_AGENCY, name))
    return report


def title_rows(report):
    return [[TITLE], [f"Kỳ báo cáo: {report.period.description}"], []]


def as_csv(report):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that Excel opens the UTF-8 file with its Vietnamese intact
    writer = csv.writer(buffer)
    writer.writerows(title_rows(report))
    writer.writerow(["STT", *report.headings()])
    for number, row in enumerate(report.rows(), start=1):
        writer.writerow([number, *row])
    if report.agencies:
        writer.writerow(["", *report.totals()])
    return buffer.getvalue().encode("utf-8")


def as_xlsx(report):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kết quả tuyên truyền"
    headings = ["STT", *report.headings()]
    sheet.append([TITLE])
    sheet.append([f"Kỳ báo cáo: {report.period.description}"])
    sheet.append([])
    sheet.append(headings)
    for number, row in enumerate(report.rows(), start=1):
        sheet.append([number, *row])
    if report.agencies:
        sheet.append(["", *report.totals()])
    last = get_column_letter(len(headings))
    sheet.merge_cells(f"A1:{last}1")
    sheet.merge_cells(f"A2:{last}2")
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A1"].alignment = sheet["A2"].alignment = Alignment(horizontal="center")
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    if report.agencies:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 42
    for index in range(3, len(headings) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 13
    sheet.freeze_panes = "C5"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
