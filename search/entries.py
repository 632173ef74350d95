"""From a page to what the engines read: its SearchEntry with facet rows, and its Elasticsearch document.

An entry is the page denormalized (title, text, labels, URL, words with and without
diacritics); the document is built from the entry through ContentDocument, the class
that also defines the index's mapping, so the two cannot disagree on a field.
"""

import json
import types
from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from modelsearch import index as search_index

from news.models import Agency, ContentPage, ContentPageTag, TopicIndexPage
from search.content import content_types, reform_areas, specific_pages, type_key
from search.documents import BLOCK, field_value, page_block
from search.models import SearchEntry
from search.text import fold_words, folded_text, nfc, padded, words

SEPARATE_FIELDS = {"title", "summary", "byline"}  # kept in their own fields
# What EntryBuilder.entry reads of every page besides its searchable fields (url_path for its URL,
# path for its section): loading only these halves the cost of reading a page.
PAGE_COLUMNS = [
    "pk",
    "content_type_id",
    "title",
    "path",
    "url_path",
    "first_published_at",
    "last_published_at",
    "expire_at",
    "summary",
    "agency_id",
    "lead_image_id",
    "reform_area",
]
# SearchEntry built from positional values: its keyword __init__ costs several times more per row.
ENTRY_COLUMNS = [field.attname for field in SearchEntry._meta.concrete_fields]


class EntryBuilder:
    """Turns specific content pages into SearchEntry rows and their facet rows, a batch at a time."""

    def __init__(self):
        self.agencies = {a.pk: (a.slug, a.name) for a in Agency.objects.only("pk", "slug", "name")}
        self.sections = {t.path: (t.slug, t.title) for t in TopicIndexPage.objects.only("path", "slug", "title")}
        self.types = content_types()
        self.areas = reform_areas()
        # Wagtail caches the sites' root paths on whatever object get_url_parts() is given.
        self.url_cache = types.SimpleNamespace()

    def build(self, pages):
        """[(entry, [(field, key, label), …])] for the pages that can be reached at a URL."""
        ids = [page.pk for page in pages]
        tags, topics = defaultdict(list), defaultdict(list)
        for page_id, slug, name in (
            ContentPageTag.objects.filter(content_object_id__in=ids)
            .order_by("tag__name")
            .values_list("content_object_id", "tag__slug", "tag__name")
        ):
            tags[page_id].append([slug, name])
        for page_id, slug, title in (
            ContentPage.topics.through.objects.filter(contentpage_id__in=ids)
            .order_by("topicindexpage__path")
            .values_list("contentpage_id", "topicindexpage__slug", "topicindexpage__title")
        ):
            topics[page_id].append([slug, title])
        built = []
        for page in pages:
            entry = self.entry(page, tags[page.pk], topics[page.pk])
            if entry is not None:
                built.append((entry, self.facets(entry)))
        return built

    def facets(self, entry):
        """The entry's values for every filter and facet (the database engine's SearchFacet rows)."""
        year, day = str(entry.year), entry.published_date.isoformat()
        facets = [("type", entry.type_key, entry.type_label), ("year", year, year), ("date", day, day)]
        facets += [("topic", key, label) for key, label in entry.topics]
        facets += [("tag", key, label) for key, label in entry.tags]
        if entry.agency_key:
            facets.append(("agency", entry.agency_key, entry.agency_label))
        if entry.area_key:
            facets.append(("area", entry.area_key, self.areas.get(entry.area_key, entry.area_key)))
        return [(field, key[:120], label[:255]) for field, key, label in facets]

    def entry(self, page, tags, extra_topics):
        parts = page.get_url_parts(request=self.url_cache)
        if not parts or parts[2] is None:
            return None  # not under any site: nobody can reach it
        published_at = page.first_published_at or page.last_published_at or timezone.now()
        section = self.sections.get(page.path[: -page.steplen])
        topics = [list(section)] if section else []
        topics += [topic for topic in extra_topics if topic not in topics]
        agency_key, agency_label = self.agencies.get(page.agency_id, ("", ""))
        body = nfc(" ".join(" ".join(flatten(value) for value in body_values(page)).split()))
        summary = nfc(" ".join((page.summary or "").split()))
        byline = nfc(getattr(page, "byline", "") or "")
        title = nfc(page.title)
        field_words = {
            "title": words(title),
            "summary": words(summary),
            "body": words(body),
            "keywords": words(keywords_text(byline, tags)),
        }
        folded = {name: fold_words(tokens) for name, tokens in field_words.items()}
        text_words = [token for tokens in field_words.values() for token in tokens]
        entry = new_entry(
            page_id=page.pk,
            title=title[:255],
            summary=summary,
            body=body,
            url=parts[2][:2048],
            type_key=type_key(page.specific_class),
            type_label=self.types.get(type_key(page.specific_class), str(page.specific_class._meta.verbose_name)),
            agency_key=agency_key,
            agency_label=agency_label,
            area_key=getattr(page, "reform_area", "") or "",
            topics=topics,
            tags=tags,
            byline=byline[:255],
            image_id=page.lead_image_id,
            published_at=published_at,
            published_date=timezone.localtime(published_at).date(),
            year=timezone.localtime(published_at).year,
            expires_at=page.expire_at,
            search_title=padded(field_words["title"]),
            search_title_folded=padded(folded["title"]),
            search_text=padded(text_words),
            search_text_folded=padded([token for tokens in folded.values() for token in tokens]),
            indexed_at=None,  # set when written (search.storage)
        )
        # The Elasticsearch document reuses the folding when it is built in the same pass.
        entry.folded_fields = {name: " ".join(tokens) for name, tokens in folded.items()}
        return entry


def new_entry(**values):
    """A SearchEntry from every column's value (positional arguments: Django's fast path)."""
    return SearchEntry(*(values[name] for name in ENTRY_COLUMNS))


def load_pages(page_ids):
    """The pages as their own types, with only the columns their entries read, in page id order."""
    return specific_pages(page_ids, columns=entry_columns)


def entry_columns(model):
    """The columns of `model` an entry reads: PAGE_COLUMNS and the searchable ones (a search
    field that is a method loads what it needs itself, as on any model instance)."""
    columns = list(PAGE_COLUMNS)
    for field in model.search_fields:
        if isinstance(field, search_index.SearchField):
            try:
                model_field = model._meta.get_field(field.field_name)
            except FieldDoesNotExist:
                continue
            if model_field.concrete:
                columns.append(model_field.attname)
    return list(dict.fromkeys(columns))


def body_values(page):
    """The text of every searchable field of the page's type except title, summary and byline:
    StreamFields flattened, rich text stripped — so page types still to come need no code here."""
    for field in page.search_fields:
        if isinstance(field, search_index.SearchField) and field.field_name not in SEPARATE_FIELDS:
            yield field.get_value(page)


def flatten(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(flatten(item) for item in value)
    return str(value)


def keywords_text(byline, tags):
    """What the `keywords` field holds: the byline and the tag names."""
    return " ".join([byline, *(name for _, name in tags)])


def document_source(entry, areas):
    """The entry as the body of its ContentDocument: the same text, plus folded twins.

    A plain dict, not a ContentDocument instance: elasticsearch-dsl's to_dict() walked every
    field of every document and cost more than building the entry. The strict mapping refuses
    any field ContentDocument does not define (and a test checks that every one is filled).
    `areas` is reform_areas(), read once per batch (its labels are translated strings).
    """
    keywords = keywords_text(entry.byline, entry.tags)
    folded = getattr(entry, "folded_fields", None) or {
        "title": folded_text(entry.title),
        "summary": folded_text(entry.summary),
        "body": folded_text(entry.body),
        "keywords": folded_text(keywords),
    }
    return {
        "page_id": entry.page_id,
        "title": entry.title,
        "title_folded": folded["title"],
        "summary": entry.summary,
        "summary_folded": folded["summary"],
        "body": entry.body,
        "body_folded": folded["body"],
        "keywords": keywords,
        "keywords_folded": folded["keywords"],
        "type": entry.type_key,
        "agency": entry.agency_key or None,
        "area": entry.area_key or None,
        "topics": [key for key, _ in entry.topics],
        "tags": [key for key, _ in entry.tags],
        "year": entry.year,
        "published_at": entry.published_at.isoformat(),
        "published_date": entry.published_date.isoformat(),
        "expires_at": entry.expires_at.isoformat() if entry.expires_at else None,
        "facets": facet_values(entry, areas),
        "display": {
            "url": entry.url,
            "type_label": entry.type_label,
            "agency_label": entry.agency_label,
            "topics": entry.topics,
            "tags": entry.tags,
            "byline": entry.byline,
            "image_id": entry.image_id,
        },
    }


def facet_values(entry, areas):
    """The `facets` field of the entry's document: each facet value with its field and label, the year,
    and the block of the page id (documents.FIELD_SEPARATOR)."""
    values = [
        field_value(BLOCK, page_block(entry.page_id)),
        field_value("year", entry.year),
        field_value("type", entry.type_key, entry.type_label),
    ]
    if entry.agency_key:
        values.append(field_value("agency", entry.agency_key, entry.agency_label))
    if entry.area_key:
        values.append(field_value("area", entry.area_key, areas.get(entry.area_key, entry.area_key)))
    values += [field_value("topic", key, label) for key, label in entry.topics]
    values += [field_value("tag", key, label) for key, label in entry.tags]
    return values


def index_actions(entries, index):
    """Bulk actions that put the entries' documents in `index`: `_index`, `_id` (the page's), `_source`."""
    areas = reform_areas()
    return [
        {"_op_type": "index", "_index": index, "_id": entry.page_id, "_source": document_source(entry, areas)}
        for entry in entries
    ]


def bulk_body(entries, index):
    """index_actions() as the NDJSON body of one bulk request, serialized as the client would (compact,
    UTF-8): a rebuild's worker process does this work, and hands over one bytes object instead of
    documents to unpickle."""
    lines = []
    for action in index_actions(entries, index):
        lines.append({action["_op_type"]: {"_index": action["_index"], "_id": action["_id"]}})
        lines.append(action["_source"])
    return "".join(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n" for line in lines).encode()
