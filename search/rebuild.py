"""The `search_index` command's work: rebuild everything, replay the outbox, report the state.

`rebuild` recomputes every entry from the pages (generated pages that never sent a signal
included), loads them into a fresh Elasticsearch index and swaps the alias atomically;
`sync` replays what Elasticsearch missed, or rebuilds when its alias is missing; `status`
counts live pages, entries, documents and pending changes.

Building entries (reading pages, rich text to plain text, URLs, folding) is most of a
rebuild's CPU and one Python process does it on one core, while Elasticsearch needs far
less: so worker processes (one per core, SEARCH_REBUILD_WORKERS to choose) build batches
of entries side by side, and this process writes them to the database and hands them to
Elasticsearch in page order. Workers are forked, each with its own database connection.
"""

import contextlib
import datetime
import logging
import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing.util import Finalize

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.utils import timezone
from elasticsearch import NotFoundError, helpers

from search import breaker, documents, fulltext
from search.content import searchable_pages
from search.entries import EntryBuilder, bulk_body, load_pages
from search.errors import EngineUnavailable, unavailable_on_error
from search.indexing import update_pages
from search.models import IndexingOutbox, SearchEntry
from search.outbox import drain, forget_old_outbox_rows
from search.storage import BATCH, changed_only, delete_entries, entry_rows, write_rows

logger = logging.getLogger(__name__)


def rebuild(progress=None, batch_size=BATCH, grace=1.0):
    """Recomputes every entry from the pages; with Elasticsearch, fills a fresh index and swaps the alias.

    Searches keep answering throughout: the database engine sees entries replaced batch by
    batch, Elasticsearch sees the old index until the atomic alias swap. Changes made while
    this runs are replayed after the swap. Returns the number of searchable pages; raises
    EngineUnavailable when Elasticsearch does not answer.
    """
    started = timezone.now()
    client = documents.get_client(documents.ADMIN_TIMEOUT) if documents.is_configured() else None
    new_index = None
    if client is not None:
        new_index = documents.new_index_name()
        with unavailable_on_error():
            documents.content_index(new_index, building=True).create(using=client)
    try:
        with unavailable_on_error():
            kept = fill(client, new_index, progress, batch_size)
            delete_entries(set(SearchEntry.objects.values_list("page_id", flat=True)) - kept)
            fulltext.prune()
            if client is not None:
                make_live(client, new_index)
                swap_alias(client, new_index, grace=grace)
                new_index = None
                catch_up(started)
                breaker.record_success()
        return len(kept)
    finally:
        if new_index is not None:  # failed before the swap: drop the half-built index
            try:
                with unavailable_on_error():
                    client.indices.delete(index=new_index, ignore_unavailable=True)
            except EngineUnavailable:
                logger.warning("Search: could not delete the unfinished index %s", new_index)


def fill(client, new_index, progress, batch_size):
    """Writes every searchable page's entry (and, given a client, its document in `new_index`);
    returns the ids of the pages written."""
    ids = list(searchable_pages().order_by("pk").values_list("pk", flat=True))
    total, kept = len(ids), set()
    if progress:
        progress(0, total)
    chunks = [ids[start : start + batch_size] for start in range(0, total, batch_size)]
    bulk_client = client.options(request_timeout=documents.BULK_TIMEOUT) if client else None
    # Elasticsearch indexes one batch in a thread while the next ones are built (by the workers,
    # or here) and written. The worker processes are forked first, before that thread exists.
    with built_batches(chunks, new_index if client else None) as batches, ThreadPoolExecutor(max_workers=1) as sender:
        sending = None
        for start, (page_ids, rows, body) in zip(range(0, total, batch_size), batches, strict=True):
            write_rows(rows)
            kept.update(page_ids)
            if bulk_client and body:
                if sending is not None:
                    sending.result()
                sending = sender.submit(send_bulk, bulk_client, body)
            if progress:
                progress(min(total, start + batch_size), total)
        if sending is not None:
            sending.result()
    return kept


def send_bulk(client, body):
    """Sends one prepared bulk body (entries.bulk_body); a document the index refuses raises
    BulkIndexError, as helpers.bulk does."""
    response = client.bulk(operations=body)
    if response["errors"]:
        failed = [item for item in response["items"] if any("error" in result for result in item.values())]
        raise helpers.BulkIndexError(f"{len(failed)} document(s) failed to index.", failed)


def rebuild_workers():
    """How many processes build entries: SEARCH_REBUILD_WORKERS (a setting or the environment), else
    one per core. One means no worker process: the entries are built here, as before."""
    configured = getattr(settings, "SEARCH_REBUILD_WORKERS", None) or os.environ.get("SEARCH_REBUILD_WORKERS")
    return max(1, int(configured)) if configured else os.cpu_count() or 1


def workers_can_read():
    """Whether another process can read what this one sees: not inside an atomic block (the caller's
    uncommitted rows are invisible to other connections), not on an in-memory SQLite database
    (the tests': another process would open an empty one)."""
    if connection.in_atomic_block:
        return False
    return not (connection.vendor == "sqlite" and connection.is_in_memory_db())


def build_batch(builder, page_ids, index):
    """What a rebuild needs of a batch of pages: the ids of those with an entry, the rows to write of the
    entries that differ from the stored ones (skip-unchanged: the rest is not written again), and
    the bulk request body putting every document in `index` (empty without one). Plain values only, so a
    worker process hands them over cheaply."""
    built = builder.build(load_pages(page_ids))
    body = bulk_body((entry for entry, _ in built), index) if index else b""
    return [entry.page_id for entry, _ in built], entry_rows(changed_only(built)), body


@contextlib.contextmanager
def built_batches(chunks, index):
    """Yields an iterator of build_batch() results for the chunks of page ids, in order: built by worker
    processes when there are several chunks and they can read the database, else here."""
    builder = EntryBuilder()
    workers = min(rebuild_workers(), len(chunks))
    if workers <= 1 or not workers_can_read():
        yield (build_batch(builder, chunk, index) for chunk in chunks)
        return
    # A forked child must not share this process's connections (sockets, SQLite handles):
    # closed here, each worker opens its own; this process reopens its own at its next query.
    connections.close_all()
    reading = connections[DEFAULT_DB_ALIAS]
    database = (type(reading), dict(reading.settings_dict))
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=start_worker,
        initargs=(builder, index, database),
    )
    try:
        yield in_order(pool, chunks, ahead=2 * workers)
    finally:
        pool.shutdown(cancel_futures=True)


def in_order(pool, chunks, ahead):
    """The workers' results in chunk order, with at most `ahead` chunks in flight: enough to keep every
    worker busy, few enough that built batches do not pile up in memory when writing is slower."""
    pending = deque()
    for chunk in chunks:
        pending.append(pool.submit(build_in_worker, chunk))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


_worker = {}  # in a worker process: the parent's EntryBuilder and the index name (inherited by fork)


def start_worker(builder, index, database):
    """A worker process starts with the parent's EntryBuilder (agencies, sections, types, sites: read once)
    and a connection of its own to the database the parent reads, `database` = (backend class, settings),
    named explicitly: the child need not see the connection the parent holds for its own context (a
    test's, for instance, after Playwright's greenlets); it closes that connection when it exits."""
    wrapper, settings_dict = database
    connections[DEFAULT_DB_ALIAS] = wrapper(settings_dict, DEFAULT_DB_ALIAS)
    _worker.update(builder=builder, index=index)
    Finalize(None, connections.close_all, exitpriority=0)


def build_in_worker(page_ids):
    """In a worker process: build_batch() of these pages, sent back to the parent pickled."""
    return build_batch(_worker["builder"], page_ids, _worker["index"])


def make_live(client, index):
    """Gives a loaded index the settings it serves with (refreshes, fsync per request, its replicas,
    which copy the finished primary instead of indexing every document again) and refreshes it."""
    client.indices.put_settings(index=index, settings={"index": documents.live_settings()})
    client.indices.refresh(index=index)


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


def alias_exists(client):
    return bool(client.indices.exists_alias(name=documents.alias_name()))


def sync(progress=None):
    """Replays the outbox; builds the index from scratch when its alias is missing (a new or wiped server)
    or its index lacks a field of ContentDocument (built by an older version of the portal, it would
    refuse every document pushed to it).

    This is the minute job's second half (README's cron line), so pending changes reach
    Elasticsearch within a minute of it coming back, with nobody running anything. It
    ignores search.breaker (it is the probe no visitor has to be) and closes it when it
    succeeds. Returns ("rebuilt", count), ("upgraded", count) or ("replayed", count); raises
    EngineUnavailable.
    """
    with unavailable_on_error():
        client = documents.get_client(documents.ADMIN_TIMEOUT)
        exists = alias_exists(client)
        missing = exists and missing_fields(client)
    if not exists:
        return "rebuilt", rebuild(progress=progress)
    if missing:
        logger.warning("Search index %s lacks %s: rebuilding it", documents.alias_name(), ", ".join(sorted(missing)))
        return "upgraded", rebuild(progress=progress)
    replayed = drain()
    breaker.record_success()
    forget_old_outbox_rows()
    return "replayed", replayed


def missing_fields(client):
    """The fields of ContentDocument that the index behind the alias lacks."""
    wanted = set(documents.ContentDocument._doc_type.mapping.to_dict()["properties"])
    mappings = client.indices.get_mapping(index=documents.alias_name()).body.values()
    return wanted.difference(*(mapping["mappings"].get("properties", {}) for mapping in mappings))


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
        client = documents.get_client(documents.ADMIN_TIMEOUT)
        report["elasticsearch"] = elasticsearch_status(client, documents.alias_name())
    return report


def elasticsearch_status(client, alias):
    """The alias, the indices behind it and their document count; or the error the server gave."""
    try:
        with unavailable_on_error():
            if not alias_exists(client):
                return {"alias": alias, "indices": [], "documents": None}
            indices = sorted(client.indices.get_alias(name=alias).body)
            return {
                "alias": alias,
                "indices": indices,
                "documents": client.count(index=alias)["count"],
                "missing_fields": sorted(missing_fields(client)),
            }
    except EngineUnavailable as error:
        return {"alias": alias, "error": str(error)}
