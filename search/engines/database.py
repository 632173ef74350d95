"""The database engine: SearchEntry rows, matched and counted in SQL (SQLite and PostgreSQL alike).

Every condition is a set of page ids: the words come from the database's full-text index
over the folded words (search/fulltext.py: FTS5 on SQLite, a GIN tsvector index on
PostgreSQL), each filter from the narrow SearchFacet table, the expired pages from an
index on `expires_at`. Facets are GROUP BYs over SearchFacet's covering index, each
counted without its own filter (one query per active filter at most), and the total is
the sum of the type facet — so no query reads an entry's long text except the ranking of
the matching entries and the page of hits itself.

Ranking looks at the matching entries only: each keeps its words as padded strings, with
and without diacritics (" dịch vụ công "), so "this word, exactly as typed, in the title"
is a substring test that respects word boundaries (`INSTR` on SQLite, `STRPOS` on
PostgreSQL).
"""

import functools
import operator

from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan
from django.utils import timezone

from search import fulltext
from search.models import SearchEntry, SearchFacet
from search.query import FACETS, FILTER_FIELDS
from search.results import Hit, SearchResults
from search.text import fold_words, padded

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
# How much a match adds to the relevance score, where and how it matched.
WEIGHTS = {
    "title_exact": 8,
    "title_folded": 4,
    "text_exact": 3,
    "together_title": 10,
    "together_exact": 4,
}


def contains(field, words):
    return GreaterThan(StrIndex(field, Value(padded(words))), 0)


def weight(condition, points):
    return Case(When(condition, then=Value(points)), default=Value(0), output_field=IntegerField())


def expired_ids():
    """Pages past their expiry that the publish_scheduled job has not unpublished yet (few, indexed)."""
    return SearchEntry.objects.filter(expires_at__lte=timezone.now()).values("page_id")


class DatabaseEngine:
    name = "database"

    def conditions(self, query, exclude=None, column="page_id"):
        """Q objects on a page id column, for every condition of the query except the filter on `exclude`."""
        conditions = [~Q(**{f"{column}__in": expired_ids()})]
        if query.has_text and column == "page_id":
            conditions.append(fulltext.matches(query.folded_terms, query.folded_phrases))
        elif query.has_text:
            matching = fulltext.matching_ids(query.folded_terms, query.folded_phrases)
            conditions.append(Q(**{f"{column}__in": matching}))
        filters = query.filters(exclude)
        for field in FILTER_FIELDS:
            if field in filters:
                ids = SearchFacet.objects.filter(field=field, key__in=filters[field]).values("entry_id")
                conditions.append(Q(**{f"{column}__in": ids}))
        if "date_from" in filters or "date_to" in filters:
            days = SearchFacet.objects.filter(field="date")
            if "date_from" in filters:
                days = days.filter(key__gte=filters["date_from"].isoformat())
            if "date_to" in filters:
                days = days.filter(key__lte=filters["date_to"].isoformat())
            conditions.append(Q(**{f"{column}__in": days.values("entry_id")}))
        return conditions

    def entries(self, query):
        return SearchEntry.objects.filter(*self.conditions(query))

    def count(self, query):
        return self.total(query, self.facets(query, fields=["type"]))

    def counts(self, queries):
        return [self.count(query) for query in queries]

    def total(self, query, facets):
        """Every entry has exactly one type: the matching pages are the type counts added up."""
        return sum(count for key, (_, count) in facets["type"].items() if not query.type or key in query.type)

    def search(self, query):
        facets = self.facets(query)
        total = self.total(query, facets)
        rows = []
        if total > query.offset and query.within_window:
            entries = self.entries(query)
            sort = query.effective_sort
            if sort == "relevance":
                ordered = entries.annotate(together=self.together(query), score=self.score(query)).order_by(
                    "-together", "-score", "-published_at", "-page_id"
                )
            elif sort == "oldest":
                ordered = entries.order_by("published_at", "page_id")
            else:
                ordered = entries.order_by("-published_at", "-page_id")
            # Sort narrow rows (ids), then load the page of hits with their text.
            ids = list(ordered.values_list("page_id", flat=True)[query.offset : query.offset + query.size])
            loaded = {entry.page_id: entry for entry in SearchEntry.objects.filter(page_id__in=ids).only(*HIT_FIELDS)}
            rows = [loaded[page_id] for page_id in ids if page_id in loaded]
        return SearchResults(
            query=query, hits=[to_hit(row) for row in rows], total=total, facets=facets, engine=self.name
        )

    def together(self, query):
        """1 for a page where the words typed stand together as a phrase (diacritics ignored), else 0:
        such pages rank first, whatever the lone words score elsewhere ("cai cach" finds "cải
        cách" before the many pages that only name "Lào Cai" and some "cách")."""
        if len(query.terms) < 2:
            return Value(0, output_field=IntegerField())
        return weight(fulltext.matches(phrases=[query.folded_terms], folded=True), 1)

    def score(self, query):
        """Points for each word in the title (as typed, or folded), and in the text exactly as typed
        (looked up in the full-text index, never by reading the text); more for words together."""
        parts = []
        for term, folded in zip(query.terms, query.folded_terms, strict=True):
            parts.append(weight(contains("search_title", [term]), WEIGHTS["title_exact"]))
            parts.append(weight(contains("search_title_folded", [folded]), WEIGHTS["title_folded"]))
            parts.append(weight(fulltext.matches(terms=[term], folded=False), WEIGHTS["text_exact"]))
        together = list(query.phrases) + ([query.terms] if len(query.terms) > 1 else [])
        for phrase in together:  # all the words together, as typed, rank first
            parts.append(weight(contains("search_title_folded", fold_words(phrase)), WEIGHTS["together_title"]))
            parts.append(weight(fulltext.matches(phrases=[phrase], folded=False), WEIGHTS["together_exact"]))
        return functools.reduce(operator.add, parts)

    def facets(self, query, fields=None):
        """{field: {key: (label, count)}}; each facet counted without its own filter."""
        groups = {}
        for field in fields or FACETS:
            own = field in FILTER_FIELDS and getattr(query, field)
            own = own or (field == "year" and (query.date_from or query.date_to))
            groups.setdefault(field if own else None, []).append(field)
        counts = {field: {} for field in FACETS}
        for exclude, group in groups.items():
            rows = (
                SearchFacet.objects.filter(field__in=group)
                .filter(*self.conditions(query, exclude, column="entry_id"))
                .values("field", "key", "label")
                .annotate(count=Count("entry_id"))
                .order_by()
            )
            for row in rows:
                # A key seen with two labels (renamed, not yet reindexed everywhere) is counted once.
                label, count = counts[row["field"]].get(row["key"], (row["label"], 0))
                counts[row["field"]][row["key"]] = (label, count + row["count"])
        return counts

    def suggest_spelling(self, query, unknown):
        return {}


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
