"""The Elasticsearch engine: a search in one round trip (`_msearch`), two by relevance, on the alias.

Matching runs on the `*_folded` fields (every word must occur, diacritics ignored: the words on the
four indexed as one, documents.MATCH_FIELD; a phrase within one of them); scoring on each of them,
and the same words on the unfolded fields only add to the score, so a page that has the words with
the reader's diacritics ranks above one that has them only folded.

Every search is narrowed by its filters in the query, where Elasticsearch can skip what they
leave out, and the searches of one reader's search go side by side in one `_msearch`:
- the counts: the total, and every value of the `facets` field among the pages found, in one
  aggregation (the facets of the fields not filtered, and the pages found per block of ids);
- a facet of its own for each filtered field (its values counted under the other filters);
- by date, the page of hits, without a total.
By relevance, as on the database engine, only the newest search.query.RANKED pages found are
scored and the older ones follow, newest first: the counts per block of page ids say where that
window begins, and the page of hits follows in a second round trip (scoring the words on the
window alone is several times cheaper than scoring every page found, or than picking the window
in the same request). None holds `now` (the expiry cut-off is written as a date), so
the shard request cache answers a repeated search until the index next changes.
"""

import datetime

from django.utils import timezone
from elasticsearch import ApiError
from elasticsearch_dsl import MultiSearch, Q, Search

from search import documents
from search import query as queries
from search.errors import unavailable_on_error
from search.query import FACET_SIZES, FACETS, FILTER_FIELDS
from search.results import Hit, SearchResults

FOLDED_FIELDS = ["title_folded^3", "summary_folded^2", "body_folded", "keywords_folded^2"]
EXACT_FIELDS = ["title^3", "summary^2", "body", "keywords^2"]
FILTER_KEYS = {"type": "type", "topic": "topics", "agency": "agency", "tag": "tags", "area": "area"}
SUGGEST_FIELDS = ["title_folded", "summary_folded", "body_folded"]
# The best pages the rescore weighs again (rescore()): the first ten pages of ten results, and a
# deeper page's own end. Twice as many cost about 1 ms more a search by relevance at 100k (the
# rescore itself, and a larger top to fill before Lucene's pruning starts) for pages few readers open.
RESCORE_WINDOW = 100
ALL_FACETS = "facets"  # the counting search's aggregation of the `facets` field
# Every value of the `facets` field a search may find: the facet values of five fields and the years
# (a few hundred in a province's archive) and the blocks of page ids (one per documents.PAGE_BLOCK).
ALL_FACETS_SIZE = 20_000
DATE_ORDER = {
    "newest": ({"published_at": "desc"}, {"page_id": "desc"}),
    "oldest": ({"published_at": "asc"}, {"page_id": "asc"}),
}
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
        return self.matched(query, cutoff, query.filters()).extra(track_total_hits=True)

    def matched(self, query, cutoff, filters):
        """The search of the pages the words find under `filters`, without hits (for counts and facets)."""
        return self.search_object().query(match_query(query, cutoff, filters)).extra(size=0)

    def counts(self, queries):
        """How many pages each query finds, in one round trip (_msearch)."""
        if not queries:
            return []
        cutoff = expiry_cutoff()
        responses = self.execute_all([self.counting(query, cutoff) for query in queries])
        return [response.hits.total.value for response in responses]

    def search(self, query):
        """The total and the facets, with the page of hits beside them by date. By relevance, the
        counts per block of page ids first say where the newest RANKED pages found begin; the page of
        hits follows (see the module's docstring)."""
        cutoff = expiry_cutoff()
        ranked = query.effective_sort == "relevance"
        counting = count_facets(self.counting(query, cutoff))
        apart = [field for field in FACETS if narrowed_apart(query, field)]
        searches = [counting, *(self.facet_search(query, cutoff, field) for field in apart)]
        if query.within_window and not ranked:
            searches.append(self.listing(query, cutoff, *DATE_ORDER[query.effective_sort])[query.offset : query.end])
        counted, *rest = self.execute_all(searches)
        values = values_by_field(counted, query)
        for field, response in zip(apart, rest, strict=False):
            values[field] = values_by_field(response, query)[field]
        total = counted.hits.total.value
        if ranked and query.within_window and total > query.offset:
            hits = self.ranked_hits(query, cutoff, window(values[documents.BLOCK]))
        else:
            hits = [hit for response in rest[len(apart) :] for hit in response.hits]
        return SearchResults(
            query=query,
            hits=[to_hit(hit) for hit in hits],
            total=total,
            facets=facet_counts(values),
            engine=self.name,
        )

    def facet_search(self, query, cutoff, field):
        """The search counting the values of a filtered `field` among the pages the words find under the
        other filters (choosing a second value widens the results)."""
        return count_facets(self.matched(query, cutoff, query.filters(exclude=field)).extra(track_total_hits=False))

    def ranked_hits(self, query, cutoff, ranked_window):
        """The page of hits by relevance among the pages of the ranked window (from the page id `start`
        on, `within` of them), then, past its end, the older pages found, newest first."""
        start, within = ranked_window
        searches = []
        if query.offset < within:
            searches.append(self.relevant(query, cutoff, start)[query.offset : min(query.end, within)])
        if start is not None and query.end > within:
            older = self.listing(query, cutoff, {"page_id": "desc"}, below=start)
            searches.append(older[max(0, query.offset - within) : query.end - within])
        return [hit for response in self.execute_all(searches) for hit in response.hits]

    def listing(self, query, cutoff, *sort, below=None):
        """The pages found (with a page id below `below`, given one) in the order `sort` gives, unscored."""
        search = self.search_object().query(match_query(query, cutoff, query.filters()))
        if below is not None:
            search = search.filter("range", page_id={"lt": below})
        return cacheable(search.sort(*sort))

    def relevant(self, query, cutoff, start):
        """The pages found from the page id `start` on (all, when None), best first: the words scored on
        them, then the words as typed and recency on the best of them (rescore())."""
        narrowing = filter_clauses(query.filters())
        if start is not None:
            narrowing.append(Q("range", page_id={"gte": start}))
        found = Q("bool", must=[relevance(query)], filter=narrowing, must_not=[expired(cutoff)])
        search = self.search_object().query(found)
        window_size = min(max(RESCORE_WINDOW, query.end), queries.MAX_RESULTS)
        search = search.extra(
            rescore={"window_size": window_size, "query": {"rescore_query": rescore(query, cutoff).to_dict()}}
        )
        return cacheable(search)

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


def window(blocks):
    """(start, within): the first page id of the ranked window and how many pages found it holds, from
    the pages found per block of page ids ([(block, count)]): the window ends in the block in which the
    count from the newest reaches RANKED, so it holds at least the RANKED newest pages found and at
    most PAGE_BLOCK ids more. Start is None when every page found fits."""
    seen = 0
    for block, count in sorted(blocks, key=lambda item: int(item[0]), reverse=True):
        seen += count
        if seen >= queries.RANKED:
            return int(block) * documents.PAGE_BLOCK, seen
    return None, seen


def cacheable(search):
    """A search for hits without a total, which the shard request cache may keep: it holds no `now`, and
    by default Elasticsearch only keeps searches without hits (size=0)."""
    search = search.extra(track_total_hits=False).params(request_cache=True)
    return search.source(documents.STORED_FIELDS)


def expiry_cutoff():
    """The moment a page must expire after to be found: the start of the next minute, as a date. A
    request with `now` in it is never cached; this one is the same for a minute, and hides a page
    that expires within that minute a little early rather than ever showing an expired one."""
    return (timezone.now() + datetime.timedelta(minutes=1)).replace(second=0, microsecond=0)


def expired(cutoff):
    """The pages expired by `cutoff`, which no search finds: excluded (`must_not`) rather than "no expiry
    or a later one" required, so Elasticsearch skips the clause where no page has expired (nearly
    everywhere: the minute job unpublishes them), and a search without words counts like match_all."""
    return Q("range", expires_at={"lte": cutoff.isoformat()})


def matching_clauses(query):
    """What every page found must have, not scored: each word (folded) in some field, each phrase (folded)
    with its words together in one field."""
    clauses = []
    if query.terms:
        words = " ".join(query.folded_terms)
        clauses.append(Q("match", **{documents.MATCH_FIELD: {"query": words, "operator": "and"}}))
    return clauses + phrase_clauses(query)


def word_clauses(query):
    """Each word (folded) scored in the fields it stands in."""
    if not query.terms:
        return []
    folded = " ".join(query.folded_terms)
    return [Q("multi_match", query=folded, fields=FOLDED_FIELDS, type="cross_fields", operator="and")]


def phrase_clauses(query):
    """Each quoted phrase (folded) with its words together in one field."""
    phrases = [" ".join(folded) for folded in query.folded_phrases]
    return [Q("multi_match", query=phrase, fields=FOLDED_FIELDS, type="phrase") for phrase in phrases]


def match_query(query, cutoff, filters=None):
    """The pages `query` finds under `filters` ({field: values}, as SearchQuery.filters() gives), matched
    without a score (what is counted)."""
    clauses = [*matching_clauses(query), *filter_clauses(filters or {})]
    return Q("bool", filter=clauses, must_not=[expired(cutoff)])


def relevance(query):
    """How well a page found matches the words: each word (folded) scored, and the words standing
    together as typed (folded) put a page ahead of the rest. The words exactly as typed add to the
    score in rescore(), on the best pages only.

    Quoted phrases beside other words only filter: every page found has them, the other words rank
    the pages, and rescore() weighs the phrases as typed on the best of them (scoring a phrase of
    common words on every page of the window took about as long as the rest of the search)."""
    should = []
    if len(query.terms) > 1:  # the words typed standing together (diacritics ignored) rank first
        together = Q("multi_match", query=" ".join(query.folded_terms), fields=FOLDED_FIELDS, type="phrase")
        should.append(Q("constant_score", filter=together, boost=TOGETHER_BOOST))
    if query.terms:
        return Q("bool", must=word_clauses(query), filter=phrase_clauses(query), should=should)
    return Q("bool", must=phrase_clauses(query), should=should)


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


def narrowed_apart(query, field):
    """Whether `field`'s facet needs a search of its own: when a filter on it is active, its values are
    counted under the other filters only (choosing a second value widens the results)."""
    return query.filters(exclude=field) != query.filters()


def count_facets(search):
    """The search with the aggregation counting every value of the `facets` field among its pages."""
    search.aggs.bucket(ALL_FACETS, "terms", field="facets", size=ALL_FACETS_SIZE)
    return search


def values_by_field(response, query):
    """{field: [(value, count)]} from the aggregation of count_facets(), most frequent first, as a terms
    aggregation of each field would give them: the first FACET_SIZES of each facet and the values chosen
    after them, every block of page ids."""
    values = {field: [] for field in [*FACETS, documents.BLOCK]}
    chosen = {field: query.selected(field) for field in FACETS}
    for bucket in response.to_dict()["aggregations"][ALL_FACETS]["buckets"]:
        field, value = documents.split_field_value(bucket["key"])
        if (
            field == documents.BLOCK
            or len(values[field]) < FACET_SIZES[field]
            or documents.split_facet_value(value)[0] in chosen[field]
        ):
            values[field].append((value, bucket["doc_count"]))
    return values


def filter_clauses(filters):
    clauses = []
    for field, values in filters.items():
        if field in FILTER_FIELDS:
            clauses.append(Q("terms", **{FILTER_KEYS[field]: list(values)}))
        elif field == "date_from":
            clauses.append(Q("range", published_date={"gte": values.isoformat()}))
        elif field == "date_to":
            clauses.append(Q("range", published_date={"lte": values.isoformat()}))
    return clauses


def facet_counts(values):
    """{field: {key: (label, count)}} from {field: [(value, count)]} (a year is its own label)."""
    counts = {}
    for field in FACETS:
        counts[field] = {}
        for value, count in values[field]:
            key, label = documents.split_facet_value(value)
            counts[field][key] = (label, count)
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
