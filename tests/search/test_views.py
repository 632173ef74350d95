"""/search/ and /api/v1/search/: the same parameters, HTML for citizens, JSON for journalists."""

import json
import re

import pytest
from wagtail.rich_text import RichText

from search import rebuild
from search.content import content_types
from search.query import FACETS, FILTER_FIELDS
from tests.search.helpers import article

pytestmark = pytest.mark.django_db

BAD = [
    ({"sort": "popular"}, "invalid_sort"),
    ({"from": "2024-13-45"}, "invalid_date"),
    ({"page": "-1"}, "invalid_page"),
    ({"q": "x" * 10_000}, "query_too_long"),
    ({"type": "video"}, "unknown_type"),
    ({"size": "0"}, "invalid_size"),
    ({"tag": "khong-co"}, "unknown_tag"),
]


@pytest.fixture
def pages(topic, agencies, publish):
    """Two published articles, one with a tag."""
    return [
        publish(
            article(
                topic,
                "Đất đai: cấp giấy chứng nhận trong ngày",
                agency=agencies.home_affairs,
                tags=["đất đai"],
                body=[("paragraph", RichText("<p>Người dân nhận giấy chứng nhận ngay tại xã.</p>"))],
            )
        ),
        publish(article(topic, "Dịch vụ công trực tuyến toàn trình", agency=agencies.bat_xat)),
    ]


def test_search_page_shows_highlighted_results_and_filters(client, no_es, pages):
    response = client.get("/search/", {"q": "dat dai"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>Đất đai</mark>: cấp giấy chứng nhận trong ngày" in html
    assert "1 kết quả cho “dat dai”" in html
    assert 'role="search"' in html and "<aside" in html and 'aria-labelledby="search-filters-title"' in html
    assert re.search(r'<label [^>]*for="search-page-q"', html)
    assert re.search(r'<input type="checkbox" id="facet-agency-so-noi-vu" name="agency" value="so-noi-vu"', html)
    assert '<meta name="robots" content="noindex, follow">' in html
    assert "css/search.css" in html
    assert 'lang="vi"' in html


def test_filters_are_shareable_urls(client, no_es, pages):
    html = client.get("/search/", {"q": "", "agency": "ubnd-bat-xat"}).content.decode()
    assert "Dịch vụ công trực tuyến toàn trình" in html
    assert "Đất đai: cấp giấy" not in html
    assert "Đang lọc:" in html and "Cơ quan, đơn vị: UBND huyện Bát Xát" in html
    assert "checked" in html


@pytest.mark.parametrize(("params", "code"), BAD)
def test_search_page_shows_the_message_for_bad_parameters(client, no_es, params, code):
    response = client.get("/search/", params)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and "Không tìm được với các điều kiện này" in html


@pytest.mark.parametrize(("params", "code"), BAD)
def test_api_answers_400_with_a_vietnamese_and_machine_readable_message(client, no_es, params, code):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == "invalid_parameters" and error["status"] == 400
    assert code in {detail["code"] for detail in error["details"]}
    assert error["message"] and all(detail["message"] for detail in error["details"])


def test_api_results(client, no_es, pages):
    response = client.get("/api/v1/search/", {"q": "dich vu cong", "size": "5"})
    assert response.status_code == 200
    data = response.json()
    assert data["total"] == 1 and data["page"] == 1 and data["size"] == 5 and data["pages"] == 1
    result = data["results"][0]
    assert result["title"] == "Dịch vụ công trực tuyến toàn trình"
    assert result["url"].startswith("http://testserver/") and result["url"].endswith("/")
    assert result["type"] == {"key": "newsarticle", "label": "Tin bài"}
    assert result["agency"] == {"key": "ubnd-bat-xat", "label": "UBND huyện Bát Xát"}
    assert result["highlights"]["title"] == "<mark>Dịch vụ công</mark> trực tuyến toàn trình"
    assert result["published_at"]
    assert set(data["facets"]) == set(FACETS)
    assert data["facets"]["type"] == [{"key": "newsarticle", "label": "Tin bài", "count": 1, "selected": False}]
    assert data["links"]["next"] is None and data["links"]["html"].startswith("http://testserver/search/?")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Dịch vụ" in response.content.decode(), "UTF-8, not \\u escapes"


def test_api_pagination_links(client, no_es, topic, publish):
    for n in range(3):
        publish(article(topic, f"Tin cải cách số {n}"))
    data = client.get("/api/v1/search/", {"q": "cải cách", "size": "2"}).json()
    assert data["pages"] == 2 and len(data["results"]) == 2
    second = client.get(data["links"]["next"]).json()
    assert second["page"] == 2 and len(second["results"]) == 1 and second["links"]["prev"]


def test_api_suggests_when_nothing_matches(client, no_es, pages):
    data = client.get("/api/v1/search/", {"q": "đất đai trực tuyến"}).json()
    assert data["total"] == 0
    suggestion = data["suggestion"]
    assert suggestion["reason"] == "fewer_words" and suggestion["total"] >= 1
    assert client.get(suggestion["url"]).json()["total"] == suggestion["total"]


def test_only_get(client, no_es):
    assert client.post("/api/v1/search/", {"q": "x"}).status_code == 405


def test_openapi_schema_documents_every_parameter(client, no_es):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    operation = schema["paths"]["/api/v1/search/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert names == {"q", "from", "to", "sort", "page", "size", *(FACETS[field][0] for field in FILTER_FIELDS)}
    types = next(p for p in operation["parameters"] if p["name"] == "type")["schema"]["items"]["enum"]
    assert set(types) == set(content_types()) >= {"newsarticle", "reformmodel", "exemplaryofficial"}
    assert set(operation["responses"]) == {"200", "400", "503"}
    refs = re.findall(r'"\$ref": "#/components/schemas/(\w+)"', json.dumps(schema))
    assert set(refs) <= set(schema["components"]["schemas"])


def test_search_page_answers_from_the_database_when_elasticsearch_is_down(client, settings, pages):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    response = client.get("/search/", {"q": "dat dai"})
    assert response.status_code == 200
    assert "cơ sở dữ liệu dự phòng" in response.content.decode()
    assert client.get("/api/v1/search/", {"q": "dat dai"}).json()["engine"] == "database"


def test_api_on_elasticsearch(client, es, pages):
    rebuild.rebuild(grace=0)
    es.refresh()
    data = client.get("/api/v1/search/", {"q": "dat dai", "agency": "so-noi-vu"}).json()
    assert data["engine"] == "elasticsearch"
    assert [result["title"] for result in data["results"]] == ["Đất đai: cấp giấy chứng nhận trong ngày"]
    agencies = {value["key"]: value["count"] for value in data["facets"]["agency"]}
    assert agencies == {"so-noi-vu": 1}


def test_empty_search_page_browses_everything(client, no_es, pages):
    response = client.get("/search/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 nội dung đã đăng" in html


def test_a_reversed_date_range_finds_nothing_and_the_page_says_why(client, no_es, pages):
    response = client.get("/search/", {"from": "2025-01-01", "to": "2024-01-01"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Không tìm thấy kết quả" in html and "“Từ ngày” phải trước hoặc bằng “Đến ngày”." in html
