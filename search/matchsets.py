"""The database engine's facets, filters and listings as bitmaps of page ids, kept in memory.

Counting facets in SQL is a GROUP BY over the facet rows of every matching entry: at
100,000 pages about 700,000 rows, 120–150 ms whatever the words match (the work is
scanning the rows, not the matches). Here every facet value (a type, a topic, an agency, a
tag, an area, a year) is a bitmap — a Python int whose bit n says "page n has it" — and so is
the set of entries a query matches; a count is then `(value & matches).bit_count()`, about
150 values counted in under a millisecond, and a filter is an AND. Dates are ranges of the
entries in publishing order, which also lists the pages of a browse or a sort by date.

The bitmaps are built from SearchFacet and SearchEntry (one aggregate query each, ids
joined into one string per value: ~0.3 s at 100,000 pages) when first needed after the
index changed, and kept per process: `current()` rebuilds when the content version
(bumped by every publish, unpublish, move, expiry or withdrawal) or the newest facet row (any
entry rewritten: relabels, rebuilds, syncs) changed. Expired pages
that publish_scheduled has not unpublished yet are taken out per query (few, indexed).
Memory: about 14 kB per value at 100,000 pages, ~2 MB in all.
"""

import bisect
import dataclasses
import threading
from array import array

from django.db import connection
from django.db.models import Count
from django.utils import timezone

from news.cache import content_version
from search.models import SearchEntry, SearchFacet
from search.query import FACETS

# How each database joins ids into one string (a row per id would cost ten times as much in Python).
JOINED = {"sqlite": "group_concat(entry_id)", "postgresql": "string_agg(CAST(entry_id AS text), ',')"}
NEWEST = {
    "sqlite": "SELECT group_concat(page_id) FROM (SELECT page_id FROM {} ORDER BY published_at DESC, page_id DESC)",
    "postgresql": "SELECT string_agg(CAST(page_id AS text), ',' ORDER BY published_at DESC, page_id DESC) FROM {}",
}

_lock = threading.Lock()
_current = {}


def bitmap(ids):
    """The bitmap (an int) with the bits of these page ids set."""
    ids = list(ids)
    if not ids:
        return 0
    bits = bytearray((max(ids) >> 3) + 1)
    for page_id in ids:
        bits[page_id >> 3] |= 1 << (page_id & 7)
    return int.from_bytes(bits, "little")


def split_ids(joined):
    return [int(page_id) for page_id in joined.split(",")] if joined else []


@dataclasses.dataclass
class MatchSets:
    """Bitmaps of one state of the search index: facet values, every entry, the publishing order."""

    values: dict  # field → {key: (label, bitmap)}
    newest: array  # page ids, newest first (published_at, then page id, descending)
    days: list  # published dates (ISO), newest first, and where each starts in `newest`
    day_starts: list
    everything: int = 0
    ascending_days: list = dataclasses.field(default_factory=list)

    def __post_init__(self):
        self.everything = bitmap(self.newest)
        self.ascending_days = self.days[::-1]

    def any_of(self, field, keys):
        """The entries with any of these values of a field (a filter)."""
        bits = 0
        for key in keys:
            bits |= self.values.get(field, {}).get(key, ("", 0))[1]
        return bits

    def published_between(self, date_from=None, date_to=None):
        """The entries published on these days (local dates, both ends included)."""
        # `days` runs newest first; bisect needs them oldest first, and counts back.
        ascending, count = self.ascending_days, len(self.days)
        first = 0 if date_to is None else count - bisect.bisect_right(ascending, date_to.isoformat())
        last = count if date_from is None else count - bisect.bisect_left(ascending, date_from.isoformat())
        if first >= last:
            return 0
        end = self.day_starts[last] if last < count else len(self.newest)
        return bitmap(self.newest[self.day_starts[first] : end])

    def counts(self, field, within):
        """{key: (label, count)} of the values of a field among the entries `within`, zero counts left out."""
        counts = {}
        for key, (label, bits) in self.values.get(field, {}).items():
            count = (bits & within).bit_count()
            if count:
                counts[key] = (label, count)
        return counts

    def listing(self, within, offset, size, oldest=False):
        """Page ids of `within`, newest (or oldest) first, from `offset`: walks the publishing order."""
        return take(reversed(self.newest) if oldest else self.newest, within, offset, size)


def take(page_ids, within, offset, size):
    """The page ids (in their order) that are in the bitmap `within`: `size` of them after the first `offset`."""
    if not within or size <= 0:
        return []
    bits = within.to_bytes((within.bit_length() + 7) // 8, "little")
    limit = len(bits) << 3
    found, skipped = [], 0
    for page_id in page_ids:
        if page_id < limit and bits[page_id >> 3] >> (page_id & 7) & 1:
            if skipped < offset:
                skipped += 1
                continue
            found.append(page_id)
            if len(found) == size:
                break
    return found


def members(within, start=0):
    """The page ids of the bitmap `within` from `start` on, in increasing order."""
    data = (within >> start).to_bytes(((within >> start).bit_length() + 7) // 8, "little")
    ids = []
    for index, byte in enumerate(data):
        while byte:
            lowest = byte & -byte
            ids.append(start + (index << 3) + lowest.bit_length() - 1)
            byte ^= lowest
    return ids


def lowest_of_highest(within, count):
    """The page id from which `within` holds at most `count` ids (0 when it holds no more than that)."""
    if within.bit_count() <= count:
        return 0
    low, high = 0, within.bit_length()
    while low < high:
        middle = (low + high) // 2
        if (within >> middle).bit_count() <= count:
            high = middle
        else:
            low = middle + 1
    return low


def expired():
    """Pages past their expiry that publish_scheduled has not unpublished yet (few, indexed)."""
    return bitmap(SearchEntry.objects.filter(expires_at__lte=timezone.now()).values_list("page_id", flat=True))


def signature():
    """What changes whenever the entries or their facet rows do: every write of an entry rewrites
    its facet rows (new ids), and every removal comes with a new content version."""
    newest_row = SearchFacet.objects.order_by("-pk").values_list("pk", flat=True).first()
    return (content_version(), newest_row)


def current():
    """The MatchSets of the index as it is now: built once per change, shared by the process's threads."""
    key = signature()
    sets = _current.get(key)
    if sets is None:
        with _lock:
            sets = _current.get(key)
            if sets is None:
                sets = build()
                _current.clear()
                _current[key] = sets
    return sets


def build():
    vendor = connection.vendor
    facet_table = connection.ops.quote_name(SearchFacet._meta.db_table)
    entry_table = connection.ops.quote_name(SearchEntry._meta.db_table)
    fields = list(FACETS)
    values = {field: {} for field in fields}
    with connection.cursor() as cursor:
        if vendor in JOINED:
            placeholders = ", ".join(["%s"] * len(fields))
            cursor.execute(
                f"SELECT field, {connection.ops.quote_name('key')}, label, {JOINED[vendor]} "  # noqa: S608
                f"FROM {facet_table} WHERE field IN ({placeholders}) GROUP BY 1, 2, 3",
                fields,
            )
            rows = [(field, key, label, split_ids(joined)) for field, key, label, joined in cursor.fetchall()]
            cursor.execute(NEWEST[vendor].format(entry_table))
            newest = split_ids(cursor.fetchone()[0])
        else:
            grouped = {}
            for field, key, label, entry_id in SearchFacet.objects.filter(field__in=fields).values_list(
                "field", "key", "label", "entry_id"
            ):
                grouped.setdefault((field, key, label), []).append(entry_id)
            rows = [(*value, ids) for value, ids in grouped.items()]
            newest = list(SearchEntry.objects.order_by("-published_at", "-page_id").values_list("page_id", flat=True))
    for field, key, label, ids in rows:
        # A key seen with two labels (renamed, not yet reindexed everywhere) is one value, under the first.
        first_label, bits = values[field].get(key, (label, 0))
        values[field][key] = (first_label, bits | bitmap(ids))
    per_day = SearchEntry.objects.values_list("published_date").order_by("-published_date").annotate(n=Count("page_id"))
    days, day_starts, position = [], [], 0
    for day, n in per_day:
        days.append(day.isoformat())
        day_starts.append(position)
        position += n
    return MatchSets(values=values, newest=array("q", newest), days=days, day_starts=day_starts)
