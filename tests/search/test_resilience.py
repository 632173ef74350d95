"""A hung or stopped Elasticsearch never stalls the site, and what it missed reaches it by itself.

"Hung" is the server stopped with SIGSTOP: it accepts connections and never answers, which
is what a swapping or GC-bound server does, and what no "connection refused" test shows.
The server is the suite's own (its pid from the nodes API); it is always continued.
"""

import contextlib
import io
import os
import signal
import time
from urllib.parse import urlparse

import pytest
from django.core.management import call_command
from django.urls import reverse

from search import breaker, outbox, rebuild
from search.engines import ElasticsearchEngine
from search.models import IndexingOutbox
from search.params import parse
from search.service import search
from tests.search.helpers import article, wait_until
from tests.search.test_elasticsearch import script

pytestmark = pytest.mark.django_db

QUERY = {"q": "một cửa liên thông"}


@contextlib.contextmanager
def hung(es):
    """The suite's Elasticsearch stopped with SIGSTOP for the block, continued afterwards whatever happens."""
    (node,) = es.client.nodes.info(node_id="_local", metric="process")["nodes"].values()
    pid = node["process"]["id"]
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def minute_job():
    """README's cron line: `publish_scheduled`, then `search_index sync`; returns sync's output."""
    call_command("publish_scheduled", verbosity=0)
    out = io.StringIO()
    call_command("search_index", "sync", stdout=out)
    return out.getvalue()


def pending_in_status():
    out = io.StringIO()
    call_command("search_index", "status", stdout=out)
    return out.getvalue()


def timed(action):
    started = time.monotonic()
    result = action()
    return result, time.monotonic() - started


@pytest.mark.stops_elasticsearch
def test_hung_elasticsearch_searches_answer_from_the_database_and_pages_are_not_slowed(es, topic, publish, client):
    rebuild.rebuild(grace=0)
    page = publish(article(topic, "Bộ phận một cửa liên thông cấp xã"))
    es.refresh()
    assert search(parse(QUERY)).engine == "elasticsearch"

    with hung(es):
        found, seconds = timed(lambda: [search(parse(QUERY)) for _ in range(5)])
        # Without the breaker each of the five would wait the whole client timeout.
        assert seconds < 3, f"five searches took {seconds:.1f} s against a hung server"
        assert all(results.engine == "database" and results.degraded for results in found)
        assert [hit.page_id for hit in found[-1].hits] == [page.pk]

        response, seconds = timed(lambda: client.get(reverse("search:api"), QUERY))
        assert response.status_code == 200 and response.json()["engine"] == "database"
        assert seconds < 3

        other, seconds = timed(lambda: publish(article(topic, "Tin đăng khi máy chủ tìm kiếm treo")))
        assert other.live and seconds < 3, f"publishing waited {seconds:.1f} s on a hung server"
        assert IndexingOutbox.objects.filter(page_id=other.pk, done_at__isnull=True).exists()

        response, seconds = timed(lambda: client.get(topic.url))
        assert response.status_code == 200 and seconds < 3, "a section page never asks Elasticsearch"


def test_after_the_open_period_one_probe_goes_through_and_success_closes_the_breaker(es, topic, publish, monkeypatch):
    rebuild.rebuild(grace=0)
    publish(article(topic, "Bộ phận một cửa liên thông cấp huyện"))
    es.refresh()
    monkeypatch.setattr(breaker, "OPEN_SECONDS", 1)
    breaker.record_failure("read timed out")  # as a search or a publish would after a timeout

    assert search(parse(QUERY)).engine == "database", "while open, Elasticsearch is not asked at all"
    time.sleep(1.2)
    assert breaker.allow() == breaker.PROBE, "after the open period one request probes"
    assert breaker.allow() is None, "…and only one: the others still use the database meanwhile"
    assert search(parse(QUERY)).engine == "database"

    monkeypatch.setattr(breaker, "PROBE_SECONDS", 0)  # the first probe "never came back"
    breaker.record_failure("read timed out")
    time.sleep(1.2)
    results = search(parse(QUERY))
    assert results.engine == "elasticsearch" and not results.degraded and results.total == 1
    assert not breaker.is_open() and breaker.allow() == breaker.CLOSED


@pytest.mark.stops_elasticsearch
def test_elasticsearch_stopped_three_publishes_and_one_minute_job_after_it_is_back(es, topic, publish):
    """Stopped for real (the script wipes its data): the minute job rebuilds and nothing stays pending."""
    rebuild.rebuild(grace=0)
    env = {**os.environ, "ES_PORT": str(urlparse(es.url).port or 9200)}
    script("stop", env)
    try:
        pages = [publish(article(topic, f"Một cửa liên thông: thông báo số {n}")) for n in range(3)]
        assert outbox.pending_count() == 3
    finally:
        script("start", env)

    minute_job()
    # A freshly started server may take longer than a visitor's timeout on its first query:
    # ask it with the tests' patient client.
    results = ElasticsearchEngine(client=es.client).search(parse(QUERY))
    assert {hit.page_id for hit in results.hits} == {page.pk for page in pages}
    assert not breaker.is_open(), "the minute job's success closed the breaker"
    assert "Hàng đợi chưa gửi (outbox):       0" in pending_in_status()


@pytest.mark.stops_elasticsearch
def test_elasticsearch_hung_three_publishes_and_one_minute_job_after_it_answers_again(es, topic, publish):
    """Hung then continued (the index survives): the minute job replays exactly the three changes."""
    rebuild.rebuild(grace=0)
    with hung(es):
        pages = [publish(article(topic, f"Một cửa liên thông: thông báo số {n}")) for n in range(3)]
        assert outbox.pending_count() == 3

    assert "Đã gửi 3 thay đổi; hàng đợi còn 0." in minute_job()
    wanted = {page.pk for page in pages}

    def all_found():
        results = search(parse(QUERY))
        return results.engine == "elasticsearch" and {hit.page_id for hit in results.hits} == wanted

    assert wait_until(all_found, timeout=5) is not None
    assert "Hàng đợi chưa gửi (outbox):       0" in pending_in_status()


def test_the_next_publish_sends_everything_pending(settings, es, topic, publish):
    rebuild.rebuild(grace=0)
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    waiting = [publish(article(topic, f"Tin số {n} chờ gửi")) for n in range(3)]
    settings.ELASTICSEARCH_URL = es.url
    latest = publish(article(topic, "Tin đăng khi máy chủ đã trở lại"))
    assert outbox.pending_count() == 0
    assert es.ids() == {page.pk for page in [*waiting, latest]}
