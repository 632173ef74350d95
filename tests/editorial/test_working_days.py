"""Working days: the clock of review targets skips weekends and Vietnamese public holidays, Tết included."""

import datetime
import json

from django.utils import timezone

from editorial import working_days


def at(text):
    """An aware datetime in the portal's time zone from "2025-01-24 10:00"."""
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def test_a_one_day_target_set_on_friday_falls_due_on_monday():
    assert working_days.add_working_days(at("2024-03-01 15:00"), 1) == at("2024-03-04 15:00")


def test_a_page_sent_on_saturday_is_due_at_the_end_of_monday():
    assert working_days.add_working_days(at("2024-03-02 10:00"), 1) == at("2024-03-05 00:00")


def test_tet_does_not_count():
    """Tết Ất Tỵ 2025: offices closed from Saturday 25/01 to Sunday 02/02."""
    assert working_days.add_working_days(at("2025-01-24 10:00"), 1) == at("2025-02-03 10:00")
    assert working_days.working_days_between(at("2026-02-13 00:00"), at("2026-02-23 00:00")) == 1.0


def test_days_swapped_around_30_april_follow_the_government_calendar():
    """2025: Friday 02/05 is off and Saturday 26/04 is worked in exchange."""
    assert working_days.is_working_day(datetime.date(2025, 4, 26))
    assert not working_days.is_working_day(datetime.date(2025, 5, 2))
    assert working_days.add_working_days(at("2025-04-25 10:00"), 1) == at("2025-04-26 10:00")
    assert working_days.add_working_days(at("2025-04-29 10:00"), 1) == at("2025-05-05 10:00")


def test_time_between_counts_only_working_days():
    assert working_days.working_days_between(at("2024-03-01 12:00"), at("2024-03-04 12:00")) == 1.0
    assert working_days.working_days_between(at("2024-03-04 09:00"), at("2024-03-04 21:00")) == 0.5
    assert working_days.working_days_between(at("2024-03-04 09:00"), at("2024-03-01 09:00")) == 0.0


def test_a_year_missing_from_the_file_still_keeps_the_fixed_holidays():
    assert 2030 not in working_days.covered_years()
    assert not working_days.is_working_day(datetime.date(2030, 9, 2))  # a Monday, National Day
    assert working_days.is_working_day(datetime.date(2030, 9, 3))


def test_the_holiday_file_covers_2024_to_2027_with_weekdays_off_and_saturdays_worked():
    data = json.loads(working_days.HOLIDAYS_FILE.read_text(encoding="utf-8"))["years"]
    assert {2024, 2025, 2026, 2027} <= set(working_days.covered_years())
    for year, entry in data.items():
        days = [datetime.date.fromisoformat(day) for day in entry["holidays"]]
        assert all(day.year == int(year) and day.weekday() < 5 for day in days), year
        for month_day in ("01-01", "04-30", "09-02"):
            day = datetime.date.fromisoformat(f"{year}-{month_day}")
            assert day.weekday() >= 5 or not working_days.is_working_day(day), day
        make_up = [datetime.date.fromisoformat(day) for day in entry["make_up_days"]]
        assert all(day.weekday() == 5 for day in make_up), year
