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

import json

from django.db import connection
from django.db.models import Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.fields import BooleanField
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan

from search.models import SearchEntry
from search.text import padded

TABLE = "portal_search_fulltext"
ENTRIES = SearchEntry._meta.db_table
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
        sql, params = tsquery_condition(terms, phrases, folded)
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
    return RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [fts_expression(terms, phrases, folded)])  # noqa: S608, S611


def fts_expression(terms, phrases, folded):
    """SQLite: the FTS5 query string: every word and every phrase, in one column (folded or exact)."""
    # Words are \w+ only (search.text.WORD): quoted, FTS5 reads each literally (even AND, NOT, NEAR).
    parts = [f'"{word}"' for word in terms] + ['"' + " ".join(phrase) + '"' for phrase in phrases]
    return f"{COLUMNS[folded][0]} : ({' AND '.join(parts)})"


def tsquery(terms, phrases):
    """PostgreSQL: the tsquery of every word and every phrase, as SQL and its parameters."""
    queries, params = [], []
    if terms:
        queries.append("plainto_tsquery('simple'::regconfig, %s)")
        params.append(" ".join(terms))
    for phrase in phrases:
        queries.append("phraseto_tsquery('simple'::regconfig, %s)")
        params.append(" ".join(phrase))
    return f"({' && '.join(queries)})", params


def tsquery_condition(terms, phrases, folded):
    sql, params = tsquery(terms, phrases)
    return f"{COLUMNS[folded][1]} @@ {sql}", params


def page_ids(terms=(), phrases=()):
    """The page ids of the entries whose folded words include every word and phrase (a list)."""
    if connection.vendor == "sqlite":
        sql = f"SELECT group_concat(rowid) FROM {TABLE} WHERE {TABLE} MATCH %s"  # noqa: S608
        params = [fts_expression(terms, phrases, True)]
    elif connection.vendor == "postgresql":
        condition, params = tsquery_condition(terms, phrases, True)
        sql = f"SELECT string_agg(CAST(page_id AS text), ',') FROM {ENTRIES} WHERE {condition}"  # noqa: S608
    else:
        return list(SearchEntry.objects.filter(matches(terms, phrases)).values_list("page_id", flat=True))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        joined = cursor.fetchone()[0]
    return [int(page_id) for page_id in joined.split(",")] if joined else []


def count(terms=(), phrases=()):
    """How many entries have every word and phrase (folded): the index counts, no row is read."""
    if connection.vendor != "sqlite":
        return SearchEntry.objects.filter(matches(terms, phrases)).count()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH %s",  # noqa: S608
            [fts_expression(terms, phrases, True)],
        )
        return cursor.fetchone()[0]


def ranked(query, start=0, limit=None, among=None):
    """Page ids of the entries matching the query's words, best first, as a lazy iterator.

    Best first means: the words typed stand together (folded) — "cai cach" finds "cải
    cách" before the many pages naming "Lào Cai" and some "cách"; then every word as typed,
    diacritics included ("đất đai" before "đặt đài"), when the reader typed any; then the
    database's own relevance — FTS5's bm25() on SQLite, ts_rank() on PostgreSQL (how often
    the words occur, how rare they are, how short the page is); then the newer page. The
    scoring runs inside the full-text index over the matching rows only, and nothing else
    of an entry is read; only pages from the id `start` on are ranked (given `among`, a list of
    page ids, only those), and `limit` stops the sort early when every match may be shown.
    """
    terms, phrases = query.folded_terms, query.folded_phrases
    together = [tuple(terms)] if len(terms) > 1 else []
    typed = (tuple(query.terms), tuple(query.phrases)) != (tuple(terms), phrases)
    vendor = connection.vendor
    if vendor == "sqlite":
        sql, params = rank_sqlite(query, terms, phrases, together, typed, start, among)
    elif vendor == "postgresql":
        sql, params = rank_postgresql(query, terms, phrases, together, typed, start, among)
    else:
        entries = SearchEntry.objects.filter(matches(terms, phrases), page_id__gte=start)
        yield from (
            (entries if among is None else entries.filter(page_id__in=among))
            .order_by("-published_at", "-page_id")
            .values_list("page_id", flat=True)[:limit]
        )
        return
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(500):
            for (page_id,) in rows:
                yield page_id


def rank_sqlite(query, terms, phrases, together, typed, start, among=None):
    keys, params = [], [fts_expression(terms, phrases, True), start]
    chosen = ""
    if among is not None:
        # `+rowid`: a filter on the rows the full-text query finds, not a lookup of each id (one query per id).
        chosen = " AND +rowid IN (SELECT value FROM json_each(%s))"
        params.append(json.dumps(among))
    subset = f"rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid >= %s) DESC"  # noqa: S608
    if together:
        keys.append(subset)
        params += [fts_expression((), together, True), start]
    if typed:
        keys.append(subset)
        params += [fts_expression(query.terms, query.phrases, False), start]
    # Ties (same bm25) go to the newer page: page ids grow as pages are created.
    keys += [f"bm25({TABLE})", "rowid DESC"]
    sql = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid >= %s{chosen} ORDER BY {', '.join(keys)}"  # noqa: S608
    return sql, params


def rank_postgresql(query, terms, phrases, together, typed, start, among=None):
    condition, params = tsquery_condition(terms, phrases, True)
    params.append(start)
    chosen = ""
    if among is not None:
        chosen = " AND page_id = ANY(%s)"
        params.append(list(among))
    keys, key_params = [], []
    if together:
        sql, extra = tsquery_condition((), together, True)
        keys.append(f"({sql}) DESC")
        key_params += extra
    if typed:
        sql, extra = tsquery_condition(query.terms, query.phrases, False)
        keys.append(f"({sql}) DESC")
        key_params += extra
    folded_query, extra = tsquery(terms, phrases)
    keys += [f"ts_rank({COLUMNS[True][1]}, {folded_query}) DESC", "published_at DESC", "page_id DESC"]
    key_params += extra
    sql = f"SELECT page_id FROM {ENTRIES} WHERE {condition} AND page_id >= %s{chosen} ORDER BY {', '.join(keys)}"  # noqa: S608
    return sql, params + key_params
