"""The one query module behind /search/ and /api/v1/search/: parameters in, results out.

`parse()` turns request parameters into a SearchQuery or raises QueryError with a
Vietnamese message and a machine-readable code per bad parameter. `search()` runs the
query on the configured engine (Elasticsearch when ELASTICSEARCH_URL is set, else the
database; the database also answers when Elasticsearch is down), then adds what both
engines share: highlights, thumbnails, facet labels in order, and a suggestion when
nothing matched.

Query syntax: words are ANDed; "quoted words" must appear together. Matching ignores
diacritics ("dat dai" finds "Đất đai"); words typed with their diacritics rank pages
that have them exactly above the rest.
"""

import dataclasses
import datetime
import logging
import re
import time

from django.utils.http import urlencode

from news.vietnamese import fold_vietnamese
from search.text import Highlighter, fold_word, fold_words, words

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 256
MAX_VALUES = 20
DEFAULT_SIZE = 10
MAX_SIZE = 50
MAX_RESULTS = 10_000  # Elasticsearch's result window: page × size may not go past it
MAX_SUGGESTION_WORDS = 8
SLUG = re.compile(r"^[-\w]{1,120}$")

SORTS = {"relevance": "Phù hợp nhất", "newest": "Mới nhất", "oldest": "Cũ nhất"}

# facet field → (request parameter, heading)
FACETS = {
    "type": ("type", "Loại nội dung"),
    "topic": ("topic", "Chuyên mục"),
    "agency": ("agency", "Cơ quan, đơn vị"),
    "tag": ("tag", "Từ khóa"),
    "area": ("area", "Lĩnh vực cải cách"),
    "year": (None, "Năm"),  # filtered through the date range (from, to)
}
FILTER_FIELDS = ("type", "topic", "agency", "tag", "area")
FACET_SIZES = {"type": 50, "topic": 50, "agency": 50, "tag": 30, "area": 20, "year": 100}


@dataclasses.dataclass(frozen=True)
class SearchQuery:
    """A validated query. `terms` and `phrases` hold normalized words (lower case, NFC)."""

    text: str = ""
    terms: tuple = ()
    phrases: tuple = ()
    type: tuple = ()
    topic: tuple = ()
    agency: tuple = ()
    tag: tuple = ()
    area: tuple = ()
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = "relevance"
    page: int = 1
    size: int = DEFAULT_SIZE

    def __str__(self):
        """The words as typed: what a search box shows (templates/base.html prints {{ query }})."""
        return self.text

    @property
    def has_text(self):
        return bool(self.terms or self.phrases)

    @property
    def effective_sort(self):
        """Relevance means nothing without words: then newest first."""
        return self.sort if self.has_text or self.sort != "relevance" else "newest"

    @property
    def offset(self):
        return (self.page - 1) * self.size

    @property
    def folded_terms(self):
        return fold_words(self.terms)

    @property
    def folded_phrases(self):
        return tuple(tuple(fold_words(phrase)) for phrase in self.phrases)

    def filters(self, exclude=None):
        """{field: values} of the active filters, leaving out `exclude` ("year" leaves out the dates)."""
        active = {field: getattr(self, field) for field in FILTER_FIELDS if getattr(self, field) and field != exclude}
        if exclude != "year":
            if self.date_from:
                active["date_from"] = self.date_from
            if self.date_to:
                active["date_to"] = self.date_to
        return active

    def selected(self, field):
        if field == "year":
            year = self.selected_year
            return {str(year)} if year else set()
        return set(getattr(self, field))

    @property
    def selected_year(self):
        """The year the date range covers exactly, if it does (as the year facet sets it)."""
        start, end = self.date_from, self.date_to
        if start and end and start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return start.year
        return None

    def params(self, **changes):
        """The query as URL parameters (shareable), with `changes` applied; page 1 unless given."""
        values = {
            "q": self.text,
            **{FACETS[field][0]: list(getattr(self, field)) for field in FILTER_FIELDS},
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "sort": self.sort if self.sort != "relevance" else "",
            "size": self.size if self.size != DEFAULT_SIZE else "",
            "page": "",
        }
        values.update(changes)
        return {key: value for key, value in values.items() if value not in ("", None, [], ())}

    def url(self, base, **changes):
        params = self.params(**changes)
        return f"{base}?{urlencode(params, doseq=True)}" if params else base

    def toggled(self, field, key):
        """Parameters with one facet value switched on or off (and back to page 1)."""
        if field == "year":
            if self.selected_year == int(key):
                return self.params(**{"from": "", "to": ""})
            return self.params(**{"from": f"{key}-01-01", "to": f"{key}-12-31"})
        values = list(getattr(self, field))
        values = [value for value in values if value != key] if key in values else [*values, key]
        return self.params(**{FACETS[field][0]: values})

    def replace(self, **changes):
        return dataclasses.replace(self, **changes)


@dataclasses.dataclass
class Hit:
    page_id: int
    title: str
    url: str
    type_key: str
    type_label: str
    published_at: datetime.datetime
    summary: str = ""
    body: str = ""
    agency: tuple | None = None  # (key, label)
    topics: list = dataclasses.field(default_factory=list)  # [(key, label)]
    tags: list = dataclasses.field(default_factory=list)
    byline: str = ""
    image_id: int | None = None
    score: float | None = None
    image: object = None
    title_html: str = ""
    summary_html: str = ""
    snippet_html: str = ""


@dataclasses.dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool = False
    params: dict = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class Facet:
    field: str
    label: str
    parameter: str | None
    values: list

    SHOWN = 8

    @property
    def shown(self):
        """The values listed at once; the rest go behind "Xem thêm"."""
        return self.values[: self.SHOWN]

    @property
    def more(self):
        return self.values[self.SHOWN :]

    @property
    def more_selected(self):
        return any(value.selected for value in self.more)

    @property
    def selected_values(self):
        return [value for value in self.values if value.selected]


@dataclasses.dataclass
class SearchResults:
    query: SearchQuery
    hits: list
    total: int
    facets: dict  # field → {key: (label, count)} from the engine; list of Facet after search()
    engine: str
    took_ms: float = 0.0
    suggestion: dict | None = None
    degraded: bool = False
    active_filters: list = dataclasses.field(default_factory=list)

    @property
    def pages(self):
        """Pages one can ask for (past MAX_RESULTS hits, narrow the search instead)."""
        return max(1, min(-(-self.total // self.query.size), MAX_RESULTS // self.query.size))

    @property
    def has_next(self):
        return self.query.page < self.pages and self.query.page * self.query.size < MAX_RESULTS

    @property
    def has_previous(self):
        return self.query.page > 1

    @property
    def first(self):
        return self.query.offset + 1 if self.hits else 0

    @property
    def last(self):
        return self.query.offset + len(self.hits)


class QueryError(Exception):
    """Bad parameters: `errors` is a list of {"parameter", "code", "message"}."""

    def __init__(self, errors):
        super().__init__("; ".join(error["message"] for error in errors))
        self.errors = errors

    @property
    def message(self):
        return " ".join(error["message"] for error in self.errors)


# ---------------------------------------------------------------- parsing


def parse(params):
    """A SearchQuery from request parameters (a QueryDict or a plain dict); raises QueryError."""
    errors = []

    def error(parameter, code, message):
        errors.append({"parameter": parameter, "code": code, "message": message})

    def get(name):
        value = params.get(name, "")
        if isinstance(value, list | tuple):
            value = value[-1] if value else ""
        return str(value).strip()

    def get_list(name):
        raw = params.getlist(name) if hasattr(params, "getlist") else params.get(name, [])
        if isinstance(raw, str):
            raw = [raw]
        values = []
        for item in raw:
            values.extend(part.strip() for part in str(item).split(",") if part.strip())
        return list(dict.fromkeys(values))

    text = get("q")
    terms, phrases = (), ()
    if len(text) > MAX_QUERY_LENGTH:
        error("q", "query_too_long", f"Từ khóa tìm kiếm quá dài: tối đa {MAX_QUERY_LENGTH} ký tự.")
        text = ""
    else:
        text = "".join(ch for ch in text if ch.isprintable())
        terms, phrases = split_query(text)

    from search.indexing import content_types

    chosen = {}
    known = {
        "type": (set(content_types()), "unknown_type", "Loại nội dung không có: {}."),
        "area": (area_keys(), "unknown_area", "Lĩnh vực cải cách không có: {}."),
    }
    for field in FILTER_FIELDS:
        name = FACETS[field][0]
        values = get_list(name)
        if len(values) > MAX_VALUES:
            error(name, "too_many_values", f"Chọn tối đa {MAX_VALUES} giá trị cho “{name}”.")
            values = []
        bad = [value for value in values if not SLUG.match(value)]
        if bad:
            error(name, "invalid_value", f"Giá trị không hợp lệ cho “{name}”: {', '.join(v[:40] for v in bad)}.")
            values = [value for value in values if SLUG.match(value)]
        chosen[field] = tuple(values)
    for field, (allowed, code, message) in known.items():
        unknown = [value for value in chosen[field] if value not in allowed]
        if unknown:
            error(FACETS[field][0], code, message.format(", ".join(unknown)))
    for field, (code, message) in {
        "topic": ("unknown_topic", "Chuyên mục không có: {}."),
        "agency": ("unknown_agency", "Cơ quan, đơn vị không có: {}."),
        "tag": ("unknown_tag", "Từ khóa không có: {}."),
    }.items():
        unknown = sorted(set(chosen[field]) - existing_slugs(field, chosen[field]))
        if unknown:
            error(FACETS[field][0], code, message.format(", ".join(unknown)))

    dates = {}
    for name, label in (("from", "Từ ngày"), ("to", "Đến ngày")):
        value = get(name)
        dates[name] = None
        if value:
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    raise ValueError(value)
                dates[name] = datetime.date.fromisoformat(value)
            except ValueError:
                error(
                    name,
                    "invalid_date",
                    f"{label} không hợp lệ: “{value[:40]}” (cần dạng NNNN-TT-NN, ví dụ 2024-05-31).",
                )
    if dates["from"] and dates["to"] and dates["from"] > dates["to"]:
        error("from", "invalid_date_range", "“Từ ngày” phải trước hoặc bằng “Đến ngày”.")

    sort = get("sort") or "relevance"
    if sort not in SORTS:
        error("sort", "invalid_sort", f"Cách sắp xếp không có: “{sort[:40]}” (chọn relevance, newest hoặc oldest).")

    page = positive_int(get("page"), 1)
    if page is None:
        error("page", "invalid_page", "Số trang phải là số nguyên dương (1, 2, 3…).")
    size = positive_int(get("size"), DEFAULT_SIZE)
    if size is None or size > MAX_SIZE:
        error("size", "invalid_size", f"Số kết quả mỗi trang phải từ 1 đến {MAX_SIZE}.")
    if page and size and size <= MAX_SIZE and page * size > MAX_RESULTS:
        error(
            "page",
            "page_too_deep",
            f"Chỉ xem được {MAX_RESULTS:,} kết quả đầu tiên; hãy thu hẹp tìm kiếm.".replace(",", "."),
        )

    if errors:
        raise QueryError(errors)
    return SearchQuery(
        text=text,
        terms=terms,
        phrases=phrases,
        date_from=dates["from"],
        date_to=dates["to"],
        sort=sort,
        page=page,
        size=size,
        **chosen,
    )


def split_query(text):
    """("words", ("a phrase",)) from the text typed: quoted parts are phrases, the rest words."""
    phrases, rest, position = [], [], 0
    for match in re.finditer(r'"([^"]*)"', text):
        rest.append(text[position : match.start()])
        phrase = tuple(words(match.group(1)))
        if len(phrase) > 1:
            phrases.append(phrase)
        elif phrase:
            rest.append(phrase[0])
        position = match.end()
    rest.append(text[position:].replace('"', " "))
    terms = tuple(dict.fromkeys(words(" ".join(rest))))
    return terms, tuple(dict.fromkeys(phrases))


def positive_int(value, default):
    if value == "":
        return default
    if not re.fullmatch(r"\d{1,9}", value):
        return None
    number = int(value)
    return number if number >= 1 else None


def area_keys():
    from news.models import ReformArea

    return {choice.value for choice in ReformArea}


def existing_slugs(field, values):
    """The values that name a real topic, agency or tag (one small query, none when empty)."""
    if not values:
        return set()
    from taggit.models import Tag

    from news.models import Agency, TopicIndexPage

    model = {"topic": TopicIndexPage, "agency": Agency, "tag": Tag}[field]
    return set(model.objects.filter(slug__in=values).values_list("slug", flat=True))


# ---------------------------------------------------------------- running


def search(query, engine=None):
    """Runs the query; returns SearchResults with hits decorated and facets as Facet lists."""
    from search import engines

    started = time.perf_counter()
    engine = engine or engines.get_engine()
    degraded = False
    try:
        results = engine.search(query)
    except engines.EngineUnavailable as error:
        if engine.name == "database":
            raise
        logger.warning("Search: %s unavailable (%s); answering from the database", engine.name, error)
        engine, degraded = engines.DatabaseEngine(), True
        results = engine.search(query)
    results.degraded = degraded
    if results.total == 0 and query.has_text:
        results.suggestion = suggest(query, engine)
    decorate(results.hits, query)
    results.facets = facet_lists(results.facets, query)
    results.active_filters = active_filters(query, results.facets)
    results.took_ms = (time.perf_counter() - started) * 1000
    return results


def decorate(hits, query):
    """Highlights (the same for both engines) and lead images, in one query for the page."""
    from wagtail.images import get_image_model

    from news.renditions import CARD_RENDITIONS

    highlighter = Highlighter(query.terms, query.phrases)
    for hit in hits:
        hit.title_html = highlighter.mark(hit.title)
        hit.summary_html = highlighter.mark(hit.summary)
        hit.snippet_html = highlighter.snippet(hit.body) if highlighter else ""
    image_ids = {hit.image_id for hit in hits if hit.image_id}
    if image_ids:
        images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(*CARD_RENDITIONS)
        images = {image.pk: image for image in images}
        for hit in hits:
            hit.image = images.get(hit.image_id)


def facet_lists(counts, query):
    """Engine counts ({field: {key: (label, count)}}) as Facets, most frequent first, years newest first.

    A chosen value is always listed (with 0 when nothing matches it), so it can be unchosen.
    """
    facets = {}
    for field, (parameter, heading) in FACETS.items():
        values = dict(counts.get(field, {}))
        selected = query.selected(field)
        missing = selected - set(values)
        if missing:
            labels = value_labels(field, missing)
            values.update({key: (labels.get(key, key), 0) for key in missing})
        items = [
            FacetValue(key=key, label=label, count=count, selected=key in selected, params=query.toggled(field, key))
            for key, (label, count) in values.items()
            if count > 0 or key in selected
        ]
        if field == "year":
            items.sort(key=lambda item: item.key, reverse=True)
        else:
            items.sort(key=lambda item: (-item.count, fold_vietnamese(item.label.lower())))
        limit = FACET_SIZES[field]
        items = items[:limit] + [item for item in items[limit:] if item.selected]
        facets[field] = Facet(field=field, label=heading, parameter=parameter, values=items)
    return facets


def value_labels(field, keys):
    """Labels for chosen values that no result has (one small query at most)."""
    from taggit.models import Tag

    from news.models import Agency, ReformArea, TopicIndexPage
    from search.indexing import content_types

    if field == "type":
        return content_types()
    if field == "area":
        return {choice.value: str(choice.label) for choice in ReformArea}
    if field == "year":
        return {key: key for key in keys}
    model, label = {"topic": (TopicIndexPage, "title"), "agency": (Agency, "name"), "tag": (Tag, "name")}[field]
    return dict(model.objects.filter(slug__in=keys).values_list("slug", label))


def active_filters(query, facets):
    """The filters in force, each with the parameters that remove it: for the "Đang lọc" chips."""
    active = []
    for field in FILTER_FIELDS:
        for value in facets[field].values:
            if value.selected:
                active.append({"label": f"{facets[field].label}: {value.label}", "params": value.params})
    year = query.selected_year
    if year:
        active.append({"label": f"Năm {year}", "params": query.params(**{"from": "", "to": ""})})
    else:
        if query.date_from:
            label = f"Từ ngày {query.date_from:%d/%m/%Y}"
            active.append({"label": label, "params": query.params(**{"from": ""})})
        if query.date_to:
            active.append({"label": f"Đến ngày {query.date_to:%d/%m/%Y}", "params": query.params(to="")})
    return active


def suggest(query, engine):
    """Another query that finds something, when this one found nothing; or None.

    Candidates, in order of preference: the words no page has corrected (the engine's
    spelling suggestions), the same words without quotes, only the words that occur at all
    (or, when each occurs but never all together, the longest run of them that finds
    most), the same words without filters. Each is checked with a count; the engine counts
    a batch at once (one _msearch on Elasticsearch).
    """
    words_only = list(query.terms) + [word for phrase in query.phrases for word in phrase]
    words_only = list(dict.fromkeys(words_only))[:MAX_SUGGESTION_WORDS]

    def candidate(text, keep_filters=True):
        terms, phrases = split_query(text)
        if keep_filters:
            return query.replace(text=text, terms=terms, phrases=phrases, page=1)
        return SearchQuery(text=text, terms=terms, phrases=phrases, sort=query.sort, size=query.size)

    singles = engine.counts([SearchQuery(text=word, terms=(word,)) for word in words_only])
    found = [word for word, count in zip(words_only, singles, strict=True) if count]
    unknown = {fold_word(word): word for word in words_only if word not in found}
    candidates = []
    corrections = engine.suggest_spelling(query, set(unknown))
    if corrections:
        spelled = [corrections.get(fold_word(word), word) for word in words_only]
        candidates.append(("spelling", candidate(" ".join(spelled))))
    if query.phrases:
        candidates.append(("without_quotes", candidate(" ".join(words_only))))
    if found and len(found) < len(words_only):
        candidates.append(("fewer_words", candidate(" ".join(found))))
    elif len(found) == len(words_only) > 1:
        # Every word occurs, never all together: the longest run of them that finds most.
        runs = [
            words_only[start : start + size]
            for size in range(len(words_only) - 1, 0, -1)
            for start in range(len(words_only) - size + 1)
        ]
        run_queries = [candidate(" ".join(run)) for run in runs]
        best = None
        for run, run_query, count in zip(runs, run_queries, engine.counts(run_queries), strict=True):
            if best and len(run) < len(best[0]):
                break
            if count and (best is None or count > best[2]):
                best = (run, run_query, count)
        if best:
            candidates.append(("fewer_words", best[1]))
    if query.filters():
        candidates.append(("without_filters", candidate(query.text, keep_filters=False)))
    candidates = [(reason, item) for reason, item in candidates if item != query and item.has_text]
    for (reason, suggestion), total in zip(candidates, engine.counts([item for _, item in candidates]), strict=True):
        if total:
            return {"reason": reason, "q": suggestion.text, "total": total, "params": suggestion.params()}
    return None
