"""The database engine's own promises: counts from bitmaps equal what the filters find, ranking
from the full-text index keeps phrase matches and the reader's diacritics first, and a search
whose words match a great many pages still ranks them and pages through them consistently.
Elasticsearch keeps the facet and ranked-window promises the same way, so those tests run on
both engines."""

import datetime

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

from news.factories import ReformModelPageFactory
from search import documents, rebuild
from search import query as queries
from tests.search.helpers import Harness, article

pytestmark = pytest.mark.django_db


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 9, 0))


@pytest.fixture
def engine(no_es):
    return Harness("database")


@pytest.fixture
def pages(topic, second_topic, agencies, publish):
    """Twelve pages over two sections, two agencies, two types, three years; all about một cửa."""
    made = []
    for number in range(12):
        factory = ReformModelPageFactory if number % 4 == 0 else None
        fields = {
            "parent": topic if number % 2 else second_topic,
            "title": f"Bộ phận một cửa số {number}",
            "first_published_at": at(2023 + number % 3, 1 + number % 12, 1 + number),
            "agency": agencies.home_affairs if number % 3 else agencies.bat_xat,
            "tags": ["một cửa", "dịch vụ công"] if number % 2 else ["một cửa"],
        }
        page = factory(**fields) if factory else article(fields.pop("parent"), fields.pop("title"), **fields)
        made.append(publish(page))
    return made


def test_facet_counts_under_filters_equal_what_choosing_each_value_finds(either_engine, pages, topic, agencies):
    """With a filter chosen, every other facet counts the pages that filter leaves, and the chosen
    facet's own values count what choosing them instead would find (on both engines)."""
    engine = either_engine
    chosen = {"q": "một cửa", "agency": "so-noi-vu", "from": "2023-01-01", "to": "2024-12-31"}
    results = engine.search(**chosen)
    assert results.total == len(engine.titles(size=50, **chosen)) > 0
    for field, facet in results.facets.items():
        for value in facet.values:
            if field == "year":
                params = {**chosen, "from": f"{value.key}-01-01", "to": f"{value.key}-12-31"}
            elif field == "agency":
                params = {**chosen, "agency": value.key}
            else:
                params = {**chosen, facet.parameter: value.key}
            assert engine.total(**params) == value.count, (field, value.key)
    # and the chosen facets list every value choosing instead would find, not only the chosen one
    other_agencies = engine.search(**{key: value for key, value in chosen.items() if key != "agency"})
    assert keys(results.facets["agency"]) == keys(other_agencies.facets["agency"]) == {"so-noi-vu", "ubnd-bat-xat"}
    other_years = engine.search(q=chosen["q"], agency=chosen["agency"])
    assert keys(results.facets["year"]) == keys(other_years.facets["year"]) and len(keys(results.facets["year"])) > 1


def keys(facet):
    return {value.key for value in facet.values}


def test_a_chosen_value_past_the_most_frequent_is_listed_with_its_count(either_engine, pages, monkeypatch):
    """A facet lists its most frequent values only; one the reader chose among the rarer is listed too,
    with what it finds, so the reader sees it counted and can unchoose it."""
    monkeypatch.setitem(queries.FACET_SIZES, "tag", 1)
    engine = either_engine
    assert [(value.key, value.count) for value in engine.search().facets["tag"].values] == [("mot-cua", 12)]
    chosen = engine.search(tag="dich-vu-cong").facets["tag"].values
    assert [(value.key, value.count, value.selected) for value in chosen] == [
        ("mot-cua", 12, False),
        ("dich-vu-cong", 6, True),
    ]


def test_browsing_counts_every_page_and_lists_newest_first(engine, pages):
    results = engine.search()
    assert results.total == 12
    assert sum(value.count for value in results.facets["type"].values) == 12
    newest = sorted(pages, key=lambda page: page.first_published_at, reverse=True)
    assert engine.titles(size=5, page=2) == [page.title for page in newest[5:10]]
    assert engine.titles(sort="oldest", size=3) == [page.title for page in newest[::-1][:3]]


def test_a_date_range_keeps_exactly_the_days_in_it(engine, pages):
    days = sorted(timezone.localtime(page.first_published_at).date() for page in pages)
    start, end = days[3], days[7]
    expected = [day for day in days if start <= day <= end]
    assert engine.total(**{"from": start.isoformat(), "to": end.isoformat()}) == len(expected)


def test_suggestions_are_still_offered(engine, pages):
    results = engine.search(q="một cửa Kafka")
    assert results.total == 0
    assert results.suggestion["reason"] == "fewer_words" and results.suggestion["q"] == "một cửa"
    assert results.suggestion["total"] == engine.total(q="một cửa") == 12


NEUTRAL = "Tin từ cơ sở."  # the factory's own summary names "cải cách hành chính"


@pytest.fixture
def reform_pages(topic, publish):
    def body(text):
        return [("paragraph", RichText(f"<p>{text}</p>"))]

    older_phrase = publish(
        article(topic, "Hội nghị ở các xã", published=at(2024, 1, 5), summary=NEUTRAL, body=body("Bàn về cải cách."))
    )
    lone_words = [
        publish(
            article(
                topic,
                f"Lào Cai tìm cách làm số {number}",
                published=at(2024, 6, 1 + number),
                summary=NEUTRAL,
                body=body("Lào Cai có nhiều cách làm hay."),
            )
        )
        for number in range(6)
    ]
    newer_phrase = publish(
        article(topic, "Sơ kết ở huyện", published=at(2024, 3, 5), summary=NEUTRAL, body=body("Cải cách cấp huyện."))
    )
    return older_phrase, lone_words, newer_phrase


def test_the_words_together_rank_first_and_the_reader_s_diacritics_next(engine, reform_pages):
    older_phrase, lone_words, newer_phrase = reform_pages
    titles = engine.titles(q="cai cach")
    assert set(titles[:2]) == {older_phrase.title, newer_phrase.title}
    assert set(titles[2:]) == {page.title for page in lone_words}
    assert engine.titles(q="cải cách")[:2] == engine.titles(q="cai cach")[:2]


@pytest.fixture
def ranked_three(monkeypatch):
    """A ranked window of the three newest pages found, which Elasticsearch finds to the page (each page
    id a block of its own in the pages it indexes from now on), as the database does."""
    monkeypatch.setattr(queries, "RANKED", 3)
    monkeypatch.setattr(documents, "PAGE_BLOCK", 1)


@pytest.fixture(params=["database", "elasticsearch"])
def either_engine(request, no_es):
    if request.param == "elasticsearch":
        es = request.getfixturevalue("es")
        rebuild.rebuild(grace=0)
        return Harness("elasticsearch", es)
    return Harness("database")


def test_when_very_many_pages_match_the_newest_are_ranked_and_the_rest_follow_newest_first(
    ranked_three, either_engine, reform_pages
):
    """Past search.query.RANKED matches only the newest are ranked (bounded work); pages never repeat."""
    engine = either_engine
    older_phrase, lone_words, newer_phrase = reform_pages
    everything = engine.titles(q="cai cach", size=50)
    ranked_window = [newer_phrase.title, lone_words[5].title, lone_words[4].title]  # the three newest pages (ids)
    assert everything[:3] == ranked_window, "the phrase ranks first among the ranked"
    rest = sorted([older_phrase, *lone_words[:4]], key=lambda page: page.first_published_at, reverse=True)
    assert everything[3:] == [page.title for page in rest]
    paged = [title for number in (1, 2, 3, 4) for title in engine.titles(q="cai cach", size=2, page=number)]
    assert paged == everything


def test_a_filter_ranks_the_newest_pages_it_leaves_not_the_newest_of_the_words_alone(
    ranked_three, either_engine, reform_pages
):
    """A journalist narrowing to the first half of 2024 gets those pages by relevance: the ranked window
    is the newest RANKED pages found under the filters, though newer pages have the words too."""
    engine = either_engine
    older_phrase, lone_words, newer_phrase = reform_pages
    found = engine.titles(q="cai cach", **{"from": "2024-01-01", "to": "2024-06-01"})
    assert set(found[:2]) == {older_phrase.title, newer_phrase.title}, "both phrase matches are ranked first"
    assert found[2:] == [lone_words[0].title]
    paged = [
        title
        for number in (1, 2)
        for title in engine.titles(q="cai cach", size=2, page=number, **{"from": "2024-01-01", "to": "2024-06-01"})
    ]
    assert paged == found
