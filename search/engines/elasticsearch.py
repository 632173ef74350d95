"""The Elasticsearch engine: one round trip per search (`_msearch`), on the alias.

Matching runs on the `*_folded` fields (every word must occur, diacritics ignored);
the same words on the unfolded fields only add to the score, so a page that has the
words with the reader's diacritics ranks above one that has them only folded. Facets
are aggregations, each filtered by every active filter except its own, while the
filters themselves go in `post_filter` so they do not narrow the aggregations.

A search is two searches: the counts (total and facets: every matching page, matched only,
never scored) and the page of hits (scored, without a total to count). Neither holds `now`
(the expiry cut-off is written as a date), so the shard request cache answers a repeated
search until the index next changes. By date, the two go side by side in one `_msearch`. By
relevance, as on the database engine, only the newest search.query.RANKED matches of the words
are scored (older ones follow, newest first): the counts come first, since their histogram of
page ids says where that window begins.
"""

import datetime

from django.utils import timezone
from elasticsearch import ApiError
from elasticsearch_dsl import A, MultiSearch, Q, Search

from search import documents
from search import query as queries
from search.errors import unavailable_on_error
from search.query import FACET_SIZES, FACETS, FILTER_FIELDS
from search.results import Hit, SearchResults

FOLDED_FIELDS = ["title_folded^3", "summary_folded^2", "body_folded", "keywords_folded^2"]
EXACT_FIELDS = ["title^3", "summary^2", "body", "keywords^2"]
FILTER_KEYS = {"type": "type", "topic": "topics", "agency": "agency", "tag": "tags", "area": "area"}
FACET_KEYS = {
    "type": "type_facet",
    "topic": "topic_facet",
    "agency": "agency_facet",
    "tag": "tag_facet",
    "area": "area_facet",
    "year": "year",
}
SUGGEST_FIELDS = ["title_folded", "summary_folded", "body_folded"]
RESCORE_WINDOW = 200
# The ranked window's start is found to within this many page ids (a histogram of the matches).
RANKED_STEP = 1_000
NEWEST = "newest"  # the counting search's histogram of page ids, newest first
# Added to the score of a page where the words typed stand together: more than any page's score
# for the words apart, so phrase matches rank first and keep their own order among themselves.
TOGETHER_BOOST = 1000


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, client=None, index=None):
        self.client = client
        self.index = index

    def search_object(self):
        return Search(using=self.client or documents.get_client(), index=self.index or documents.alias_name())

    def execute_all(self, searches):
        """Runs searches in one _msearch; one retry if the alias moved (a rebuild's swap) under one of them."""
        multi = MultiSearch(using=self.client or documents.get_client(), index=self.index or documents.alias_name())
        for search in searches:
            multi = multi.add(search)
        with unavailable_on_error():
            try:
                return multi.execute(raise_on_error=True)
            except ApiError as error:
                if error_type(error) != "index_not_found_exception":
                    raise
                return multi.execute(ignore_cache=True, raise_on_error=True)

    def counting(self, query, cutoff):
        """The search counting what `query` finds (no hits): matched, not scored, and cacheable."""
        matching = self.search_object().query(match_query(query, cutoff)).post_filter(filter_query(query.filters()))
        return matching.extra(size=0, track_total_hits=True)

    def counts(self, queries):
        """How many pages each query finds, in one round trip (_msearch)."""
        if not queries:
            return []
        cutoff = expiry_cutoff()
        responses = self.execute_all([self.counting(query, cutoff) for query in queries])
        return [response.hits.total.value for response in responses]

    def search(self, query):
        """By date (or without words), the counts and the page of hits side by side in one round trip. By
        relevance, the counts first: they also find where the newest RANKED matches of the words begin
        (a histogram of page ids, nearly free there), and only those are scored, as the database engine
        does; the older matches follow, newest first."""
        cutoff = expiry_cutoff()
        counting = self.counting(query, cutoff)
        for field in FACETS:
            add_facet(counting.aggs, field, query)
        ranked = query.effective_sort == "relevance"
        if ranked:
            counting.aggs.bucket(
                NEWEST, "histogram", field="page_id", interval=RANKED_STEP, min_doc_count=1, order={"_key": "desc"}
            )
        searches = [counting]
        if query.within_window and not ranked:  # past the result window Elasticsearch refuses a page
            searches.append(self.page_of_hits(query, cutoff))
        counted, *page = self.execute_all(searches)
        total = counted.hits.total.value
        if page:
            hits = list(page[0].hits)
        elif ranked and query.within_window and total > query.offset:
            hits = self.ranked_hits(query, cutoff, window_start(counted.aggregations[NEWEST].buckets))
        else:
            hits = []
        return SearchResults(
            query=query,
            hits=[to_hit(hit) for hit in hits],
            total=total,
            facets=facet_counts(counted.aggregations),
            engine=self.name,
        )

    def ranked_hits(self, query, cutoff, start):
        """The page of hits by relevance among the pages from `start` on (all when None), then, past their
        end, the older matches newest first."""
        (response,) = self.execute_all([self.page_of_hits(query, cutoff, since=start)])
        hits = list(response.hits)
        if start is None or len(hits) == query.size:
            return hits
        ranked = response.hits.total.value  # the filtered matches within the window
        older = self.older_hits(query, cutoff, start, max(0, query.offset - ranked), query.size - len(hits))
        (response,) = self.execute_all([older])
        return hits + list(response.hits)

    def older_hits(self, query, cutoff, start, offset, size):
        """The matches older than the ranked window (page id below `start`), newest first."""
        search = self.search_object().query(match_query(query, cutoff)).filter("range", page_id={"lt": start})
        search = search.post_filter(filter_query(query.filters())).sort({"page_id": "desc"})
        search = search.extra(track_total_hits=False).params(request_cache=True)
        return search.source(documents.STORED_FIELDS)[offset : offset + size]

    def page_of_hits(self, query, cutoff, since=None):
        """The search for one page of hits, best first (or by date): no total and no facets, which the
        counting search gives, so only the pages that can still make this page are scored; with `since`,
        only the pages from that id on, counted (the ranked window). Like the counts, it is the same
        request for a minute, so a repeated search comes from the shard request cache until the index
        next changes."""
        search = self.search_object().query(text_query(query, cutoff)).post_filter(filter_query(query.filters()))
        if since is not None:
            search = search.filter("range", page_id={"gte": since})
        # No `now` in it, so the shard request cache may keep it (asked for: by default only size=0 is kept).
        search = search.extra(track_total_hits=since is not None).params(request_cache=True)
        sort = query.effective_sort
        if sort == "relevance":
            window = min(max(RESCORE_WINDOW, query.offset + query.size), 10_000)
            search = search.extra(
                rescore={"window_size": window, "query": {"rescore_query": rescore(query, cutoff).to_dict()}}
            )  # the rescore decides ties (recency), since a sort beside it may only be _score
        elif sort == "oldest":
            search = search.sort({"published_at": "asc"}, {"page_id": "asc"})
        else:
            search = search.sort({"published_at": "desc"}, {"page_id": "desc"})
        return search.source(documents.STORED_FIELDS)[query.offset : query.offset + query.size]

    def suggest_spelling(self, query, unknown):
        """Corrections for the folded words no page has ({word: correction}), from the term suggester.

        Each field's suggester offers corrections; the most frequent across fields wins.
        """
        if not unknown:
            return {}
        search = self.search_object().extra(size=0)
        for field in SUGGEST_FIELDS:
            search = search.suggest(
                field, " ".join(sorted(unknown)), term={"field": field, "suggest_mode": "always", "min_word_length": 2}
            )
        (response,) = self.execute_all([search])
        suggestions = response.suggest
        options = {}
        for field in SUGGEST_FIELDS:
            for item in suggestions[field]:
                options.setdefault(item.text, []).extend(item.options)
        return {
            word: max(found, key=lambda option: option.freq).text
            for word, found in options.items()
            if word in unknown and found
        }


def window_start(buckets):
    """The first page id of the ranked window: the histogram bucket (newest first) in which the count of
    matches reaches RANKED; None when all the matches fit. The window holds at least the RANKED newest
    matches and at most RANKED_STEP ids more, and depends on the words alone, so pages stay consistent."""
    seen = 0
    for bucket in buckets:
        seen += bucket.doc_count
        if seen >= queries.RANKED:
            return int(bucket.key)
    return None


def expiry_cutoff():
    """The moment a page must expire after to be found: the start of the next minute, as a date. A
    request with `now` in it is never cached; this one is the same for a minute, and hides a page
    that expires within that minute a little early rather than ever showing an expired one."""
    return (timezone.now() + datetime.timedelta(minutes=1)).replace(second=0, microsecond=0)


def unexpired(cutoff):
    return Q("bool", should=[~Q("exists", field="expires_at"), Q("range", expires_at={"gt": cutoff.isoformat()})])


def matching_clauses(query):
    """What every page found must have: each word (folded), each phrase (folded) with its words together."""
    clauses = []
    if query.terms:
        folded = " ".join(query.folded_terms)
        clauses.append(Q("multi_match", query=folded, fields=FOLDED_FIELDS, type="cross_fields", operator="and"))
    for folded in query.folded_phrases:
        clauses.append(Q("multi_match", query=" ".join(folded), fields=FOLDED_FIELDS, type="phrase"))
    return clauses


def match_query(query, cutoff):
    """The pages `query` finds, matched without a score (what is counted)."""
    return Q("bool", filter=[*matching_clauses(query), unexpired(cutoff)])


def text_query(query, cutoff):
    """Every word (folded) must match, phrases (folded) too; the words standing together as typed
    (folded) put a page ahead of the rest. The words exactly as typed add to the score in the
    rescore (scoring them on every match cost more than the rest of the query)."""
    if not query.has_text:
        return match_query(query, cutoff)
    should = []
    if len(query.terms) > 1:  # the words typed standing together (diacritics ignored) rank first
        together = Q("multi_match", query=" ".join(query.folded_terms), fields=FOLDED_FIELDS, type="phrase")
        should.append(Q("constant_score", filter=together, boost=TOGETHER_BOOST))
    return Q("bool", must=matching_clauses(query), should=should, filter=[unexpired(cutoff)])


def rescore(query, cutoff):
    """The second pass over the best matches: the words as typed (with their diacritics) and the words
    together (as typed, or folded) score more, and, other things equal, newer pages rank first.
    Scoring these on every match would cost several times the whole query on common words, so they
    run on the top RESCORE_WINDOW only. Recency is measured from `cutoff`, a date rather than `now`,
    so the request stays cacheable."""
    exact = []
    if query.terms:
        exact.append(Q("multi_match", query=" ".join(query.terms), fields=EXACT_FIELDS, type="cross_fields", boost=3))
    if len(query.terms) > 1:
        exact.append(
            Q("multi_match", query=" ".join(query.folded_terms), fields=FOLDED_FIELDS, type="phrase", slop=1, boost=2)
        )
        exact.append(Q("multi_match", query=" ".join(query.terms), fields=EXACT_FIELDS, type="phrase", boost=2))
    for phrase in query.phrases:
        exact.append(Q("multi_match", query=" ".join(phrase), fields=EXACT_FIELDS, type="phrase", boost=3))
    newer = {"gauss": {"published_at": {"origin": cutoff.isoformat(), "scale": "365d", "decay": 0.5}}, "weight": 0.01}
    return Q(
        "function_score",
        query=Q("bool", should=[*exact, Q("match_all", boost=0)]),
        functions=[newer],
        boost_mode="sum",
    )


def add_facet(aggs, field, query):
    """The aggregations counting `field`'s values among the hits as filtered by every filter but its own.

    With no such filter, plain top-level terms aggregations: a `filter` aggregation around them
    (matching everything) made Elasticsearch collect them several times slower.
    """
    exclude = "year" if field == "year" else field
    narrowing = filter_query(query.filters(exclude=exclude))
    values = A("terms", field=FACET_KEYS[field], size=FACET_SIZES[field])
    chosen = None
    selected = sorted(query.selected(field))
    if selected:  # a chosen value is shown even when it is not among the most frequent
        included = [int(value) for value in selected] if field == "year" else selected
        chosen = A("terms", field=FACET_KEYS[field], include=included, size=len(included))
    if narrowing.filter:
        bucket = aggs.bucket(field, "filter", narrowing)
        bucket.bucket("values", values)
        if chosen:
            bucket.bucket("chosen", chosen)
    else:
        aggs.bucket(field, values)
        if chosen:
            aggs.bucket(f"{field}_chosen", chosen)


def filter_query(filters):
    clauses = []
    for field, values in filters.items():
        if field in FILTER_FIELDS:
            clauses.append(Q("terms", **{FILTER_KEYS[field]: list(values)}))
        elif field == "date_from":
            clauses.append(Q("range", published_date={"gte": values.isoformat()}))
        elif field == "date_to":
            clauses.append(Q("range", published_date={"lte": values.isoformat()}))
    return Q("bool", filter=clauses)


def facet_counts(aggregations):
    counts = {}
    for field in FACETS:
        bucket = aggregations[field]
        values = {}
        if "buckets" in bucket:  # add_facet's plain terms aggregations
            buckets = list(bucket.buckets)
            if f"{field}_chosen" in aggregations:
                buckets += list(aggregations[f"{field}_chosen"].buckets)
        else:
            buckets = list(bucket.values.buckets)
            if "chosen" in bucket:
                buckets += list(bucket.chosen.buckets)
        for item in buckets:
            if field == "year":
                key, label = str(item.key), str(item.key)
            else:
                key, label = documents.split_facet_value(item.key)
            values[key] = (label, item.doc_count)
        counts[field] = values
    return counts


def error_type(error):
    """The type of the error Elasticsearch gave for one search of an _msearch ("" when none is named)."""
    body = error.body if isinstance(error.body, dict) else {}
    return (body.get("error") or {}).get("type", "") if isinstance(body.get("error"), dict) else ""


def to_hit(hit):
    display = hit.display.to_dict() if hasattr(hit.display, "to_dict") else dict(hit.display)
    return Hit(
        page_id=int(hit.page_id),
        title=hit.title,
        url=display.get("url", ""),
        type_key=hit.type,
        type_label=display.get("type_label", ""),
        published_at=datetime.datetime.fromisoformat(hit.published_at),
        summary=getattr(hit, "summary", "") or "",
        body=getattr(hit, "body", "") or "",
        agency=(hit.agency, display.get("agency_label", "")) if getattr(hit, "agency", None) else None,
        topics=[tuple(topic) for topic in display.get("topics", [])],
        tags=[tuple(tag) for tag in display.get("tags", [])],
        byline=display.get("byline", ""),
        image_id=display.get("image_id"),
        score=hit.meta.score,
    )
