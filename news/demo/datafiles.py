"""The one reader of the demo data: `load(kind)` returns the records of data/<kind>.json.

The files and their conventions are described in data/README.md.
"""

import datetime
import json
from pathlib import Path

from django.utils import timezone

DATA_DIR = Path(__file__).resolve().parent / "data"


def load(kind):
    """The records of one kind (articles, agencies, …), as the file holds them."""
    with (DATA_DIR / f"{kind}.json").open(encoding="utf-8") as file:
        return json.load(file)


def to_date(iso):
    """A date of the data files ("YYYY-MM-DD"), or None when it is left out."""
    return datetime.date.fromisoformat(iso) if iso else None


def to_datetime(iso):
    """A day of the data files at 08:00 Lào Cai time: when the demo says a page went live."""
    return timezone.make_aware(datetime.datetime.combine(to_date(iso), datetime.time(8, 0)))
