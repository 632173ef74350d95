"""The Elasticsearch engine: one request per search (hits, total, facets), on the alias.

Matching runs on the `*_folded` fields (every word must occur, diacritics ignored);
the same words on the unfolded fields only add to the score, so a page that has the
words with the reader's diacritics ranks above one that has them only folded. Facets
are aggregations, each filtered by every active filter except its own, while the
filters themselves go in `post_filter` so they do not narrow the aggregations.
"""

import datetime

from elasticsearch import NotFoundError
from elasticsearch_dsl import A, MultiSearch, Q, Search

from search import documents
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

    def execute(self, search):
        """Runs a request; one retry if the alias moved between resolving and searching (a rebuild's swap)."""
        with unavailable_on_error():
            try:
                return search.execute()
            except NotFoundError:
                return search.execute()

    def base(self, query):
        search = self.search_object().query(text_query(query))
        return search.extra(track_total_hits=True)

    def counts(self, queries):
        """How many pages each query finds, in one round trip (_msearch)."""
        if not queries:
            return []
        searches = MultiSearch(using=self.client or documents.get_client(), index=self.index or documents.alias_name())
        for query in queries:
            searches = searches.add(self.base(query).post_filter(filter_query(query.filters())).extra(size=0))
        with unavailable_on_error():
            responses = searches.execute(raise_on_error=True)
        return [response.hits.total.value for response in responses]

    def search(self, query):
        search = self.base(query).post_filter(filter_query(query.filters()))
        sort = query.effective_sort
        if sort == "relevance":
            window = min(max(RESCORE_WINDOW, query.offset + query.size), 10_000)
            search = search.extra(
                rescore={"window_size": window, "query": {"rescore_query": rescore(query).to_dict()}}
            )  # the rescore decides ties (recency), since a sort beside it may only be _score
        elif sort == "oldest":
            search = search.sort({"published_at": "asc"}, {"page_id": "asc"})
        else:
            search = search.sort({"published_at": "desc"}, {"page_id": "desc"})
        # Past the result window Elasticsearch refuses the request: ask for the counts only, an empty page.
        start, end = (query.offset, query.offset + query.size) if query.within_window else (0, 0)
        search = search.source(documents.STORED_FIELDS)[start:end]
        for field in FACETS:
            add_facet(search.aggs, field, query)
        response = self.execute(search)
        return SearchResults(
            query=query,
            hits=[to_hit(hit) for hit in response.hits],
            total=response.hits.total.value,
            facets=facet_counts(response.aggregations),
            engine=self.name,
        )

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
        suggestions = self.execute(search).suggest
        options = {}
        for field in SUGGEST_FIELDS:
            for item in suggestions[field]:
                options.setdefault(item.text, []).extend(item.options)
        return {
            word: max(found, key=lambda option: option.freq).text
            for word, found in options.items()
            if word in unknown and found
        }


def text_query(query):
    """Every word (folded) must match, phrases (folded) too; the words exactly as typed add to the
    score, and the words standing together as typed (folded) put a page ahead of the rest."""
    unexpired = Q("bool", should=[~Q("exists", field="expires_at"), Q("range", expires_at={"gt": "now"})])
    if not query.has_text:
        return Q("bool", filter=[unexpired])
    must, should = [], []
    if query.terms:
        folded = " ".join(query.folded_terms)
        must.append(Q("multi_match", query=folded, fields=FOLDED_FIELDS, type="cross_fields", operator="and"))
        should.append(Q("multi_match", query=" ".join(query.terms), fields=EXACT_FIELDS, type="cross_fields", boost=3))
    if len(query.terms) > 1:  # the words typed standing together (diacritics ignored) rank first
        together = Q("multi_match", query=" ".join(query.folded_terms), fields=FOLDED_FIELDS, type="phrase")
        should.append(Q("constant_score", filter=together, boost=TOGETHER_BOOST))
    for folded in query.folded_phrases:
        must.append(Q("multi_match", query=" ".join(folded), fields=FOLDED_FIELDS, type="phrase"))
    return Q("bool", must=must, should=should, filter=[unexpired])


def rescore(query):
    """The second pass over the best matches: the words together (as typed, or folded) score more,
    and, other things equal, newer pages rank first. Phrase matching on every hit would cost
    several times the whole query on common words, so it runs on the top RESCORE_WINDOW only."""
    together = []
    if len(query.terms) > 1:
        together.append(
            Q("multi_match", query=" ".join(query.folded_terms), fields=FOLDED_FIELDS, type="phrase", slop=1, boost=2)
        )
        together.append(Q("multi_match", query=" ".join(query.terms), fields=EXACT_FIELDS, type="phrase", boost=2))
    for phrase in query.phrases:
        together.append(Q("multi_match", query=" ".join(phrase), fields=EXACT_FIELDS, type="phrase", boost=3))
    newer = {"gauss": {"published_at": {"origin": "now", "scale": "365d", "decay": 0.5}}, "weight": 0.01}
    return Q(
        "function_score",
        query=Q("bool", should=[*together, Q("match_all", boost=0)]),
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
