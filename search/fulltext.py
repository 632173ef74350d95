"""The database engine's full-text index over SearchEntry.search_text_folded.

Scanning every entry's text for every word costs tens of milliseconds a query at 10,000
pages, and a search page needs the match set several times (total, page, facets). So the
words go into the database's own inverted index, built from the already folded words:

- SQLite: an FTS5 table `portal_search_fulltext` (rowid = page id), written with the entries;
- PostgreSQL: a GIN index on `to_tsvector('simple', search_text_folded)`, kept by PostgreSQL;
- any other database: a plain substring scan (correct, slower).

Migration 0001 creates both, since Django has no field type for them.
"""

from django.db import connection
from django.db.models import Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.fields import BooleanField
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan

from search.text import padded

TABLE = "portal_search_fulltext"


def write(rows):
    """Replaces the indexed text of entries: rows of (page_id, folded text)."""
    if connection.vendor != "sqlite" or not rows:
        return
    with connection.cursor() as cursor:
        delete(cursor=cursor, page_ids=[page_id for page_id, _ in rows])
        cursor.executemany(f"INSERT INTO {TABLE} (rowid, text) VALUES (%s, %s)", rows)  # noqa: S608 - constant table


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
        cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({placeholders})", chunk)  # noqa: S608 - constant table


def clear():
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")  # noqa: S608 - constant table


def matching_ids(terms, phrases):
    """The page ids (a subquery) whose folded words include every word and every phrase (words in a row)."""
    from search.models import SearchEntry

    # Only the table's name is formatted into the SQL; the words go in as parameters.
    if connection.vendor == "sqlite":
        # Words are \w+ only (search.text.WORD): quoted, FTS5 reads each literally (even AND, NOT, NEAR).
        parts = [f'"{word}"' for word in terms] + ['"' + " ".join(phrase) + '"' for phrase in phrases]
        return RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [" AND ".join(parts)])  # noqa: S608, S611
    if connection.vendor == "postgresql":
        queries, params = [], []
        if terms:
            queries.append("plainto_tsquery('simple'::regconfig, %s)")
            params.append(" ".join(terms))
        for phrase in phrases:
            queries.append("phraseto_tsquery('simple'::regconfig, %s)")
            params.append(" ".join(phrase))
        sql = f"to_tsvector('simple'::regconfig, search_text_folded) @@ ({' && '.join(queries)})"
        return SearchEntry.objects.filter(RawSQL(sql, params, output_field=BooleanField())).values("page_id")  # noqa: S611
    condition = Q()
    for words in [[word] for word in terms] + [list(phrase) for phrase in phrases]:
        condition &= Q(GreaterThan(StrIndex("search_text_folded", Value(padded(words))), 0))
    return SearchEntry.objects.filter(condition).values("page_id")
