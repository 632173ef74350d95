"""Parsing and validating search parameters, and the text helpers both engines share."""

import datetime

import pytest

from search.params import QueryError, parse, split_query
from search.query import MAX_QUERY_LENGTH, SearchQuery
from search.text import Highlighter, folded_text, words


def codes(params):
    with pytest.raises(QueryError) as caught:
        parse(params)
    return {(error["parameter"], error["code"]) for error in caught.value.errors}


def test_words_are_normalized_and_quoted_parts_become_phrases():
    terms, phrases = split_query('Đất  đai "Dịch vụ công" trực, tuyến "một"')
    assert terms == ("đất", "đai", "trực", "tuyến", "một")
    assert phrases == (("dịch", "vụ", "công"),)


def test_an_unbalanced_quote_is_ignored():
    assert split_query('dịch vụ "công') == (("dịch", "vụ", "công"), ())


def test_decomposed_vietnamese_is_composed_first():
    """Some keyboards send the tone mark as a separate character."""
    decomposed = "Đa\u0302\u0301t đai"  # "Đất" typed as a + circumflex + acute
    assert words(decomposed) == ["đất", "đai"]
    assert folded_text(decomposed) == "dat dai"


def test_defaults():
    query = parse({})
    assert query == SearchQuery()
    assert query.effective_sort == "newest", "relevance means nothing without words"
    assert parse({"q": "đất"}).effective_sort == "relevance"


def test_valid_parameters(db):
    query = parse(
        {
            "q": "dat dai",
            "type": "newsarticle,reformmodel",
            "from": "2024-01-01",
            "to": "2024-12-31",
            "sort": "oldest",
            "page": "2",
            "size": "20",
            "area": "procedures",
        }
    )
    assert query.type == ("newsarticle", "reformmodel")
    assert query.date_from == datetime.date(2024, 1, 1) and query.selected_year == 2024
    assert (query.sort, query.page, query.size, query.area) == ("oldest", 2, 20, ("procedures",))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"sort": "popular"}, ("sort", "invalid_sort")),
        ({"from": "2024-13-45"}, ("from", "invalid_date")),
        ({"to": "31/12/2024"}, ("to", "invalid_date")),
        ({"page": "-1"}, ("page", "invalid_page")),
        ({"page": "0"}, ("page", "invalid_page")),
        ({"page": "abc"}, ("page", "invalid_page")),
        ({"page": "9" * 40}, ("page", "invalid_page")),
        ({"page": "10001"}, ("page", "invalid_page")),
        ({"size": "500"}, ("size", "invalid_size")),
        ({"q": "x" * 10_000}, ("q", "query_too_long")),
        ({"type": "video"}, ("type", "unknown_type")),
        ({"area": "sports"}, ("area", "unknown_area")),
        ({"tag": "<script>"}, ("tag", "invalid_value")),
        ({"tag": "khong-co-tu-khoa-nay"}, ("tag", "unknown_tag")),
        ({"topic": "khong-co"}, ("topic", "unknown_topic")),
        ({"agency": "khong-co"}, ("agency", "unknown_agency")),
        ({"type": ",".join(["newsarticle"] * 2 + [f"t{n}" for n in range(25)])}, ("type", "too_many_values")),
    ],
)
def test_bad_parameters_are_refused_with_a_code(db, params, expected):
    assert expected in codes(params)


def test_what_the_openapi_document_allows_is_accepted(db):
    """Issue 9 item 9: the document cannot relate two parameters, so the parser does not either."""
    query = parse({"from": "2024-05-01", "to": "2024-04-01", "page": "2000", "size": "50"})
    assert query.dates_reversed and not query.within_window
    query = parse({"to": "", "from": "", "sort": "", "page": "", "size": "", "agency": ""})
    assert query == SearchQuery()


def test_every_bad_parameter_is_reported_at_once(db):
    assert codes({"sort": "x", "page": "-1", "from": "2024-13-45"}) == {
        ("sort", "invalid_sort"),
        ("page", "invalid_page"),
        ("from", "invalid_date"),
    }


def test_messages_are_vietnamese(db):
    with pytest.raises(QueryError) as caught:
        parse({"q": "x" * (MAX_QUERY_LENGTH + 1)})
    assert "Từ khóa tìm kiếm quá dài" in caught.value.message


def test_shareable_parameters_round_trip(db):
    query = parse({"q": '"một cửa" xã', "type": ["newsarticle"], "from": "2024-01-01", "sort": "newest", "page": "3"})
    assert parse(query.params(page=query.page)) == query
    assert "page" not in query.params(), "links to other filters start again at page 1"


def test_toggling_a_facet_value():
    query = SearchQuery(type=("newsarticle",))
    assert query.toggled("type", "reformmodel")["type"] == ["newsarticle", "reformmodel"]
    assert "type" not in query.toggled("type", "newsarticle")
    assert query.toggled("year", "2024") == {"type": ["newsarticle"], "from": "2024-01-01", "to": "2024-12-31"}


def test_highlighting_marks_folded_matches_and_escapes_the_rest():
    highlighter = Highlighter(["xa"], [("một", "cửa")])
    html = highlighter.mark("Xã & <b>Một cửa</b>; cửa một, xa")
    assert html == "<mark>Xã</mark> &amp; &lt;b&gt;<mark>Một cửa</mark>&lt;/b&gt;; cửa một, <mark>xa</mark>"


def test_words_typed_together_are_marked_together():
    highlighter = Highlighter(["dat", "dai"], [])
    html = highlighter.mark("Đất đai & <b>đặt đài</b>")
    assert html == "<mark>Đất đai</mark> &amp; &lt;b&gt;<mark>đặt đài</mark>&lt;/b&gt;"
    assert highlighter.mark("Đại diện nói về đất") == "<mark>Đại</mark> diện nói về <mark>đất</mark>", (
        "alone in the whole result, each word is still marked"
    )


def test_a_word_found_in_the_phrase_is_not_marked_alone_elsewhere_in_the_result():
    """Issue 12: "cai cach" marked "Cai" in "Lào Cai" in nearly every result; "dat dai" the "đại" of "đại diện"."""
    title, summary = "Lào Cai đẩy mạnh cải cách hành chính", "Tỉnh Lào Cai tìm cách làm mới."
    marks = Highlighter(["cai", "cach"], []).within(title, summary)
    assert marks.mark(title) == "Lào Cai đẩy mạnh <mark>cải cách</mark> hành chính"
    assert marks.mark(summary) == "Tỉnh Lào Cai tìm cách làm mới."

    title, summary = "Đất đai: đại diện các xã góp ý", "Đại diện Sở Tài nguyên trả lời về đất đai."
    marks = Highlighter(["dat", "dai"], []).within(title, summary)
    assert marks.mark(title) == "<mark>Đất đai</mark>: đại diện các xã góp ý"
    assert marks.mark(summary) == "Đại diện Sở Tài nguyên trả lời về <mark>đất đai</mark>."


def test_longer_queries_mark_each_run_of_words_typed_together():
    marks = Highlighter(["cai", "cach", "hanh", "chinh", "xa"], []).within("Lào Cai: cải cách thủ tục hành chính ở xã")
    assert marks.mark("Lào Cai: cải cách thủ tục hành chính ở xã") == (
        "Lào Cai: <mark>cải cách</mark> thủ tục <mark>hành chính</mark> ở <mark>xã</mark>"
    ), "a word never found beside the others (xã) is marked where it stands"


def test_snippet_is_the_passage_with_the_matches():
    text = "Mở đầu không liên quan. " * 30 + "Người dân làm thủ tục đất đai trực tuyến. " + "Kết thúc. " * 30
    snippet = Highlighter(["dat", "dai"], []).snippet(text, length=120)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>đất đai</mark>" in snippet
    assert len(snippet) < 200
    assert Highlighter(["khong", "co"], []).snippet("Không có gì") == "<mark>Không có</mark> gì"
    assert Highlighter(["xyz"], []).snippet("Không có gì") == ""
