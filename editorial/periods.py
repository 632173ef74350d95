"""Reporting periods of the board's reports: the quarters and half-years Sở Nội vụ asks for, or any date range.

Shared by the quarterly outreach report and the turnaround report, so both read the same
query parameters (`period` with `year`, or `from` and `to`) and print the period alike.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from news.dates import local_date

PERIODS = {
    "q1": ("Quý I", (1, 1), (3, 31)),
    "h1": ("6 tháng đầu năm", (1, 1), (6, 30)),
    "q3": ("Quý III", (7, 1), (9, 30)),
    "9m": ("9 tháng", (1, 1), (9, 30)),
    "year": ("Năm", (1, 1), (12, 31)),
}


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


def parse_period(params, today=None):
    """A Period from query parameters: `period` (q1, h1, q3, 9m, year) with `year`, or `from` and `to`."""
    today = today or timezone.localdate()
    if params.get("from") or params.get("to"):
        try:
            start = datetime.date.fromisoformat(params.get("from", ""))
            end = datetime.date.fromisoformat(params.get("to", ""))
        except ValueError as error:
            raise PeriodError("Ngày không hợp lệ: hãy nhập theo dạng năm-tháng-ngày, ví dụ 2024-01-15.") from error
        if end < start:
            raise PeriodError("Ngày kết thúc phải sau ngày bắt đầu.")
        if (end - start).days > 366 * 5:
            raise PeriodError("Kỳ báo cáo dài quá 5 năm.")
        return Period("Từ ngày đến ngày", start, end)
    key = params.get("period") or "q1"
    if key not in PERIODS:
        raise PeriodError("Kỳ báo cáo không hợp lệ: chọn Quý I, 6 tháng, Quý III, 9 tháng hoặc Năm.")
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
