"""Running a search: the one function behind /search/ and /api/v1/search/.

`search()` runs a parsed query on the configured engine (Elasticsearch when
ELASTICSEARCH_URL is set, else the database; the database also answers when
Elasticsearch is down, times out, or failed a moment ago — see search.breaker), then
adds what both engines share: highlights, thumbnails, facet labels in order, the active
filters, and a suggestion when nothing matched.
"""

import logging
import time

from taggit.models import Tag
from wagtail.images import get_image_model

from news.models import Agency, TopicIndexPage
from search import breaker, engines
from search.content import CARD_RENDITIONS, content_types, reform_areas
from search.errors import EngineUnavailable
from search.params import split_query
from search.query import FACET_SIZES, FACETS, FILTER_FIELDS, SearchQuery
from search.results import Facet, FacetValue
from search.text import Highlighter, fold_word

logger = logging.getLogger(__name__)

MAX_SUGGESTION_WORDS = 8


def search(query, engine=None):
    """Runs the query; returns SearchResults with hits decorated and facets as Facet lists."""
    started = time.perf_counter()
    engine = engine or engines.get_engine()
    degraded = False
    state = breaker.CLOSED if engine.name == "database" else breaker.allow()
    if state is None:  # Elasticsearch failed a moment ago: do not make this reader wait on it
        engine, degraded = engines.DatabaseEngine(), True
    try:
        results = engine.search(query)
    except EngineUnavailable as error:
        if engine.name == "database":
            raise
        logger.warning("Search: %s unavailable (%s); answering from the database", engine.name, error)
        breaker.record_failure(error)
        engine, degraded = engines.DatabaseEngine(), True
        results = engine.search(query)
    else:
        if not degraded:
            breaker.record_success(state)
    results.degraded = degraded
    if results.total == 0 and query.has_text:
        try:
            results.suggestion = suggest(query, engine)
        except EngineUnavailable as error:  # the server failed between the search and the suggestion
            breaker.record_failure(error)
            results.suggestion = None
    decorate(results.hits, query)
    results.facets = facet_lists(results.facets, query)
    results.active_filters = active_filters(query, results.facets)
    results.took_ms = (time.perf_counter() - started) * 1000
    return results


def decorate(hits, query):
    """Highlights (the same for both engines) and lead images, in one query for the page."""
    highlighter = Highlighter(query.terms, query.phrases)
    for hit in hits:
        marks = highlighter.within(hit.title, hit.summary, hit.body) if highlighter else highlighter
        hit.title_html = marks.mark(hit.title)
        hit.summary_html = marks.mark(hit.summary)
        hit.snippet_html = marks.snippet(hit.body) if highlighter else ""
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
            # fold_word keeps what it folded: the same few hundred labels come back in every search
            items.sort(key=lambda item: (-item.count, fold_word(item.label.lower())))
        limit = FACET_SIZES[field]
        items = items[:limit] + [item for item in items[limit:] if item.selected]
        facets[field] = Facet(field=field, label=heading, parameter=parameter, values=items)
    return facets


def value_labels(field, keys):
    """Labels for chosen values that no result has (one small query at most)."""
    if field == "type":
        return content_types()
    if field == "area":
        return reform_areas()
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
        best = longest_run_that_finds_most(words_only, candidate, engine)
        if best:
            candidates.append(("fewer_words", best))
    if query.filters():
        candidates.append(("without_filters", candidate(query.text, keep_filters=False)))
    candidates = [(reason, item) for reason, item in candidates if item != query and item.has_text]
    for (reason, suggestion), total in zip(candidates, engine.counts([item for _, item in candidates]), strict=True):
        if total:
            return {"reason": reason, "q": suggestion.text, "total": total, "params": suggestion.params()}
    return None


def longest_run_that_finds_most(words_only, candidate, engine):
    """Every word occurs, never all together: the query of the longest run of them that finds most.

    Runs are counted longest first, one length at a time (one batch each), and the shorter
    ones are never counted once a length finds something: at most 28 counts for 8 words,
    usually a handful.
    """
    for size in range(len(words_only) - 1, 0, -1):
        runs = [words_only[start : start + size] for start in range(len(words_only) - size + 1)]
        run_queries = [candidate(" ".join(run)) for run in runs]
        counts = engine.counts(run_queries)
        if any(counts):
            best = max(range(len(runs)), key=lambda index: (counts[index], -index))  # ties: the first run
            return run_queries[best]
    return None
