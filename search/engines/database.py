"""The database engine: SearchEntry rows, matched by the database's full-text index, counted in bitmaps.

The words come from the database's own full-text index over the folded words
(search/fulltext.py: FTS5 on SQLite, a GIN tsvector index on PostgreSQL), as the list of
matching page ids; filters, facets, the total and the listings by date come from bitmaps of
page ids kept in memory per state of the index (search/matchsets.py), so no query scans the
facet rows, and a query whose words match nothing costs nearly nothing.

Ranking (search/fulltext.py `ranked()`) runs inside the full-text index over the matching
rows: the words together first, then the words exactly as typed, then bm25 (SQLite) or
ts_rank (PostgreSQL); only the page of hits is read from the entries' table.
"""

import itertools

from django.utils import timezone

from search import fulltext, matchsets
from search import query as queries
from search.models import SearchEntry
from search.query import FACETS, FILTER_FIELDS
from search.results import Hit, SearchResults

HIT_FIELDS = [
    "page_id",
    "title",
    "summary",
    "body",
    "url",
    "type_key",
    "type_label",
    "agency_key",
    "agency_label",
    "topics",
    "tags",
    "byline",
    "image_id",
    "published_at",
]
# How many matching pages (the newest) the full-text index ranks by relevance: search.query.RANKED.
# It bounds the scoring and the sort; bm25's statistics (how many pages have each word) still cost
# more for common words: at 100,000 pages a two-word query of the commonest words ranks in ~30 ms.
# The year facet stands for the date range (query.filters(exclude="year") leaves out the dates).
DATES = "year"


class DatabaseEngine:
    name = "database"

    def match(self, query, sets):
        """(matches, filters): the bitmap of the unexpired entries with the query's words, and one
        bitmap per active filter (the date range under "year"), so each facet can leave out its own."""
        if query.has_text:
            within = matchsets.bitmap(fulltext.page_ids(query.folded_terms, query.folded_phrases))
            within &= sets.everything
        else:
            within = sets.everything
        within &= ~matchsets.expired()
        filters = {field: sets.any_of(field, getattr(query, field)) for field in FILTER_FIELDS if getattr(query, field)}
        if query.date_from or query.date_to:
            filters[DATES] = sets.published_between(query.date_from, query.date_to)
        return within, filters

    @staticmethod
    def narrowed(within, filters, exclude=None):
        for field, bits in filters.items():
            if field != exclude:
                within &= bits
        return within

    def count(self, query):
        if query.has_text and not query.filters() and not expired_exist():
            return fulltext.count(query.folded_terms, query.folded_phrases)  # the index counts: no ids read
        sets = matchsets.current()
        return self.narrowed(*self.match(query, sets)).bit_count()

    def counts(self, queries):
        return [self.count(query) for query in queries]

    def search(self, query):
        sets = matchsets.current()
        within, filters = self.match(query, sets)
        facets = self.facets(sets, within, filters)
        found = self.narrowed(within, filters)
        total = found.bit_count()
        rows = []
        if total > query.offset and query.within_window:
            ids = self.page_ids(query, sets, within, found)
            loaded = {entry.page_id: entry for entry in SearchEntry.objects.filter(page_id__in=ids).only(*HIT_FIELDS)}
            rows = [loaded[page_id] for page_id in ids if page_id in loaded]
        return SearchResults(
            query=query, hits=[to_hit(row) for row in rows], total=total, facets=facets, engine=self.name
        )

    def page_ids(self, query, sets, within, found):
        """The page ids of the hits on the query's page, in order.

        By relevance, the full-text index ranks the RANKED newest pages (by page id) found (the
        words and the filters); older ones follow, newest first. The work is then bounded
        whatever the words match — "18/KH-UBND" is cited by nearly every page of the
        benchmark — and pages stay consistent, since the window does not depend on the page asked for.
        """
        sort = query.effective_sort
        if sort != "relevance":
            return sets.listing(found, query.offset, query.size, oldest=sort == "oldest")
        start = matchsets.lowest_of_highest(found, queries.RANKED)
        if found == within:  # unfiltered: the ranking stops at the page's end
            ranked = fulltext.ranked(query, start=start, limit=query.offset + query.size)
        else:  # filtered: only the pages of the window are ranked (at most RANKED)
            ranked = fulltext.ranked(query, start=start, among=matchsets.members(found, start))
        older = (page_id for page_id in sets.newest if page_id < start)
        try:
            return matchsets.take(itertools.chain(ranked, older), found, query.offset, query.size)
        finally:
            ranked.close()  # the cursor, at once rather than when collected

    def facets(self, sets, within, filters):
        """{field: {key: (label, count)}}; each facet counted without its own filter."""
        return {field: sets.counts(field, self.narrowed(within, filters, exclude=field)) for field in FACETS}

    def suggest_spelling(self, query, unknown):
        return {}


def expired_exist():
    return SearchEntry.objects.filter(expires_at__lte=timezone.now()).exists()


def to_hit(entry):
    return Hit(
        page_id=entry.page_id,
        title=entry.title,
        url=entry.url,
        type_key=entry.type_key,
        type_label=entry.type_label,
        published_at=entry.published_at,
        summary=entry.summary,
        body=entry.body,
        agency=(entry.agency_key, entry.agency_label) if entry.agency_key else None,
        topics=[tuple(topic) for topic in entry.topics],
        tags=[tuple(tag) for tag in entry.tags],
        byline=entry.byline,
        image_id=entry.image_id,
    )
