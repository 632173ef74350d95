"""The Elasticsearch side: the content document, the index behind its alias, the client.

One index holds every page type citizens may find. Readers and writers only ever use the
alias (`<prefix>-content`); `search_index rebuild` fills a fresh index and swaps the alias
in one atomic step. The server has no analysis-common module (no asciifolding), so each
text field has a `*_folded` twin holding the text folded in Python (search/text.py), and the
four twins are also indexed as one field, MATCH_FIELD, where the words typed are matched.

Nothing here talks to the server at import time: the client is built on first use.
"""

import datetime
import threading
import uuid

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from elasticsearch import Elasticsearch
from elasticsearch_dsl import Date, Document, Index, Integer, Keyword, MetaField, Object, Text

# The `facets` field holds every facet value of a page as "field\x1ekey\x1flabel" (the year as
# "year\x1e2024"), and its block of page ids as "block\x1e<page id // PAGE_BLOCK>": one terms
# aggregation gives them all, each with its label.
FIELD_SEPARATOR = "\x1e"
FACET_SEPARATOR = "\x1f"
BLOCK = "block"
# The ranked window's start is found to within this many page ids (search.engines.elasticsearch).
# Fixed at indexing: a new value needs `search_index rebuild`.
PAGE_BLOCK = 1_000
# The `*_folded` fields as one (copy_to; never stored, never scored), indexed as the pages holding each
# word and nothing more (no positions, frequencies or norms): a page holds the words typed when this
# field has them all, one list of pages per word to intersect instead of four to merge (about five
# times cheaper for words found on most pages). Phrases are matched on the fields themselves.
MATCH_FIELD = "text_folded"

REFRESH_INTERVAL = "500ms"  # publish → searchable in well under the 1.5 s promised
# Seconds. A reader or an editor waits at most one short timeout on a hung server, once:
# after that search.breaker sends everyone to the database for a while.
QUERY_TIMEOUT = 1  # searches (the client's default)
WRITE_TIMEOUT = 1  # the push after a publish: publishing must not wait on a slow or absent server
ADMIN_TIMEOUT = 30  # creating indices, moving the alias, counting: the command, not a visitor, waits
BULK_TIMEOUT = 120  # a rebuild's or a sync's bulk requests

# The fields a search hit reads back (search.engines.elasticsearch): the only ones in `_source`.
STORED_FIELDS = ["page_id", "title", "summary", "body", "type", "published_at", "agency", "display"]

_clients = {}
_clients_lock = threading.Lock()


class ContentDocument(Document):
    """A published, public, unexpired page: the index's mapping, and (search.entries.document_source)
    the body of every document, filled from the page's SearchEntry."""

    page_id = Integer()
    title = Text(analyzer="standard")
    title_folded = Text(analyzer="standard", copy_to=MATCH_FIELD)
    summary = Text(analyzer="standard")
    summary_folded = Text(analyzer="standard", copy_to=MATCH_FIELD)
    body = Text(analyzer="standard")
    body_folded = Text(analyzer="standard", copy_to=MATCH_FIELD)
    keywords = Text(analyzer="standard")  # tag names and byline
    keywords_folded = Text(analyzer="standard", copy_to=MATCH_FIELD)
    text_folded = Text(analyzer="standard", norms=False, index_options="docs")  # MATCH_FIELD
    type = Keyword()
    agency = Keyword()
    area = Keyword()
    topics = Keyword(multi=True)
    tags = Keyword(multi=True)
    year = Integer()
    published_at = Date()
    published_date = Date(format="yyyy-MM-dd")
    expires_at = Date()
    # Every facet value with its field and label, and the page's block of ids (FIELD_SEPARATOR): a
    # search counts them all with one aggregation, several times cheaper than one per field. Every
    # search counts it: its global ordinals are built at each refresh, not by the first search after.
    facets = Keyword(multi=True, eager_global_ordinals=True)
    # shown in results, never searched
    display = Object(enabled=False)

    class Meta:
        dynamic = MetaField("strict")
        # Only what a result shows is stored: every other field is indexed and searched but never
        # read back, and storing less is less to compress and write while a rebuild loads the index.
        source = MetaField(includes=STORED_FIELDS)


def alias_name():
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-content"


def new_index_name():
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S")
    return f"{alias_name()}-{stamp}-{uuid.uuid4().hex[:6]}"


def live_settings():
    """How an index serves: what search_index rebuild restores before the alias moves to it."""
    return {
        # An explicit interval keeps refreshing even when nobody searches ("search idle"
        # shards wait for the next search), so a publish is searchable within a second.
        # Publishing is rare, so refreshing twice a second costs next to nothing.
        "refresh_interval": REFRESH_INTERVAL,
        "translog.durability": "request",
        "number_of_replicas": settings.ELASTICSEARCH_REPLICAS,
    }


def building_settings():
    """How an index is loaded: nobody reads it and a failed build is thrown away, so no refreshes,
    no fsync per bulk request and no replica indexing every document a second time."""
    return {"refresh_interval": "-1", "translog.durability": "async", "number_of_replicas": 0}


def content_index(name, building=False):
    """The index definition; while `building`, with building_settings() (live_settings() come back before the swap)."""
    index = Index(name)
    index.settings(
        number_of_shards=1, max_result_window=10000, **(building_settings() if building else live_settings())
    )
    index.document(ContentDocument)
    return index


def is_configured():
    return bool(settings.ELASTICSEARCH_URL)


def get_client(timeout=None):
    """The shared client for ELASTICSEARCH_URL, built on first use, with short timeouts and no retry on a
    timeout; with `timeout`, the same connections with a longer one (for the management command's work)."""
    url = settings.ELASTICSEARCH_URL
    if not url:
        raise ImproperlyConfigured("ELASTICSEARCH_URL is not set.")
    client = _clients.get(url)
    if client is None:
        with _clients_lock:
            client = _clients.get(url)
            if client is None:
                # A cluster's nodes, comma-separated: a refused connection moves on to the next
                # node at once; a slow one is never retried.
                hosts = [host.strip() for host in url.split(",") if host.strip()]
                client = Elasticsearch(
                    hosts, request_timeout=QUERY_TIMEOUT, max_retries=len(hosts) - 1, retry_on_timeout=False
                )
                _clients[url] = client
    return client.options(request_timeout=timeout) if timeout else client


def split_facet_value(value):
    key, _, label = value.partition(FACET_SEPARATOR)
    return key, label or key


def field_value(field, value, label=None):
    """A value of the `facets` field: `value` (a facet's key, a year, a block) of `field`, with its label."""
    return f"{field}{FIELD_SEPARATOR}{value}" + (f"{FACET_SEPARATOR}{label}" if label is not None else "")


def split_field_value(value):
    """(field, value) from a value of the `facets` field."""
    field, _, value = value.partition(FIELD_SEPARATOR)
    return field, value


def page_block(page_id):
    return page_id // PAGE_BLOCK
