"""Elasticsearch configured but not answering: every part says so the same way, and nothing breaks.

Searches fall back to the database, publishing leaves its change in the outbox (see
test_elasticsearch.py); here, the parts an operator or a developer calls directly.
"""

import io

import pytest
from django.core.management import CommandError, call_command

from search import outbox, rebuild
from search.engines import ElasticsearchEngine
from search.errors import EngineUnavailable
from search.models import IndexingOutbox
from search.params import parse
from search.service import search
from tests.search.helpers import article

pytestmark = pytest.mark.django_db

NOWHERE = "http://127.0.0.1:9"  # nothing listens there


@pytest.fixture
def unreachable(settings):
    settings.ELASTICSEARCH_URL = NOWHERE


def test_the_elasticsearch_engine_says_it_is_unavailable(unreachable):
    engine, query = ElasticsearchEngine(), parse({"q": "đất đai"})
    with pytest.raises(EngineUnavailable):
        engine.search(query)
    with pytest.raises(EngineUnavailable):
        engine.counts([query])


def test_a_search_answers_from_the_database_instead(unreachable, topic, publish):
    page = publish(article(topic, "Cấp giấy chứng nhận quyền sử dụng đất đai"))
    results = search(parse({"q": "dat dai"}))
    assert results.degraded and results.engine == "database"
    assert [hit.page_id for hit in results.hits] == [page.pk]


def test_a_push_keeps_the_change_pending_with_the_error(unreachable, topic, publish):
    page = publish(article(topic, "Tin chờ gửi sang máy chủ tìm kiếm"))
    with pytest.raises(EngineUnavailable):
        outbox.push()
    row = IndexingOutbox.objects.get(page_id=page.pk)
    assert row.done_at is None and row.attempts == 2, "one failed push after the commit, one here"
    assert row.last_error.startswith("ConnectionError")


def test_rebuild_and_sync_say_the_server_does_not_answer(unreachable, topic, publish):
    publish(article(topic, "Tin đăng khi máy chủ tìm kiếm không trả lời"))
    with pytest.raises(EngineUnavailable):
        rebuild.rebuild(grace=0)
    with pytest.raises(EngineUnavailable):
        rebuild.sync()
    for action in ("sync", "rebuild"):
        with pytest.raises(CommandError, match="Elasticsearch không trả lời"):
            call_command("search_index", action, stdout=io.StringIO())


def test_status_reports_the_error_and_the_pending_changes(unreachable, topic, publish):
    publish(article(topic, "Tin đăng khi máy chủ tìm kiếm không trả lời"))
    out = io.StringIO()
    call_command("search_index", "status", stdout=out)
    report = out.getvalue()
    assert "Elasticsearch:                    không trả lời (" in report
    assert "Hàng đợi chưa gửi (outbox):       1" in report
