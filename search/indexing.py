"""Keeping the search engines in step with what citizens may see: what the receivers call.

Every change goes the same way: `update_pages` / `remove_pages` decide, in the database
and in the caller's transaction, whether each page is searchable (search.content's
`searchable_pages()`: published content, unexpired, with a public URL) and write or delete
its SearchEntry — the database engine's index (search.storage). When Elasticsearch is
configured, the same transaction adds an outbox row per page, pushed after the commit
(search.outbox). None of this ever raises into an editor's publish.
"""

import logging

from django.db import transaction

from search.content import searchable_pages, subtree_page_ids
from search.entries import EntryBuilder, load_pages
from search.models import SearchEntry, SearchFacet
from search.outbox import enqueue, enqueue_safely
from search.storage import BATCH, delete_entries, write_entries

logger = logging.getLogger(__name__)


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
                built = EntryBuilder().build(load_pages(visible)) if visible else []
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
    # Entries whose page moved away from here are re-decided where they are now.
    update_pages(subtree_page_ids(page))


def relabel(field, key, label, linked):
    """Re-indexes the pages linked to an agency, topic or tag whose entry still shows its old name or slug.

    `linked` is a queryset of page ids. Costs two small queries when nothing changed.
    """
    fresh = SearchFacet.objects.filter(field=field, key=key, label=label, entry_id__in=linked).values("entry_id")
    stale = SearchEntry.objects.filter(page_id__in=linked).exclude(page_id__in=fresh)
    update_pages(stale.values_list("page_id", flat=True))
