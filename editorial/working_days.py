"""Working days of the province's offices: Monday to Friday, less the public holidays.

The review targets ("one working day for news") and the turnaround report count time the
way the board does: a weekend or Tết does not make a reviewer late. The holidays, the
days swapped around them and the Saturdays worked in exchange come from a data file
(`editorial/data/holidays_vn.json`, one entry per year, updated when the government
announces the next year's calendar); nothing is fetched over the network. A year not in
the file falls back to the fixed-date holidays of the Labour Code.

Time is counted as a clock that runs only on working days, in the portal's time zone:
a page sent in on Friday at 15:00 with a one-day target is due on Monday at 15:00; one
sent in on Saturday is due at the end of Monday.
"""

import datetime
import functools
import json
from pathlib import Path

from django.utils import timezone

HOLIDAYS_FILE = Path(__file__).resolve().parent / "data" / "holidays_vn.json"
# The Labour Code's holidays on fixed solar dates, for a year the data file does not cover yet.
FIXED_HOLIDAYS = [(1, 1), (4, 30), (5, 1), (9, 2)]
DAY = datetime.timedelta(days=1)
SECONDS_PER_DAY = DAY.total_seconds()


@functools.cache
def _calendar():
    """{year: (holidays, make-up Saturdays)} from the data file, read once per process."""
    data = json.loads(HOLIDAYS_FILE.read_text(encoding="utf-8"))
    return {
        int(year): (
            frozenset(datetime.date.fromisoformat(day) for day in entry["holidays"]),
            frozenset(datetime.date.fromisoformat(day) for day in entry.get("make_up_days", {})),
        )
        for year, entry in data["years"].items()
    }


def covered_years():
    """The years the data file describes."""
    return sorted(_calendar())


def is_working_day(day):
    """Whether the offices work on this date."""
    holidays, make_up_days = _calendar().get(day.year, (None, frozenset()))
    if day in make_up_days:
        return True
    if day.weekday() >= 5:
        return False
    if holidays is None:
        return (day.month, day.day) not in FIXED_HOLIDAYS
    return day not in holidays


def _local(moment):
    return timezone.localtime(moment)


def _start_of_next_day(moment):
    day = moment.date() + DAY
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=moment.tzinfo)


def add_working_days(start, days):
    """The moment at which `days` working days (fractions allowed) have passed since `start`."""
    remaining = datetime.timedelta(days=float(days))
    cursor = _local(start)
    while True:
        day_end = _start_of_next_day(cursor)
        if is_working_day(cursor.date()):
            if remaining <= day_end - cursor:
                return cursor + remaining
            remaining -= day_end - cursor
        cursor = day_end


def working_days_between(start, end):
    """How many working days (a float) passed from `start` to `end`; 0 if `end` is not later."""
    cursor, end = _local(start), _local(end)
    seconds = 0.0
    while cursor < end:
        day_end = min(_start_of_next_day(cursor), end)
        if is_working_day(cursor.date()):
            seconds += (day_end - cursor).total_seconds()
        cursor = day_end
    return seconds / SECONDS_PER_DAY
