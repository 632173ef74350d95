"""Dates and times as the portal writes them, from Django's formats (portal/formats/vi): 29/11/2026 14:05."""

from django.utils import dateparse, formats, timezone


def local_datetime(value):
    """A datetime (or an ISO string, as audit-log data keeps it) in local time, "d/m/Y H:i"; "" for None."""
    if isinstance(value, str):
        value = dateparse.parse_datetime(value) or value
        if isinstance(value, str):
            return value
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, "SHORT_DATETIME_FORMAT")


def local_date(value):
    """A date in the portal's short format, "d/m/Y"; "" for None."""
    return formats.date_format(value, "SHORT_DATE_FORMAT") if value else ""
