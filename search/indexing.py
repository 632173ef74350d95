"""Keeping the search engines in step with what citizens may see.

Every change goes the same way:

1. `update_pages` / `remove_pages` decide, in the database and in the caller's transaction,
   whether each page is searchable (ContentPage.objects.searchable(), unexpired, with a
   public URL) and write or delete its SearchEntry — the database engine's index.
2. When Elasticsearch is configured, the same transaction adds an IndexingOutbox row per
   page; after the commit, `push` sends the entries' current state to the alias (index or
   delete) with a short timeout and marks the rows done. If Elasticsearch is down, the
   rows stay pending: the editor's publish has already succeeded, `search_index sync`
   (or the next successful push) replays them.

`rebuild` recomputes every entry from the pages (generated pages that never sent a signal
included), loads them into a fresh Elasticsearch index and swaps the alias atomically.
"""

import datetime
import logging
import time
import types
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from django.db import connection, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import capfirst
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError, NotFoundError, TransportError, helpers
from modelsearch import index as search_index

from news.models import ContentPage
from search import documents, fulltext
from search.models import IndexingOutbox, SearchEntry, SearchFacet
from search.text import fold_words, folded_text, nfc, padded, words

logger = logging.getLogger(__name__)

BATCH = 500
# Changes made while a rebuild runs are replayed after the swap; keep done rows this long.
OUTBOX_KEEP = datetime.timedelta(days=1)
ES_ERRORS = (TransportError, ApiError, TransportConnectionError, ConnectionTimeout, OSError)
SEPARATE_FIELDS = {"title", "summary", "byline"}  # kept in their own fields
# Columns whose Python values (str, int, None) are what the database stores.
PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.ForeignKey)
RANKING_COLUMNS = ["search_title", "search_title_folded", "search_text", "search_text_folded"]  # database engine only


class SearchUnavailable(Exception):
    """Elasticsearch is configured but does not answer."""


def type_key(model):
    """A page type's key in URLs and the API: NewsArticlePage → "newsarticle"."""
    return model._meta.model_name.removesuffix("page")


def content_models():
    """Every concrete page type that is published content."""
    from news.models import content_page_models

    return content_page_models()


def content_types():
    """{key: label} for the page types citizens can search."""
    return {type_key(model): capfirst(str(model._meta.verbose_name)) for model in content_models()}


def searchable_pages():
    """Pages citizens may find: the listings rule, minus pages past their expiry that the
    `publish_scheduled` job has not unpublished yet."""
    return ContentPage.objects.searchable().order_by("-first_published_at", "-pk")


def specific_pages(page_ids):
    """The pages as their own types, one query per type (what `.specific()` does, minus its first query)."""
    from django.contrib.contenttypes.models import ContentType

    from news.models import ContentPage

    by_type = defaultdict(list)
    for pk, content_type_id in ContentPage.objects.filter(pk__in=page_ids).values_list("pk", "content_type_id"):
        by_type[content_type_id].append(pk)
    pages = []
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and issubclass(model, ContentPage):
            pages.extend(model.objects.filter(pk__in=pks))
    return sorted(pages, key=lambda page: page.pk)


class EntryBuilder:
    """Turns specific content pages into SearchEntry rows and their facet rows, a batch at a time."""

    def __init__(self):
        from news.models import Agency, TopicIndexPage

        self.agencies = {a.pk: (a.slug, a.name) for a in Agency.objects.only("pk", "slug", "name")}
        self.sections = {t.path: (t.slug, t.title) for t in TopicIndexPage.objects.only("path", "slug", "title")}
        self.types = content_types()
        # Wagtail caches the sites' root paths on whatever object get_url_parts() is given.
        self.url_cache = types.SimpleNamespace()

    def build(self, pages):
        from news.models import ContentPage, ContentPageTag, ReformArea

        ids = [page.pk for page in pages]
        tags, topics = defaultdict(list), defaultdict(list)
        for page_id, slug, name in (
            ContentPageTag.objects.filter(content_object_id__in=ids)
            .order_by("tag__name")
            .values_list("content_object_id", "tag__slug", "tag__name")
        ):
            tags[page_id].append([slug, name])
        for page_id, slug, title in (
            ContentPage.topics.through.objects.filter(contentpage_id__in=ids)
            .order_by("topicindexpage__path")
            .values_list("contentpage_id", "topicindexpage__slug", "topicindexpage__title")
        ):
            topics[page_id].append([slug, title])
        areas = {key: str(label) for key, label in ReformArea.choices}
        built = []
        for page in pages:
            entry = self.entry(page, tags[page.pk], topics[page.pk])
            if entry is None:
                continue
            year, day = str(entry.year), entry.published_date.isoformat()
            facets = [("type", entry.type_key, entry.type_label), ("year", year, year), ("date", day, day)]
            facets += [("topic", key, label) for key, label in entry.topics]
            facets += [("tag", key, label) for key, label in entry.tags]
            if entry.agency_key:
                facets.append(("agency", entry.agency_key, entry.agency_label))
            if entry.area_key:
                facets.append(("area", entry.area_key, areas.get(entry.area_key, entry.area_key)))
            built.append((entry, [(field, key[:120], label[:255]) for field, key, label in facets]))
        return built

    def entry(self, page, tags, extra_topics):
        parts = page.get_url_parts(request=self.url_cache)
        if not parts or parts[2] is None:
            return None  # not under any site: nobody can reach it
        published_at = page.first_published_at or page.last_published_at or timezone.now()
        section = self.sections.get(page.path[: -page.steplen])
        topics = [list(section)] if section else []
        topics += [topic for topic in extra_topics if topic not in topics]
        agency_key, agency_label = self.agencies.get(page.agency_id, ("", ""))
        body = nfc(" ".join(" ".join(flatten(value) for value in body_values(page)).split()))
        summary = nfc(" ".join((page.summary or "").split()))
        byline = nfc(getattr(page, "byline", "") or "")
        title = nfc(page.title)
        keywords = " ".join([byline, *(name for _, name in tags)])
        field_words = {
            "title": words(title),
            "summary": words(summary),
            "body": words(body),
            "keywords": words(keywords),
        }
        folded = {name: fold_words(tokens) for name, tokens in field_words.items()}
        text_words = [token for tokens in field_words.values() for token in tokens]
        entry = SearchEntry(
            page_id=page.pk,
            title=title[:255],
            summary=summary,
            body=body,
            url=parts[2][:2048],
            type_key=type_key(page.specific_class),
            type_label=self.types.get(type_key(page.specific_class), str(page.specific_class._meta.verbose_name)),
            agency_key=agency_key,
            agency_label=agency_label,
            area_key=getattr(page, "reform_area", "") or "",
            topics=topics,
            tags=tags,
            byline=byline[:255],
            image_id=page.lead_image_id,
            published_at=published_at,
            published_date=timezone.localtime(published_at).date(),
            year=timezone.localtime(published_at).year,
            expires_at=page.expire_at,
            search_title=padded(field_words["title"]),
            search_title_folded=padded(folded["title"]),
            search_text=padded(text_words),
            search_text_folded=padded([token for tokens in folded.values() for token in tokens]),
        )
        # The Elasticsearch document reuses the folding when it is built in the same pass.
        entry.folded_fields = {name: " ".join(tokens) for name, tokens in folded.items()}
        return entry


def body_values(page):
    """The text of every searchable field of the page's type except title, summary and byline:
    StreamFields flattened, rich text stripped — so page types still to come need no code here."""
    for field in page.search_fields:
        if isinstance(field, search_index.SearchField) and field.field_name not in SEPARATE_FIELDS:
            yield field.get_value(page)


def flatten(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(flatten(item) for item in value)
    return str(value)


def to_document(entry):
    """The Elasticsearch document for an entry: the same text, plus folded twins."""
    keywords = " ".join([entry.byline, *(name for _, name in entry.tags)])
    folded = getattr(entry, "folded_fields", None) or {
        "title": folded_text(entry.title),
        "summary": folded_text(entry.summary),
        "body": folded_text(entry.body),
        "keywords": folded_text(keywords),
    }
    return {
        "_id": entry.page_id,
        "page_id": entry.page_id,
        "title": entry.title,
        "title_folded": folded["title"],
        "summary": entry.summary,
        "summary_folded": folded["summary"],
        "body": entry.body,
        "body_folded": folded["body"],
        "keywords": keywords,
        "keywords_folded": folded["keywords"],
        "type": entry.type_key,
        "agency": entry.agency_key or None,
        "area": entry.area_key or None,
        "topics": [key for key, _ in entry.topics],
        "tags": [key for key, _ in entry.tags],
        "year": entry.year,
        "published_at": entry.published_at.isoformat(),
        "published_date": entry.published_date.isoformat(),
        "expires_at": entry.expires_at.isoformat() if entry.expires_at else None,
        "type_facet": documents.facet_value(entry.type_key, entry.type_label),
        "agency_facet": documents.facet_value(entry.agency_key, entry.agency_label) if entry.agency_key else None,
        "area_facet": documents.facet_value(entry.area_key, area_label(entry.area_key)) if entry.area_key else None,
        "topic_facet": [documents.facet_value(key, label) for key, label in entry.topics],
        "tag_facet": [documents.facet_value(key, label) for key, label in entry.tags],
        "display": {
            "url": entry.url,
            "type_label": entry.type_label,
            "agency_label": entry.agency_label,
            "topics": entry.topics,
            "tags": entry.tags,
            "byline": entry.byline,
            "image_id": entry.image_id,
        },
    }


def area_label(key):
    from news.models import ReformArea

    return str(dict(ReformArea.choices).get(key, key))


# ---------------------------------------------------------------- the database side


def write_entries(built):
    """Upserts entries and replaces their facet rows.

    Plain INSERT … ON CONFLICT DO UPDATE with executemany (SQLite ≥ 3.24 and PostgreSQL
    share the syntax): Django's bulk_create costs several times more per row, and a
    rebuild writes ten thousand entries and eight times as many facet rows. Only model
    metadata (table and column names) is formatted into the SQL; values are parameters.
    """
    if not built:
        return
    entry_fields = list(SearchEntry._meta.concrete_fields)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in entry_fields)
    updates = ", ".join(f"{quote(f.column)} = excluded.{quote(f.column)}" for f in entry_fields if not f.primary_key)
    placeholders = ", ".join(["%s"] * len(entry_fields))
    table, key = quote(SearchEntry._meta.db_table), quote(SearchEntry._meta.pk.column)
    upsert = f"INSERT INTO {table} ({columns}) VALUES ({placeholders}) ON CONFLICT ({key}) DO UPDATE SET {updates}"  # noqa: S608
    now = timezone.now()
    # Text and numbers go in as they are; only dates and JSON need the backend's conversion
    # (calling get_db_prep_save on every column of every row cost a quarter of the writing).
    prepare = [
        (f.attname, None if isinstance(f, PLAIN_FIELDS) else partial(f.get_db_prep_save, connection=connection))
        for f in entry_fields
    ]
    entry_rows = []
    for entry, _ in built:
        entry.indexed_at = now
        values = ((getattr(entry, name), convert) for name, convert in prepare)
        entry_rows.append([value if convert is None else convert(value) for value, convert in values])
    facet_table = quote(SearchFacet._meta.db_table)
    insert_facet = f"INSERT INTO {facet_table} (entry_id, field, {quote('key')}, label) VALUES (%s, %s, %s, %s)"  # noqa: S608
    facet_rows = [(entry.page_id, field, key, label) for entry, facets in built for field, key, label in facets]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(upsert, entry_rows)
        delete_rows(cursor, SearchFacet, "entry_id", [entry.page_id for entry, _ in built])
        cursor.executemany(insert_facet, facet_rows)
        fulltext.write([(e.page_id, e.search_text_folded.strip(), e.search_text.strip()) for e, _ in built])


def delete_entries(page_ids):
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


def update_pages(page_ids):
    """Re-decides whether each page is searchable and records the result; never raises.

    Called by the receivers after publish, withdrawal lifted, restriction removed, move…
    """
    page_ids = sorted({int(pk) for pk in page_ids})
    if not page_ids:
        return
    try:
        with transaction.atomic():
            for start in range(0, len(page_ids), BATCH):
                chunk = page_ids[start : start + BATCH]
                visible = list(searchable_pages().filter(pk__in=chunk).values_list("pk", flat=True))
                built = EntryBuilder().build(specific_pages(visible)) if visible else []
                write_entries(built)
                delete_entries(set(chunk) - {entry.page_id for entry, _ in built})
            enqueue(page_ids)
    except Exception:
        # Never block an editor: record the page for `search_index sync`, which re-decides it.
        logger.exception("Search: could not update the entries of pages %s", page_ids)
        enqueue_safely(page_ids)


def remove_pages(page_ids):
    """Takes pages out of search whatever their state (unpublished, withdrawn, deleted); never raises."""
    page_ids = sorted({int(pk) for pk in page_ids})
    if not page_ids:
        return
    try:
        with transaction.atomic():
            delete_entries(page_ids)
            enqueue(page_ids)
    except Exception:
        logger.exception("Search: could not remove pages %s", page_ids)
        enqueue_safely(page_ids)


def update_subtree(page):
    """Re-decides a page and every content page below it (view restriction, move, slug change)."""
    from news.models import ContentPage

    ids = set(ContentPage.objects.filter(path__startswith=page.path).values_list("pk", flat=True))
    # Entries whose page moved away from here are re-decided where they are now.
    update_pages(ids)


def relabel(field, key, label, linked):
    """Re-indexes the pages linked to an agency, topic or tag whose entry still shows its old name or slug.

    `linked` is a queryset of page ids. Costs two small queries when nothing changed.
    """
    fresh = SearchFacet.objects.filter(field=field, key=key, label=label, entry_id__in=linked).values("entry_id")
    stale = SearchEntry.objects.filter(page_id__in=linked).exclude(page_id__in=fresh)
    update_pages(stale.values_list("page_id", flat=True))


def enqueue(page_ids):
    """Adds outbox rows in the current transaction and pushes them once it commits."""
    if not documents.is_configured():
        return
    IndexingOutbox.objects.bulk_create([IndexingOutbox(page_id=pk) for pk in page_ids])
    transaction.on_commit(partial(push_after_commit, list(page_ids)))


def enqueue_safely(page_ids):
    try:
        enqueue(page_ids)
    except Exception:
        logger.exception("Search: could not record pages %s in the outbox", page_ids)


# ---------------------------------------------------------------- the Elasticsearch side


def push_after_commit(page_ids):
    """After a change commits: send it, and if that worked, whatever else is still pending."""
    try:
        sent, _ = push(page_ids=page_ids, timeout=documents.WRITE_TIMEOUT)
        if sent and pending_count():
            push(limit=BATCH, timeout=documents.WRITE_TIMEOUT)
    except SearchUnavailable as error:
        logger.warning("Search: Elasticsearch unavailable, %s page(s) left in the outbox: %s", len(page_ids), error)
    except Exception:
        logger.exception("Search: pushing pages %s failed; they stay in the outbox", page_ids)


def push(page_ids=None, limit=BATCH, timeout=documents.BULK_TIMEOUT, after=0):
    """Sends pending outbox rows (all, or those of `page_ids`; from row `after` on) to Elasticsearch.

    Returns (pages sent, last row id looked at); raises SearchUnavailable when the server
    does not answer (the rows stay pending, with the error noted).
    """
    rows = IndexingOutbox.objects.filter(done_at__isnull=True, pk__gt=after)
    if page_ids is not None:
        rows = rows.filter(page_id__in=list(page_ids))
    rows = list(rows.order_by("pk").values_list("pk", "page_id")[:limit])
    if not rows:
        return 0, after
    row_ids = [pk for pk, _ in rows]
    wanted = sorted({page_id for _, page_id in rows})
    failed = send(wanted, timeout=timeout, row_ids=row_ids)
    sent = [page_id for page_id in wanted if page_id not in failed]
    outbox = IndexingOutbox.objects.filter(pk__in=row_ids)
    outbox.filter(page_id__in=sent).update(done_at=timezone.now())
    for page_id, error in failed.items():
        outbox.filter(page_id=page_id).update(attempts=F("attempts") + 1, last_error=error[:2000])
    return len(sent), row_ids[-1]


def send(page_ids, timeout, row_ids=()):
    """Index or delete each page in Elasticsearch as its entry says; returns {page_id: error}."""
    rows = SearchEntry.objects.filter(page_id__in=page_ids).defer(*RANKING_COLUMNS)
    entries = {entry.page_id: entry for entry in rows}
    actions = []
    for page_id in page_ids:
        if page_id in entries:
            actions.append({"_op_type": "index", **to_document(entries[page_id])})
        else:
            actions.append({"_op_type": "delete", "_id": page_id})
    client = documents.get_client().options(request_timeout=timeout)
    try:
        _, errors = helpers.bulk(
            client,
            actions,
            index=documents.alias_name(),
            require_alias=True,  # never auto-create an index under the alias's name
            raise_on_error=False,
            raise_on_exception=True,
            chunk_size=BATCH,
        )
    except ES_ERRORS as error:
        if row_ids:
            IndexingOutbox.objects.filter(pk__in=list(row_ids)).update(
                attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:2000]
            )
        raise SearchUnavailable(str(error)) from error
    failed = {}
    for item in errors:
        ((operation, result),) = item.items()
        if operation == "delete" and result.get("status") == 404 and result.get("result") == "not_found":
            continue  # already gone: that is what we wanted
        failed[int(result.get("_id"))] = str(result.get("error") or result)
    return failed


def pending_count():
    return IndexingOutbox.objects.filter(done_at__isnull=True).count()


def alias_exists(client):
    return bool(client.indices.exists_alias(name=documents.alias_name()))


def sync(progress=None):
    """Replays the outbox; builds the index from scratch when its alias is missing (a new or wiped server).

    Returns ("rebuilt", count) or ("replayed", count); raises SearchUnavailable.
    """
    client = documents.get_client()
    try:
        exists = alias_exists(client)
    except ES_ERRORS as error:
        raise SearchUnavailable(str(error)) from error
    if not exists:
        return "rebuilt", rebuild(progress=progress)
    replayed = drain()
    forget_old_outbox_rows()
    return "replayed", replayed


def drain(page_ids=None):
    """Pushes every pending row once, in batches; rows Elasticsearch refuses stay pending with their error."""
    replayed, last = 0, 0
    while True:
        sent, seen = push(page_ids=page_ids, limit=BATCH, after=last)
        replayed += sent
        if seen == last:
            return replayed
        last = seen


def forget_old_outbox_rows():
    IndexingOutbox.objects.filter(done_at__lt=timezone.now() - OUTBOX_KEEP).delete()


def rebuild(progress=None, batch_size=BATCH, grace=1.0):
    """Recomputes every entry from the pages; with Elasticsearch, fills a fresh index and swaps the alias.

    Searches keep answering throughout: the database engine sees entries replaced batch by
    batch, Elasticsearch sees the old index until the atomic alias swap. Changes made while
    this runs are replayed after the swap. Returns the number of searchable pages.
    """
    started = timezone.now()
    use_es = documents.is_configured()
    client = documents.get_client() if use_es else None
    new_index = None
    if use_es:
        new_index = documents.new_index_name()
        try:
            documents.content_index(new_index, building=True).create(using=client)
        except ES_ERRORS as error:
            raise SearchUnavailable(str(error)) from error
    try:
        ids = list(searchable_pages().order_by("pk").values_list("pk", flat=True))
        total, done, kept = len(ids), 0, set()
        if progress:
            progress(0, total)
        builder = EntryBuilder()
        bulk_client = client.options(request_timeout=documents.BULK_TIMEOUT) if use_es else None
        # Elasticsearch indexes one batch in a worker thread while the next one is built here.
        with ThreadPoolExecutor(max_workers=1) as sender:
            sending = None
            for start in range(0, total, batch_size):
                built = builder.build(specific_pages(ids[start : start + batch_size]))
                write_entries(built)
                kept.update(entry.page_id for entry, _ in built)
                if use_es and built:
                    docs = [to_document(entry) for entry, _ in built]
                    if sending is not None:
                        sending.result()
                    sending = sender.submit(helpers.bulk, bulk_client, docs, index=new_index, chunk_size=batch_size)
                done = min(total, start + batch_size)
                if progress:
                    progress(done, total)
            if sending is not None:
                sending.result()
        stale = set(SearchEntry.objects.values_list("page_id", flat=True)) - kept
        delete_entries(stale)
        fulltext.prune()
        if use_es:
            live_settings = {"refresh_interval": documents.REFRESH_INTERVAL, "translog.durability": "request"}
            client.indices.put_settings(index=new_index, settings={"index": live_settings})
            client.indices.refresh(index=new_index)
            swap_alias(client, new_index, grace=grace)
            new_index = None
            catch_up(started)
        return len(kept)
    except ES_ERRORS as error:
        raise SearchUnavailable(str(error)) from error
    finally:
        if new_index is not None:  # failed before the swap: drop the half-built index
            try:
                client.indices.delete(index=new_index, ignore_unavailable=True)
            except ES_ERRORS:
                logger.warning("Search: could not delete the unfinished index %s", new_index)


def swap_alias(client, new_index, grace=1.0):
    """Points the alias at the new index in one atomic request, then drops the old indices."""
    alias = documents.alias_name()
    try:
        old = list(client.indices.get_alias(name=alias).body)
    except NotFoundError:
        old = []
    actions = [{"remove": {"index": name, "alias": alias}} for name in old]
    if not old and client.indices.exists(index=alias):
        # A write without require_alias once created an index under the alias's name.
        actions.append({"remove_index": {"index": alias}})
    actions.append({"add": {"index": new_index, "alias": alias}})
    client.indices.update_aliases(actions=actions)
    if old:
        # Searches that resolved the alias just before the swap finish on the old index first.
        time.sleep(grace)
        client.indices.delete(index=",".join(old), ignore_unavailable=True)


def catch_up(started):
    """Replays changes made while the rebuild ran (their pushes may have gone to the old index)."""
    margin = started - datetime.timedelta(seconds=5)
    changed = set(IndexingOutbox.objects.filter(created_at__gte=margin).values_list("page_id", flat=True))
    IndexingOutbox.objects.filter(done_at__isnull=True, created_at__lt=margin).update(done_at=timezone.now())
    if changed:
        update_pages(changed)
        drain(page_ids=changed)
    forget_old_outbox_rows()


def status():
    """Counts for `search_index status`: live pages, entries, documents, outbox."""
    pending = IndexingOutbox.objects.filter(done_at__isnull=True)
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    report = {
        "live": searchable_pages().count(),
        "entries": SearchEntry.objects.count(),
        "outbox": pending.count(),
        "outbox_oldest": oldest,
        "elasticsearch": None,
    }
    if documents.is_configured():
        client = documents.get_client()
        alias = documents.alias_name()
        try:
            if alias_exists(client):
                indices = sorted(client.indices.get_alias(name=alias).body)
                count = client.count(index=alias)["count"]
                report["elasticsearch"] = {"alias": alias, "indices": indices, "documents": count}
            else:
                report["elasticsearch"] = {"alias": alias, "indices": [], "documents": None}
        except ES_ERRORS as error:
            report["elasticsearch"] = {"alias": alias, "error": str(error)}
    return report
