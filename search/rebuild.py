"""The `search_index` command's work: rebuild everything, replay the outbox, report the state.

`rebuild` recomputes every entry from the pages (generated pages that never sent a signal
included), loads them into a fresh Elasticsearch index and swaps the alias atomically;
`sync` replays what Elasticsearch missed, or rebuilds when its alias is missing; `status`
counts live pages, entries, documents and pending changes.
"""

import datetime
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from django.utils import timezone
from elasticsearch import NotFoundError, helpers

from search import breaker, documents, fulltext
from search.content import searchable_pages
from search.entries import EntryBuilder, index_actions, load_pages
from search.errors import EngineUnavailable, unavailable_on_error
from search.indexing import update_pages
from search.models import IndexingOutbox, SearchEntry
from search.outbox import drain, forget_old_outbox_rows
from search.storage import BATCH, delete_entries, write_entries

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
    builder = EntryBuilder()
    bulk_client = client.options(request_timeout=documents.BULK_TIMEOUT) if client else None
    # Elasticsearch indexes one batch in a worker thread while the next one is built here.
    with ThreadPoolExecutor(max_workers=1) as sender:
        sending = None
        for start in range(0, total, batch_size):
            built = builder.build(load_pages(ids[start : start + batch_size]))
            write_entries(built, skip_unchanged=True)
            kept.update(entry.page_id for entry, _ in built)
            if bulk_client and built:
                actions = index_actions((entry for entry, _ in built), new_index)
                if sending is not None:
                    sending.result()
                sending = sender.submit(helpers.bulk, bulk_client, actions, chunk_size=batch_size)
            if progress:
                progress(min(total, start + batch_size), total)
        if sending is not None:
            sending.result()
    return kept


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
    """Replays the outbox; builds the index from scratch when its alias is missing (a new or wiped server).

    This is the minute job's second half (README's cron line), so pending changes reach
    Elasticsearch within a minute of it coming back, with nobody running anything. It
    ignores search.breaker (it is the probe no visitor has to be) and closes it when it
    succeeds. Returns ("rebuilt", count) or ("replayed", count); raises EngineUnavailable.
    """
    with unavailable_on_error():
        exists = alias_exists(documents.get_client(documents.ADMIN_TIMEOUT))
    if not exists:
        return "rebuilt", rebuild(progress=progress)
    replayed = drain()
    breaker.record_success()
    forget_old_outbox_rows()
    return "replayed", replayed


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
            return {"alias": alias, "indices": indices, "documents": client.count(index=alias)["count"]}
    except EngineUnavailable as error:
        return {"alias": alias, "error": str(error)}
