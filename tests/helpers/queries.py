"""Counting the queries a page costs: the one helper behind every "costs the same however many" test."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url, cold=False):
    """The number of queries a GET of `url` makes (asserting it answers 200).

    `cold` clears every cache first, so derived values are rebuilt and counted too.
    """
    if cold:
        for cache in caches.all():
            cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return len(captured)
