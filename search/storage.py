"""Writing the database engine's index: SearchEntry rows, their SearchFacet rows, the full-text words.

Plain SQL with executemany (INSERT … ON CONFLICT DO UPDATE, DELETE … IN): Django's
bulk_create and QuerySet.delete() cost several times more per row, and a rebuild writes
ten thousand entries and eight times as many facet rows. Only model metadata (table and
column names) is formatted into the SQL; values are always parameters.
"""

from functools import partial

from django.db import connection, models, transaction
from django.utils import timezone

from search import fulltext
from search.models import SearchEntry, SearchFacet

BATCH = 500
# Columns whose Python values (str, int, None) are what the database stores.
PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.ForeignKey)


def write_entries(built, skip_unchanged=False):
    """Upserts entries and replaces their facet rows: `built` is [(entry, [(field, key, label), …])].

    With `skip_unchanged` (a rebuild, where most entries come out as they were), an entry whose
    every column and facet row equals what is stored is not written again: comparing costs a
    read, writing costs several times more (the rows, their facet rows, the full-text words).
    The comparison is on the computed values, never on dates, so a stale entry is always
    rewritten. SQLite ≥ 3.24 and PostgreSQL share the upsert syntax. Returns the number written.
    """
    if skip_unchanged:
        built = changed_only(built)
    return write_rows(entry_rows(built))


def entry_rows(built):
    """The values write_rows() sends for these (entry, facets): [entry row], [facet row], [full-text row],
    plain values a rebuild's worker process can hand over cheaply (no model instances)."""
    entry_fields = list(SearchEntry._meta.concrete_fields)
    now = timezone.now()
    # Text and numbers go in as they are; only dates and JSON need the backend's conversion
    # (calling get_db_prep_save on every column of every row cost a quarter of the writing).
    prepare = [
        (f.attname, None if isinstance(f, PLAIN_FIELDS) else partial(f.get_db_prep_save, connection=connection))
        for f in entry_fields
    ]
    rows = []
    for entry, _ in built:
        entry.indexed_at = now
        values = ((getattr(entry, name), convert) for name, convert in prepare)
        rows.append([value if convert is None else convert(value) for value, convert in values])
    facet_rows = [(entry.page_id, field, key, label) for entry, facets in built for field, key, label in facets]
    fulltext_rows = [(e.page_id, e.search_text_folded.strip(), e.search_text.strip()) for e, _ in built]
    return rows, facet_rows, fulltext_rows


def write_rows(rows):
    """Upserts the entry rows, replaces their facet rows and full-text words (`rows` from entry_rows());
    returns the number of entries written."""
    rows, facet_rows, fulltext_rows = rows
    if not rows:
        return 0
    entry_fields = list(SearchEntry._meta.concrete_fields)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in entry_fields)
    updates = ", ".join(f"{quote(f.column)} = excluded.{quote(f.column)}" for f in entry_fields if not f.primary_key)
    placeholders = ", ".join(["%s"] * len(entry_fields))
    table, key = quote(SearchEntry._meta.db_table), quote(SearchEntry._meta.pk.column)
    upsert = f"INSERT INTO {table} ({columns}) VALUES ({placeholders}) ON CONFLICT ({key}) DO UPDATE SET {updates}"  # noqa: S608
    facet_table = quote(SearchFacet._meta.db_table)
    insert_facet = f"INSERT INTO {facet_table} (entry_id, field, {quote('key')}, label) VALUES (%s, %s, %s, %s)"  # noqa: S608
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(upsert, rows)
        delete_rows(cursor, SearchFacet, "entry_id", [row[0] for row in fulltext_rows])
        cursor.executemany(insert_facet, facet_rows)
        fulltext.write(fulltext_rows)
    return len(rows)


def changed_only(built):
    """The (entry, facets) of `built` that differ from what is stored (or are not stored at all)."""
    columns = [f.attname for f in SearchEntry._meta.concrete_fields if f.attname != "indexed_at"]
    ids = [entry.page_id for entry, _ in built]
    stored = {row[0]: row for row in SearchEntry.objects.filter(page_id__in=ids).values_list(*columns)}
    if not stored:
        return built
    stored_facets = {}
    for entry_id, *facet in SearchFacet.objects.filter(entry_id__in=list(stored)).values_list(
        "entry_id", "field", "key", "label"
    ):
        stored_facets.setdefault(entry_id, []).append(tuple(facet))
    return [
        (entry, facets)
        for entry, facets in built
        if stored.get(entry.page_id) != tuple(getattr(entry, name) for name in columns)
        or sorted(stored_facets.get(entry.page_id, ())) != sorted(facets)
    ]


def delete_entries(page_ids):
    """Deletes the entries of these pages with their facet rows and full-text words."""
    page_ids = list(page_ids)
    for start in range(0, len(page_ids), BATCH):
        chunk = page_ids[start : start + BATCH]
        with transaction.atomic(), connection.cursor() as cursor:
            delete_rows(cursor, SearchFacet, "entry_id", chunk)
            delete_rows(cursor, SearchEntry, "page_id", chunk)
            fulltext.delete(chunk, cursor=cursor)


def delete_rows(cursor, model, column, ids):
    """A plain DELETE … WHERE column IN (…). Django's QuerySet.delete() would load every row
    first and send a signal for each, since other apps listen to deletions of any model."""
    if ids:
        placeholders = ", ".join(["%s"] * len(ids))
        table, column = connection.ops.quote_name(model._meta.db_table), connection.ops.quote_name(column)
        cursor.execute(f"DELETE FROM {table} WHERE {column} IN ({placeholders})", list(ids))  # noqa: S608
