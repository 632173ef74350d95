"""A search as the site understands it: SearchQuery, and the limits, sorts and facets it knows.

search.params builds a SearchQuery from request parameters; the engines read it; its
`params()` and `toggled()` give the links of the search page and the API back.

Query syntax: words are ANDed; "quoted words" must appear together. Matching ignores
diacritics ("dat dai" finds "Đất đai"); words typed with their diacritics rank pages
that have them exactly above the rest.
"""

import dataclasses
import datetime

from django.utils.http import urlencode

from search.text import fold_words

MAX_QUERY_LENGTH = 256
MAX_VALUES = 20
DEFAULT_SIZE = 10
MAX_SIZE = 50
MAX_RESULTS = 10_000  # Elasticsearch's result window: page × size may not go past it
# By relevance, both engines rank only the newest RANKED pages (by page id) found (the words and the
# filters); the older ones follow, newest first. It bounds the scoring whatever the words match
# ("18/KH-UBND" is cited by nearly every page of the benchmark), and pages stay consistent: the window
# does not depend on the page asked for. A filter narrowing to older pages (a year, an agency) ranks
# them too.
RANKED = 5_000

SORTS = {"relevance": "Phù hợp nhất", "newest": "Mới nhất", "oldest": "Cũ nhất"}

# facet field → (request parameter, heading)
FACETS = {
    "type": ("type", "Loại nội dung"),
    "topic": ("topic", "Chuyên mục"),
    "agency": ("agency", "Cơ quan, đơn vị"),
    "tag": ("tag", "Từ khóa"),
    "area": ("area", "Lĩnh vực cải cách"),
    "year": (None, "Năm"),  # filtered through the date range (from, to)
}
FILTER_FIELDS = ("type", "topic", "agency", "tag", "area")
FACET_SIZES = {"type": 50, "topic": 50, "agency": 50, "tag": 30, "area": 20, "year": 100}


@dataclasses.dataclass(frozen=True)
class SearchQuery:
    """A validated query. `terms` and `phrases` hold normalized words (lower case, NFC)."""

    text: str = ""
    terms: tuple = ()
    phrases: tuple = ()
    type: tuple = ()
    topic: tuple = ()
    agency: tuple = ()
    tag: tuple = ()
    area: tuple = ()
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = "relevance"
    page: int = 1
    size: int = DEFAULT_SIZE

    def __str__(self):
        """The words as typed: what a search box shows (templates/base.html prints {{ query }})."""
        return self.text

    @property
    def has_text(self):
        return bool(self.terms or self.phrases)

    @property
    def effective_sort(self):
        """Relevance means nothing without words: then newest first."""
        return self.sort if self.has_text or self.sort != "relevance" else "newest"

    @property
    def offset(self):
        return (self.page - 1) * self.size

    @property
    def dates_reversed(self):
        """ "From" after "to": a range with no day in it, so nothing is found (the page says why)."""
        return bool(self.date_from and self.date_to and self.date_from > self.date_to)

    @property
    def end(self):
        """Where this page of results ends (the offset of the next page)."""
        return self.offset + self.size

    @property
    def within_window(self):
        """Whether this page lies within the first MAX_RESULTS results; past them a page is empty."""
        return self.end <= MAX_RESULTS

    @property
    def folded_terms(self):
        return fold_words(self.terms)

    @property
    def folded_phrases(self):
        return tuple(tuple(fold_words(phrase)) for phrase in self.phrases)

    def filters(self, exclude=None):
        """{field: values} of the active filters, leaving out `exclude` ("year" leaves out the dates)."""
        active = {field: getattr(self, field) for field in FILTER_FIELDS if getattr(self, field) and field != exclude}
        if exclude != "year":
            if self.date_from:
                active["date_from"] = self.date_from
            if self.date_to:
                active["date_to"] = self.date_to
        return active

    def selected(self, field):
        if field == "year":
            year = self.selected_year
            return {str(year)} if year else set()
        return set(getattr(self, field))

    @property
    def selected_year(self):
        """The year the date range covers exactly, if it does (as the year facet sets it)."""
        start, end = self.date_from, self.date_to
        if start and end and start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return start.year
        return None

    def params(self, **changes):
        """The query as URL parameters (shareable), with `changes` applied; page 1 unless given."""
        values = {
            "q": self.text,
            **{FACETS[field][0]: list(getattr(self, field)) for field in FILTER_FIELDS},
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "sort": self.sort if self.sort != "relevance" else "",
            "size": self.size if self.size != DEFAULT_SIZE else "",
            "page": "",
        }
        values.update(changes)
        return {key: value for key, value in values.items() if value not in ("", None, [], ())}

    def url(self, base, **changes):
        params = self.params(**changes)
        return f"{base}?{urlencode(params, doseq=True)}" if params else base

    def toggled(self, field, key):
        """Parameters with one facet value switched on or off (and back to page 1)."""
        if field == "year":
            if self.selected_year == int(key):
                return self.params(**{"from": "", "to": ""})
            return self.params(**{"from": f"{key}-01-01", "to": f"{key}-12-31"})
        values = list(getattr(self, field))
        values = [value for value in values if value != key] if key in values else [*values, key]
        return self.params(**{FACETS[field][0]: values})

    def replace(self, **changes):
        return dataclasses.replace(self, **changes)
