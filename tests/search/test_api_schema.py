"""The search API and its OpenAPI document agree: schemathesis checks every answer against the document.

schemathesis (4.x) generates requests from /api/v1/openapi.json — valid ones, which must be
accepted, and invalid ones, which must be refused — plus methods the document does not
list, which must get 405 with `Allow`. It calls the application over HTTP (pytest-django's
live server, so compression and the CSRF middleware answer as in production),
with a small archive in the database, a bounded number of examples per phase and every check.
"""

import pytest
import schemathesis
from schemathesis.engine import Status, events

from news.factories import days_ago
from tests.search.helpers import article

MAX_EXAMPLES = 30


def failures(schema):
    """Runs every phase (examples, coverage, fuzzing) and every check, as `schemathesis run` would;
    returns what failed, one line each: operation, check, the request that failed."""
    found = []
    for event in schemathesis.engine.from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished) and event.status in (Status.FAILURE, Status.ERROR):
            for case_id, checks in event.recorder.checks.items():
                request = event.recorder.cases[case_id].value
                for check in checks:
                    if check.status == Status.FAILURE:
                        found.append(
                            f"{event.label}: {check.name}: {request.method} {request.formatted_path} "
                            f"{request.query} → {check.failure_info.failure.title}: "
                            f"{check.failure_info.failure.message[:400]}"
                        )
            if event.status == Status.ERROR:
                found.append(f"{event.label}: error")
        elif isinstance(event, events.NonFatalError | events.FatalError):
            found.append(f"engine error: {getattr(event, 'value', None) or event.exception!r}")
    return found


def test_the_api_answers_as_its_openapi_document_says(live_server, no_es, topic, agencies, publish):
    publish(article(topic, "Đất đai: cấp giấy chứng nhận", agency=agencies.bat_xat, tags=["đất đai"]))
    publish(article(topic, "Dịch vụ công trực tuyến", published=days_ago(3), agency=agencies.home_affairs))
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/openapi.json")
    schema.config.generation.update(max_examples=MAX_EXAMPLES, deterministic=True)
    schema.config.checks.update(included_check_names=["all"])
    found = failures(schema)
    assert not found, "\n".join(sorted(set(found)))


pytestmark = pytest.mark.django_db


def test_other_methods_get_405_with_allow_not_a_csrf_page(client, no_es):
    for path in ("/api/v1/search/", "/api/v1/openapi.json", "/search/", "/search/feed/"):
        for method in ("post", "put", "patch", "delete"):
            response = getattr(client, method)(path)
            assert response.status_code == 405, (method, path)
            assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"agency": "0", "tag": "0"}, 400),  # well-formed, names nothing: refused, and not in the document's enum
        ({"to": "", "from": "", "sort": "", "page": "", "size": ""}, 200),  # empty = absent (allowEmptyValue)
        ({"area": ["procedures"] * 21}, 400),  # maxItems 20 counts what is sent, repeats included
        ({"q": " " * 257}, 400),  # maxLength counts what is sent, before trimming
    ],
)
def test_edge_cases_schemathesis_found(client, no_es, params, status):
    """Issue 9 item 9: each of these once got an answer the document did not allow."""
    assert client.get("/api/v1/search/", params).status_code == status
