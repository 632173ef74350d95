"""The stack survives losing one of its parts: an Elasticsearch node, an app server, Redis."""

import concurrent.futures
import os
import time

import pytest
import requests

from .conftest import eventually, unique_word

pytestmark = pytest.mark.stack

KNOWN_WORD = "cải cách"  # in many demo pages


def es(stack, path):
    first = stack.env["ELASTICSEARCH_URL"].split(",")[0]
    return requests.get(first + path, timeout=10).json()


def node_holding_primary(stack):
    """The node with the primary copy of the portal's index: losing it forces the replica to serve."""
    shards = es(stack, "/_cat/shards/portal-content?format=json")
    primary = next(shard for shard in shards if shard["prirep"] == "p" and shard["state"] == "STARTED")
    assert sum(shard["state"] == "STARTED" for shard in shards) == 2, "the index should have one replica"
    return primary["node"]


def answered_by_elasticsearch(stack, base, word):
    data = stack.search_api(base, word)
    return data["engine"] == "elasticsearch" and data["results"]


def test_losing_an_elasticsearch_node_keeps_search_and_indexing_then_green_again(stack):
    """Kill the node holding the primary: searches answer from the replica, publishing still indexes."""
    node = node_holding_primary(stack)
    stack.script("down", node)
    try:
        for base in (stack.app_a, stack.app_b, stack.nginx):
            assert answered_by_elasticsearch(stack, base, KNOWN_WORD)
        word = unique_word()
        title = f"Tin đăng khi thiếu một máy tìm kiếm {word}"
        article = stack.action(f"publish_article({title!r}, {word!r})")
        found = eventually(lambda: answered_by_elasticsearch(stack, stack.nginx, word), within=5)
        assert found is not None, "the publish did not reach the index with one node down"
        assert stack.search_api(stack.nginx, word)["results"][0]["id"] == article["id"]
    finally:
        stack.script("up", node)
    health = es(stack, "/_cluster/health?wait_for_status=green&wait_for_nodes=3&timeout=120s")
    assert health["status"] == "green" and health["number_of_nodes"] == 3
    stack.action(f"unpublish({article['id']})")


# gunicorn.conf.py's threads times the stack's workers (STACK_APP_WORKERS): what app server A
# can be in the middle of answering at once.
A_IN_FLIGHT = int(os.environ.get("GUNICORN_THREADS", "4")) * int(os.environ.get("STACK_APP_WORKERS", "2"))


def test_killing_app_server_a_mid_load_gives_no_5xx_through_nginx(stack):
    """A crash of one app server under load: nginx sends every request it can to the other one.

    What it cannot: a response app server A had begun to send when it died. The reader already
    has its headers, so nginx cannot take them back and ask B; it closes the connection, and the
    reader sees the page cut short (never an error page, never a whole-looking wrong page). Only
    the few requests A held at that instant can end so; every other request gets its page.
    """
    paths = ["/", "/feeds/rss/", "/api/v1/search/?q=hành+chính"] + [f"/search/?q=cải+cách&n={n}" for n in range(5)]
    outcomes = []

    def fetch(n):
        # A fresh query string reaches an app server every time (no micro-cache hit).
        path = paths[n % len(paths)]
        try:
            return requests.get(f"{stack.nginx}{path}{'&' if '?' in path else '?'}load={n}", timeout=30).status_code
        except requests.exceptions.ChunkedEncodingError:
            return "cut short"

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            futures = [pool.submit(fetch, n) for n in range(300)]
            time.sleep(1.0)
            stack.script("down", "app-a")
            outcomes = [future.result() for future in futures]
    finally:
        stack.script("up", "app-a")
    print(f"{outcomes.count(200)} answered, {outcomes.count('cut short')} cut short by the crash")
    assert len(outcomes) == 300
    assert [outcome for outcome in outcomes if outcome not in (200, "cut short")] == []
    assert outcomes.count("cut short") <= A_IN_FLIGHT


def test_without_redis_pages_answer_nothing_is_lost_and_the_cache_returns(stack):
    """Redis stopped: pages render uncached, a publish goes through; Redis back: pages are cached again."""
    stack.script("down", "redis")
    try:
        for base in (stack.app_a, stack.app_b):
            for _ in range(2):
                response = stack.get(base, "/")
                assert response.status_code == 200
                assert response.headers.get("X-Portal-Cache") != "hit"
        word = unique_word()
        title = f"Tin đăng khi bộ nhớ đệm vắng mặt {word}"
        article = stack.action(f"publish_article({title!r}, {word!r})")
        for base in (stack.app_b, stack.nginx):
            assert title in stack.get(base, article["url"]).text
            assert article["url"] in stack.get(base, article["section_url"]).text
    finally:
        stack.script("up", "redis")
    for base in (stack.app_a, stack.app_b):
        cached = eventually(lambda base=base: stack.get(base, "/").headers.get("X-Portal-Cache") == "hit", within=5)
        assert cached is not None, f"{base} does not cache pages again"
        assert article["url"] in stack.get(base, "/").text
    stack.action(f"unpublish({article['id']})")
