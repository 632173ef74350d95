"""What a search answers: hits, facets with their counts, and the paging both pages show.

Both engines fill SearchResults with Hits and raw facet counts; search.service then adds
what they share (highlights, images, Facet lists, active filters, a suggestion).
"""

import dataclasses
import datetime

from search.query import MAX_RESULTS, SearchQuery


@dataclasses.dataclass
class Hit:
    page_id: int
    title: str
    url: str
    type_key: str
    type_label: str
    published_at: datetime.datetime
    summary: str = ""
    body: str = ""
    agency: tuple | None = None  # (key, label)
    topics: list = dataclasses.field(default_factory=list)  # [(key, label)]
    tags: list = dataclasses.field(default_factory=list)
    byline: str = ""
    image_id: int | None = None
    score: float | None = None
    image: object = None
    title_html: str = ""
    summary_html: str = ""
    snippet_html: str = ""


@dataclasses.dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool = False
    params: dict = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class Facet:
    field: str
    label: str
    parameter: str | None
    values: list

    SHOWN = 8

    @property
    def shown(self):
        """The values listed at once; the rest go behind "Xem thêm"."""
        return self.values[: self.SHOWN]

    @property
    def more(self):
        return self.values[self.SHOWN :]

    @property
    def more_selected(self):
        return any(value.selected for value in self.more)


@dataclasses.dataclass
class SearchResults:
    query: SearchQuery
    hits: list
    total: int
    facets: dict  # field → {key: (label, count)} from the engine; list of Facet after search()
    engine: str
    took_ms: float = 0.0
    suggestion: dict | None = None
    degraded: bool = False
    active_filters: list = dataclasses.field(default_factory=list)

    @property
    def pages(self):
        """Pages one can ask for (past MAX_RESULTS hits, narrow the search instead)."""
        return max(1, min(-(-self.total // self.query.size), MAX_RESULTS // self.query.size))

    @property
    def has_next(self):
        return self.query.page < self.pages and self.query.page * self.query.size < MAX_RESULTS

    @property
    def has_previous(self):
        return self.query.page > 1

    @property
    def first(self):
        return self.query.offset + 1 if self.hits else 0

    @property
    def last(self):
        return self.query.offset + len(self.hits)
