"""Request parameters → SearchQuery, or a QueryError that says in Vietnamese what is wrong.

/search/ and /api/v1/search/ accept the same parameters and refuse the same mistakes:
each error names the parameter, a machine-readable code (listed in the OpenAPI document)
and a message the HTML page shows above its form and the API returns with a 400.
"""

import datetime
import re

from news.models import Agency, TopicIndexPage
from search.content import content_types, reform_areas
from search.models import SearchFacet
from search.query import (
    DEFAULT_SIZE,
    FACETS,
    FILTER_FIELDS,
    MAX_QUERY_LENGTH,
    MAX_RESULTS,
    MAX_SIZE,
    MAX_VALUES,
    SORTS,
    SearchQuery,
)
from search.text import words

SLUG = re.compile(r"^[-\w]{1,120}$")
# The filters whose values name rows (a topic, an agency, a tag): error code, message.
NAMED_FILTERS = {
    "topic": ("unknown_topic", "Chuyên mục không có: {}."),
    "agency": ("unknown_agency", "Cơ quan, đơn vị không có: {}."),
    "tag": ("unknown_tag", "Từ khóa không có: {}."),
}


class QueryError(Exception):
    """Bad parameters: `errors` is a list of {"parameter", "code", "message"}."""

    def __init__(self, errors):
        super().__init__("; ".join(error["message"] for error in errors))
        self.errors = errors

    @property
    def message(self):
        return " ".join(error["message"] for error in self.errors)


class Parameters:
    """The request's parameters read leniently (a QueryDict or a plain dict), errors collected."""

    def __init__(self, params):
        self.params = params
        self.errors = []

    def error(self, parameter, code, message):
        self.errors.append({"parameter": parameter, "code": code, "message": message})

    def get(self, name, strip=True):
        value = self.params.get(name, "")
        if isinstance(value, list | tuple):
            value = value[-1] if value else ""
        return str(value).strip() if strip else str(value)

    def get_list(self, name):
        """Repeated parameters and comma-separated values alike, as given (repeats included)."""
        raw = self.params.getlist(name) if hasattr(self.params, "getlist") else self.params.get(name, [])
        if isinstance(raw, str):
            raw = [raw]
        values = []
        for item in raw:
            values.extend(part.strip() for part in str(item).split(",") if part.strip())
        return values


def parse(params):
    """A SearchQuery from request parameters (a QueryDict or a plain dict); raises QueryError."""
    read = Parameters(params)
    text, terms, phrases = parse_text(read)
    chosen = parse_filters(read)
    date_from, date_to = parse_dates(read)
    sort = parse_sort(read)
    page, size = parse_paging(read)
    if read.errors:
        raise QueryError(read.errors)
    return SearchQuery(
        text=text,
        terms=terms,
        phrases=phrases,
        date_from=date_from,
        date_to=date_to,
        sort=sort,
        page=page,
        size=size,
        **chosen,
    )


def parse_text(read):
    text = read.get("q", strip=False)  # the limit counts what was sent, as the OpenAPI document says
    if len(text) > MAX_QUERY_LENGTH:
        read.error("q", "query_too_long", f"Từ khóa tìm kiếm quá dài: tối đa {MAX_QUERY_LENGTH} ký tự.")
        return "", (), ()
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    return (text, *split_query(text))


def parse_filters(read):
    """{field: values} for the filters; values must be slugs that name something that exists."""
    chosen = {}
    for field in FILTER_FIELDS:
        name = FACETS[field][0]
        values = read.get_list(name)
        if len(values) > MAX_VALUES:  # counted with repeats: the document's maxItems counts what is sent
            read.error(name, "too_many_values", f"Chọn tối đa {MAX_VALUES} giá trị cho “{name}”.")
            values = []
        values = list(dict.fromkeys(values))
        bad = [value for value in values if not SLUG.match(value)]
        if bad:
            read.error(name, "invalid_value", f"Giá trị không hợp lệ cho “{name}”: {', '.join(v[:40] for v in bad)}.")
            values = [value for value in values if SLUG.match(value)]
        chosen[field] = tuple(values)
    known = {
        "type": (set(content_types()), "unknown_type", "Loại nội dung không có: {}."),
        "area": (set(reform_areas()), "unknown_area", "Lĩnh vực cải cách không có: {}."),
    }
    for field, (allowed, code, message) in known.items():
        unknown = [value for value in chosen[field] if value not in allowed]
        if unknown:
            read.error(FACETS[field][0], code, message.format(", ".join(unknown)))
    for field, (code, message) in NAMED_FILTERS.items():
        unknown = sorted(set(chosen[field]) - existing_slugs(field, chosen[field]))
        if unknown:
            read.error(FACETS[field][0], code, message.format(", ".join(unknown)))
    return chosen


def parse_dates(read):
    dates = {}
    for name, label in (("from", "Từ ngày"), ("to", "Đến ngày")):
        value = read.get(name)
        dates[name] = None
        if value:
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    raise ValueError(value)
                dates[name] = datetime.date.fromisoformat(value)
            except ValueError:
                read.error(
                    name,
                    "invalid_date",
                    f"{label} không hợp lệ: “{value[:40]}” (cần dạng NNNN-TT-NN, ví dụ 2024-05-31).",
                )
    return dates["from"], dates["to"]


def parse_sort(read):
    sort = read.get("sort") or "relevance"
    if sort not in SORTS:
        message = f"Cách sắp xếp không có: “{sort[:40]}” (chọn relevance, newest hoặc oldest)."
        read.error("sort", "invalid_sort", message)
    return sort


def parse_paging(read):
    """Page and size. A page past the first MAX_RESULTS results is not an error, only empty, like a
    page past the last result: the OpenAPI document cannot say "page × size ≤ 10,000", so the
    server does not refuse it either (search.results.SearchResults.pages stops the links there)."""
    page = positive_int(read.get("page"), 1)
    if page is None or page > MAX_RESULTS:
        read.error("page", "invalid_page", f"Số trang phải là số nguyên từ 1 đến {MAX_RESULTS:,}.".replace(",", "."))
    size = positive_int(read.get("size"), DEFAULT_SIZE)
    if size is None or size > MAX_SIZE:
        read.error("size", "invalid_size", f"Số kết quả mỗi trang phải từ 1 đến {MAX_SIZE}.")
    return page, size


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


def named_values(field):
    """The values a named filter accepts, as a flat values_list: the OpenAPI document lists them all.

    Only what the public may see: topics that are live and public, tags of published pages
    (read from the index's own facets), and every agency (the list of agencies is public).
    A draft's tag or a private section's slug is neither accepted nor listed.
    """
    if field == "topic":
        return TopicIndexPage.objects.live().public().order_by("slug").values_list("slug", flat=True).distinct()
    if field == "agency":
        return Agency.objects.order_by("slug").values_list("slug", flat=True)
    return SearchFacet.objects.filter(field="tag").order_by("key").values_list("key", flat=True).distinct()


def existing_slugs(field, values):
    """The values that name a real topic, agency or tag (one small query, none when empty)."""
    if not values:
        return set()
    column = "key" if field == "tag" else "slug"
    return set(named_values(field).filter(**{f"{column}__in": values}))
