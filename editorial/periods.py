"""Reporting periods of the board's reports: the quarters and half-years Sở Nội vụ asks for, or any date range.

Shared by the quarterly outreach report and the turnaround report, so both read the same
query parameters (`period` with `year`, or `from` and `to`) and print the period alike.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import WorkflowState

from news.dates import local_date
from news.models import ContentPage

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
    """A date typed in the filter (dd/mm/yyyy, or ISO from older links)."""
    for date_format in DATE_INPUT_FORMATS:
        try:
            return datetime.datetime.strptime(text.strip(), date_format).date()
        except ValueError:
            continue
    raise PeriodError("Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/01/2024.")


def latest_quarter_with_data(today=None):
    """The query of the most recent quarter, up to today's, in which something was published or sent in.

    The reports open on it: at the start of a quarter the current one is still empty, and the
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
