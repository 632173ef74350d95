"""Search tests: a real Elasticsearch (a missing server fails, never skips), a fresh index per test.

`make test` starts Elasticsearch with scripts/elasticsearch.sh and exports ELASTICSEARCH_URL.
Each test that uses it gets its own index prefix (`portal-test-<random>`), so tests never
see each other's documents, and its indices are deleted afterwards.
"""

import contextlib
import os
import uuid
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from elasticsearch import Elasticsearch

from news.factories import AgencyFactory, TopicIndexPageFactory
from search import documents, rebuild
from tests.search.helpers import Harness


@pytest.fixture(scope="session")
def elasticsearch_url():
    """The server `make test` started; failing (not skipping) when there is none."""
    url = os.environ.get("ELASTICSEARCH_URL") or django_settings.ELASTICSEARCH_URL
    if not url:
        pytest.fail("ELASTICSEARCH_URL is not set: run the suite with `make test`, which starts Elasticsearch.")
    client = Elasticsearch(url, request_timeout=30)
    try:
        client.cluster.health(wait_for_status="yellow", timeout="30s")
    except Exception as error:
        pytest.fail(f"Elasticsearch at {url} does not answer: {error}")
    finally:
        client.close()
    return url


def delete_indices(prefix):
    client = documents.get_client(timeout=30)
    with contextlib.suppress(Exception):
        names = list(client.indices.get(index=f"{prefix}-content*", allow_no_indices=True, expand_wildcards="all"))
        if names:
            client.indices.delete(index=",".join(names), ignore_unavailable=True)


@pytest.fixture
def es(settings, elasticsearch_url):
    """Elasticsearch configured, with this test's own index prefix; its indices deleted afterwards."""
    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.ELASTICSEARCH_INDEX_PREFIX = f"{django_settings.ELASTICSEARCH_INDEX_PREFIX}-{uuid.uuid4().hex[:10]}"
    client = documents.get_client(timeout=30)  # the tests' own checks wait longer than a visitor would

    def refresh():
        client.indices.refresh(index=documents.alias_name())

    def ids():
        refresh()
        response = client.search(index=documents.alias_name(), size=10_000, source=False, query={"match_all": {}})
        return {int(hit["_id"]) for hit in response["hits"]["hits"]}

    yield SimpleNamespace(client=client, alias=documents.alias_name(), refresh=refresh, ids=ids, url=elasticsearch_url)
    delete_indices(settings.ELASTICSEARCH_INDEX_PREFIX)


@pytest.fixture
def no_es(settings):
    """The database engine only, as in `make run` without Elasticsearch."""
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs the on-commit work (the Elasticsearch push) of whatever happens inside, as a real commit would."""

    @contextlib.contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run


@pytest.fixture
def publish(committed):
    """Publishes a page the way the admin does (a revision, then publish), so Wagtail's signals fire."""

    def publish(page):
        with committed():
            page.save_revision().publish()
        page.refresh_from_db()
        return page

    return publish


@pytest.fixture(params=["database", "elasticsearch"])
def engine(request, settings):
    """Each contract test runs once per engine; both read what the same indexing code wrote."""
    if request.param == "elasticsearch":
        es = request.getfixturevalue("es")
        rebuild.rebuild(grace=0)  # creates the index behind the alias
        return Harness("elasticsearch", es)
    settings.ELASTICSEARCH_URL = ""
    return Harness("database")


@pytest.fixture
def agencies(db):
    return SimpleNamespace(
        home_affairs=AgencyFactory(name="Sở Nội vụ tỉnh Lào Cai", slug="so-noi-vu"),
        bat_xat=AgencyFactory(name="UBND huyện Bát Xát", slug="ubnd-bat-xat"),
    )


@pytest.fixture
def second_topic(home):
    return TopicIndexPageFactory(parent=home, title="Chuyển đổi số", slug="chuyen-doi-so")
