"""Telling Elasticsearch about changes without ever making an editor wait on it.

A change adds an IndexingOutbox row per page in the editor's transaction; after the commit,
`push` sends the entries' current state to the alias (index, or delete when the entry is
gone) with a short timeout and marks the rows done. If Elasticsearch is down, the rows
stay pending: the editor's publish has already succeeded, and the next publish or the
minute job (`search_index sync`, in README's cron line) replays them. After a failure
search.breaker keeps publishes from trying again for a while, so none waits on a hung server.
"""

import datetime
import logging
from functools import partial

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from elasticsearch import helpers

from search import breaker, documents
from search.entries import index_actions
from search.errors import EngineUnavailable, unavailable_on_error
from search.models import IndexingOutbox, SearchEntry
from search.storage import BATCH

logger = logging.getLogger(__name__)

# Changes made while a rebuild runs are replayed after the swap; keep done rows this long.
OUTBOX_KEEP = datetime.timedelta(days=1)
# A publish sends at most this many other pending rows after its own (a couple of bulk
# requests); a longer backlog is the minute job's work, not the editor's wait.
PUBLISH_DRAIN_ROWS = 2 * BATCH
RANKING_COLUMNS = ["search_title", "search_title_folded", "search_text", "search_text_folded"]  # database engine only


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


def push_after_commit(page_ids):
    """After a change commits: send it, then whatever else is still pending (up to PUBLISH_DRAIN_ROWS).

    While search.breaker is open (Elasticsearch failed a moment ago) nothing is tried: the
    rows stay pending and the minute job (`search_index sync`) sends them.
    """
    state = breaker.allow()
    if state is None:
        logger.info("Search: Elasticsearch failed recently; %s page(s) left in the outbox", len(page_ids))
        return
    try:
        sent, _ = push(page_ids=page_ids, timeout=documents.WRITE_TIMEOUT)
        breaker.record_success(state)
        if pending_count():
            drain(timeout=documents.WRITE_TIMEOUT, max_rows=PUBLISH_DRAIN_ROWS)
    except EngineUnavailable as error:
        breaker.record_failure(error)
        logger.warning("Search: Elasticsearch unavailable, %s page(s) left in the outbox: %s", len(page_ids), error)
    except Exception:
        logger.exception("Search: pushing pages %s failed; they stay in the outbox", page_ids)


def push(page_ids=None, limit=BATCH, timeout=documents.BULK_TIMEOUT, after=0):
    """Sends pending outbox rows (all, or those of `page_ids`; from row `after` on) to Elasticsearch.

    Returns (pages sent, last row id looked at); raises EngineUnavailable when the server
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
    entries = list(SearchEntry.objects.filter(page_id__in=page_ids).defer(*RANKING_COLUMNS))
    alias = documents.alias_name()
    actions = index_actions(entries, alias)
    gone = set(page_ids) - {entry.page_id for entry in entries}
    actions += [{"_op_type": "delete", "_id": page_id} for page_id in sorted(gone)]
    client = documents.get_client().options(request_timeout=timeout)
    try:
        with unavailable_on_error():
            _, errors = helpers.bulk(
                client,
                actions,
                index=alias,
                require_alias=True,  # never auto-create an index under the alias's name
                raise_on_error=False,
                raise_on_exception=True,
                chunk_size=BATCH,
            )
    except EngineUnavailable as error:
        if row_ids:
            cause = error.__cause__
            IndexingOutbox.objects.filter(pk__in=list(row_ids)).update(
                attempts=F("attempts") + 1, last_error=f"{type(cause).__name__}: {cause}"[:2000]
            )
        raise
    failed = {}
    for item in errors:
        ((operation, result),) = item.items()
        if operation == "delete" and result.get("status") == 404 and result.get("result") == "not_found":
            continue  # already gone: that is what we wanted
        failed[int(result.get("_id"))] = str(result.get("error") or result)
    return failed


def pending_count():
    return IndexingOutbox.objects.filter(done_at__isnull=True).count()


def drain(page_ids=None, timeout=documents.BULK_TIMEOUT, max_rows=None):
    """Pushes every pending row once (or the first `max_rows`), in batches; rows Elasticsearch
    refuses stay pending with their error. Returns the number of pages sent."""
    replayed, last, looked_at = 0, 0, 0
    while max_rows is None or looked_at < max_rows:
        limit = BATCH if max_rows is None else min(BATCH, max_rows - looked_at)
        sent, seen = push(page_ids=page_ids, limit=limit, timeout=timeout, after=last)
        replayed += sent
        if seen == last:
            break
        looked_at += limit
        last = seen
    return replayed


def forget_old_outbox_rows():
    IndexingOutbox.objects.filter(done_at__lt=timezone.now() - OUTBOX_KEEP).delete()
