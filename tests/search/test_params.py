"""The search parameters as the page and the API read them: exact refusals, boundaries, lenient reading.

Each refusal is what a visitor reads above the search form (and an API client gets with the 400):
the parameter, the code from the OpenAPI document, and the message, word for word.
"""

import pytest
from django.http import QueryDict

from news.factories import TopicIndexPageFactory
from search.params import QueryError, named_values, parse
from search.query import MAX_QUERY_LENGTH, MAX_RESULTS, MAX_SIZE, MAX_VALUES, SearchQuery
from tests.search.helpers import article

pytestmark = pytest.mark.django_db


def refusal(params):
    with pytest.raises(QueryError) as caught:
        parse(params)
    return caught.value


def errors(params):
    return [(error["parameter"], error["code"], error["message"]) for error in refusal(params).errors]


@pytest.fixture
def tagged(topic, agencies, publish, no_es):
    """A published article with the tag “đất đai” (key dat-dai), from the home affairs department."""
    return publish(
        article(topic, "Đất đai: cấp giấy chứng nhận trong ngày", agency=agencies.home_affairs, tags=["đất đai"])
    )


LONG = "x" * 50  # messages quote at most 40 characters of what was sent


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "x" * (MAX_QUERY_LENGTH + 1)}, ("q", "query_too_long", "Từ khóa tìm kiếm quá dài: tối đa 256 ký tự.")),
        (
            {"type": ",".join(["newsarticle"] * (MAX_VALUES + 1))},
            ("type", "too_many_values", "Chọn tối đa 20 giá trị cho “type”."),
        ),
        ({"tag": f"<b>,{LONG}!"}, ("tag", "invalid_value", f"Giá trị không hợp lệ cho “tag”: <b>, {'x' * 40}.")),
        ({"type": "video,am-thanh"}, ("type", "unknown_type", "Loại nội dung không có: video, am-thanh.")),
        ({"area": "the-thao"}, ("area", "unknown_area", "Lĩnh vực cải cách không có: the-thao.")),
        (
            {"topic": "khong-co,cung-khong-co"},
            ("topic", "unknown_topic", "Chuyên mục không có: cung-khong-co, khong-co."),
        ),
        ({"agency": "so-khong-co"}, ("agency", "unknown_agency", "Cơ quan, đơn vị không có: so-khong-co.")),
        ({"tag": "khong-co"}, ("tag", "unknown_tag", "Từ khóa không có: khong-co.")),
        (
            {"from": "2024-13-45"},
            ("from", "invalid_date", "Từ ngày không hợp lệ: “2024-13-45” (cần dạng NNNN-TT-NN, ví dụ 2024-05-31)."),
        ),
        (
            {"to": f"31/12/2024{LONG}"},
            (
                "to",
                "invalid_date",
                f"Đến ngày không hợp lệ: “31/12/2024{'x' * 30}” (cần dạng NNNN-TT-NN, ví dụ 2024-05-31).",
            ),
        ),
        (
            {"sort": f"popular{LONG}"},
            (
                "sort",
                "invalid_sort",
                f"Cách sắp xếp không có: “popular{'x' * 33}” (chọn relevance, newest hoặc oldest).",
            ),
        ),
        ({"page": "0"}, ("page", "invalid_page", "Số trang phải là số nguyên từ 1 đến 10.000.")),
        ({"size": "51"}, ("size", "invalid_size", "Số kết quả mỗi trang phải từ 1 đến 50.")),
    ],
    ids=lambda value: value[1] if isinstance(value, tuple) else None,
)
def test_each_mistake_is_refused_with_its_exact_message(tagged, params, expected):
    assert errors(params) == [expected]


def test_every_message_is_shown_together_and_in_the_order_of_the_form(tagged):
    """The page shows QueryError.message; the log and the API's detail use str()."""
    error = refusal({"q": "x" * 300, "type": "video", "from": "hom-qua", "sort": "x", "page": "x", "size": "0"})
    assert [error["parameter"] for error in error.errors] == ["q", "type", "from", "sort", "page", "size"]
    messages = [error["message"] for error in error.errors]
    assert error.message == " ".join(messages)
    assert str(error) == "; ".join(messages)


def test_limits_are_inclusive(tagged):
    """The largest values the OpenAPI document allows are accepted; one more is refused."""
    query = parse(
        {
            "q": "đ" * MAX_QUERY_LENGTH,
            "type": ",".join(["newsarticle"] * MAX_VALUES),
            "page": str(MAX_RESULTS),
            "size": str(MAX_SIZE),
        }
    )
    assert (query.page, query.size, query.type) == (MAX_RESULTS, MAX_SIZE, ("newsarticle",))
    assert errors({"page": str(MAX_RESULTS + 1), "size": str(MAX_SIZE + 1)}) == [
        ("page", "invalid_page", "Số trang phải là số nguyên từ 1 đến 10.000."),
        ("size", "invalid_size", "Số kết quả mỗi trang phải từ 1 đến 50."),
    ]
    assert parse({"page": "1", "size": "1"}).page == 1 and parse({"size": "1"}).size == 1
    assert parse({"page": "000000002"}).page == 2, "nine digits, leading zeros and all"
    assert [code for _p, code, _m in errors({"page": "0000000002"})] == ["invalid_page"]
    assert [code for _p, code, _m in errors({"size": "-5"})] == ["invalid_size"]


def test_a_query_string_is_read_as_browsers_send_it(tagged, agencies):
    """Repeated and comma-separated filter values alike; the last of a repeated single parameter;
    values stripped, repeats dropped, and a bad value refused without losing the good ones."""
    params = QueryDict(mutable=True)
    params.setlist("type", ["newsarticle, reformmodel", " newsarticle ", ""])
    params.setlist("agency", ["so-noi-vu", "ubnd-bat-xat,so-noi-vu"])
    params.setlist("sort", ["newest", "oldest"])
    params.setlist("page", ["2", " 3 "])
    params["q"] = '  "một cửa"  đất\x00 đai  '
    params["from"] = " 2024-01-31 "
    params["tag"] = "dat-dai"
    query = parse(params)
    assert query.type == ("newsarticle", "reformmodel")
    assert query.agency == ("so-noi-vu", "ubnd-bat-xat")
    assert (query.sort, query.page, query.size) == ("oldest", 3, 10)
    assert query.text == '"một cửa"  đất đai'
    assert query.terms == ("đất", "đai") and query.phrases == (("một", "cửa"),)
    assert query.date_from.isoformat() == "2024-01-31" and query.date_to is None
    assert query.tag == ("dat-dai",)

    assert parse({"type": ["reformmodel", "newsarticle"], "page": ["4"], "sort": []}).type == (
        "reformmodel",
        "newsarticle",
    )
    assert parse({"page": ["4", "5"]}).page == 5
    assert parse({"sort": [], "q": []}) == SearchQuery()


def test_the_query_text_is_not_stripped_before_it_is_measured():
    """The limit counts what was sent, as the OpenAPI document says: spaces included."""
    assert [code for _p, code, _m in errors({"q": " " * (MAX_QUERY_LENGTH + 1)})] == ["query_too_long"]


def test_filters_name_only_what_the_public_may_see(tagged, home, agencies):
    """A draft section's slug is refused like one that does not exist, and is not listed either."""
    TopicIndexPageFactory(parent=home, title="Bản nháp", slug="ban-nhap", live=False)
    assert errors({"topic": "ban-nhap"}) == [("topic", "unknown_topic", "Chuyên mục không có: ban-nhap.")]
    assert list(named_values("topic")) == ["thu-tuc-hanh-chinh"]
    assert list(named_values("agency")) == ["so-noi-vu", "ubnd-bat-xat"]
    assert list(named_values("tag")) == ["dat-dai"]
    query = parse({"topic": "thu-tuc-hanh-chinh", "agency": "ubnd-bat-xat", "tag": "dat-dai"})
    assert (query.topic, query.agency, query.tag) == (("thu-tuc-hanh-chinh",), ("ubnd-bat-xat",), ("dat-dai",))
    assert errors({"agency": "dat-dai", "tag": "so-noi-vu"}) == [
        ("agency", "unknown_agency", "Cơ quan, đơn vị không có: dat-dai."),
        ("tag", "unknown_tag", "Từ khóa không có: so-noi-vu."),
    ]


def test_a_quoted_single_word_is_a_word_and_an_empty_quote_nothing():
    query = parse({"q": '"một" ""  cửa "dịch vụ"'})
    assert query.terms == ("một", "cửa") and query.phrases == (("dịch", "vụ"),)
    query = parse({"q": 'xã"một cửa" liên thông'})
    assert query.terms == ("xã", "liên", "thông") and query.phrases == (("một", "cửa"),)
