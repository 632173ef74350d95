"""The database engine's full-text index over SearchEntry's words, folded and exact.

Scanning every entry's text for every word costs tens of milliseconds a query at 10,000
pages (far more with long articles), and a search page needs the match set several times
(total, page, facets, ranking). So the words go into the database's own inverted index,
built from the words search/text.py already split and folded:

- SQLite: an FTS5 table `portal_search_fulltext` (rowid = page id) with two columns,
  `folded` and `exact`, written with the entries;
- PostgreSQL: two stored generated tsvector columns, `fulltext_folded` and `fulltext_exact`
  (`to_tsvector('simple', …)` of search_text_folded and search_text), GIN-indexed, kept by
  PostgreSQL and invisible to Django;
- any other database: a plain substring scan (correct, slower).

Migration 0001 creates them, since Django has no field type for them. Only the table's
name is ever formatted into SQL here; the words always go in as parameters.
"""

from django.db import connection
from django.db.models import Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.fields import BooleanField
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan

from search.models import SearchEntry
from search.text import padded

TABLE = "portal_search_fulltext"
# folded? → (FTS5 column on SQLite, tsvector column on PostgreSQL, text column elsewhere)
COLUMNS = {
    True: ("folded", "fulltext_folded", "search_text_folded"),
    False: ("exact", "fulltext_exact", "search_text"),
}


def write(rows):
    """Replaces the indexed words of entries: rows of (page_id, folded words, exact words)."""
    if connection.vendor != "sqlite" or not rows:
        return
    with connection.cursor() as cursor:
        delete([page_id for page_id, _, _ in rows], cursor=cursor)
        cursor.executemany(f"INSERT INTO {TABLE} (rowid, folded, exact) VALUES (%s, %s, %s)", rows)  # noqa: S608


def delete(page_ids, cursor=None):
    if connection.vendor != "sqlite" or not page_ids:
        return
    if cursor is None:
        with connection.cursor() as cursor:
            return delete(page_ids, cursor)
    page_ids = list(page_ids)
    for start in range(0, len(page_ids), 500):
        chunk = page_ids[start : start + 500]
        placeholders = ", ".join(["%s"] * len(chunk))
        cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({placeholders})", chunk)  # noqa: S608


def prune():
    """Drops indexed words whose entry is gone (rows written by hand, an interrupted delete)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid NOT IN (SELECT page_id FROM portal_search_searchentry)")  # noqa: S608


def matches(terms=(), phrases=(), folded=True):
    """A filter on SearchEntry: the entry's words include every word and every phrase (words in a row).

    `folded` compares the folded words ("dat" finds "đất"); otherwise the words exactly
    as written, lower case ("đất" finds "đất" only). On PostgreSQL the test runs on the
    row itself, so ranking only ever looks at the rows that match.
    """
    _, vector_column, text_column = COLUMNS[folded]
    if connection.vendor == "sqlite":
        return Q(page_id__in=fts_rowids(terms, phrases, folded))
    if connection.vendor == "postgresql":
        queries, params = [], []
        if terms:
            queries.append("plainto_tsquery('simple'::regconfig, %s)")
            params.append(" ".join(terms))
        for phrase in phrases:
            queries.append("phraseto_tsquery('simple'::regconfig, %s)")
            params.append(" ".join(phrase))
        sql = f"{vector_column} @@ ({' && '.join(queries)})"
        return Q(RawSQL(sql, params, output_field=BooleanField()))  # noqa: S611
    condition = Q()
    for words in [[word] for word in terms] + [list(phrase) for phrase in phrases]:
        condition &= Q(GreaterThan(StrIndex(text_column, Value(padded(words))), 0))
    return condition


def matching_ids(terms=(), phrases=(), folded=True):
    """The page ids (a subquery) of the entries `matches()` accepts: for conditions on other tables."""
    if connection.vendor == "sqlite":
        return fts_rowids(terms, phrases, folded)
    return SearchEntry.objects.filter(matches(terms, phrases, folded)).values("page_id")


def fts_rowids(terms, phrases, folded):
    """SQLite: the FTS5 query for the page ids, one column (folded or exact) searched."""
    # Words are \w+ only (search.text.WORD): quoted, FTS5 reads each literally (even AND, NOT, NEAR).
    parts = [f'"{word}"' for word in terms] + ['"' + " ".join(phrase) + '"' for phrase in phrases]
    expression = f"{COLUMNS[folded][0]} : ({' AND '.join(parts)})"
    return RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [expression])  # noqa: S608, S611
