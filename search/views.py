"""/search/ for citizens, /api/v1/search/ for journalists: the same parameters, parsed by search.params.

Bad parameters answer 400 with a Vietnamese message and a machine-readable code (the HTML
page shows the message above the form); a search engine that cannot answer gives 503,
never a 500. /search/feed/ is the same search as RSS, for a standing query.

Every view here only reads: any method but GET and HEAD is answered 405 with `Allow`
(what the OpenAPI document promises), never the CSRF failure page a POST would otherwise
meet first — there is no form to protect.
"""

import logging

from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from news import cache
from search import feeds, openapi
from search.params import QueryError, parse
from search.query import MAX_QUERY_LENGTH, SORTS, SearchQuery
from search.service import search

logger = logging.getLogger(__name__)

UNAVAILABLE = "Chức năng tìm kiếm tạm thời gián đoạn. Xin vui lòng thử lại sau ít phút."


def json_response(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False, "indent": None})
    # Public, read-only data: any newsroom's tools may call it from a browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def read_only(view):
    """GET and HEAD only: 405 with `Allow` for the rest, before the CSRF check could answer 403."""
    return csrf_exempt(require_safe(view))


def plain_text(message, status):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


@read_only
def search_page(request):
    """The search page: form, filters with counts, highlighted results, pagination."""
    typed = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    context = {"search_query": typed, "sorts": SORTS, "query": SearchQuery(text=typed), "results": None}
    status = 200
    try:
        query = parse(request.GET)
        context["query"] = query
        context["results"] = search(query)
        context["feed_url"] = feeds.feed_path(query)
    except QueryError as error:
        context["errors"] = error.errors
        status = 400
    except Exception:
        logger.exception("Search failed for %s", request.GET.urlencode()[:500])
        context["unavailable"] = UNAVAILABLE
        status = 503
    return TemplateResponse(request, "search/search_page.html", context, status=status)


@read_only
def search_feed(request):
    """The search as RSS, newest first: "Theo dõi kết quả này (RSS)" on every results page."""
    try:
        query = parse(request.GET)
    except QueryError as error:
        return plain_text(error.message, status=400)

    def build():
        response = feeds.SearchFeed(query)(request)
        return response.content, response["Content-Type"]

    try:
        content, content_type = cache.versioned(feeds.cache_key(request, query), build, request)
    except Exception:
        logger.exception("Search feed failed for %s", request.GET.urlencode()[:500])
        return plain_text(UNAVAILABLE, status=503)
    return HttpResponse(content, content_type=content_type)


@read_only
def api_search(request):
    """Search as JSON: the parameters of /search/, documented in /api/v1/openapi.json."""
    try:
        query = parse(request.GET)
    except QueryError as error:
        return json_response(
            {"error": {"status": 400, "code": "invalid_parameters", "message": error.message, "details": error.errors}},
            status=400,
        )
    try:
        results = search(query)
    except Exception:
        logger.exception("Search API failed for %s", request.GET.urlencode()[:500])
        return json_response({"error": {"status": 503, "code": "unavailable", "message": UNAVAILABLE}}, status=503)
    return json_response(results_json(request, query, results))


@read_only
def openapi_schema(request):
    return json_response(openapi.schema(request.build_absolute_uri("/")))


def results_json(request, query, results):
    api = reverse("search:api")

    def link(**changes):
        return request.build_absolute_uri(query.url(api, **changes))

    return {
        "query": query_json(query),
        "total": results.total,
        "page": query.page,
        "size": query.size,
        "pages": results.pages,
        "results": [hit_json(request, hit) for hit in results.hits],
        "facets": {
            field: [
                {"key": value.key, "label": value.label, "count": value.count, "selected": value.selected}
                for value in facet.values
            ]
            for field, facet in results.facets.items()
        },
        "suggestion": suggestion_json(request, results.suggestion, api),
        "links": {
            "self": link(page=query.page if query.page > 1 else ""),
            "next": link(page=query.page + 1) if results.has_next else None,
            "prev": link(page=query.page - 1 if query.page > 2 else "") if results.has_previous else None,
            "html": request.build_absolute_uri(
                query.url(reverse("search:search"), page=query.page if query.page > 1 else "")
            ),
        },
        "engine": results.engine,
    }


def query_json(query):
    return {
        "q": query.text,
        "words": list(query.terms),
        "phrases": [" ".join(phrase) for phrase in query.phrases],
        "type": list(query.type),
        "topic": list(query.topic),
        "agency": list(query.agency),
        "tag": list(query.tag),
        "area": list(query.area),
        "from": query.date_from.isoformat() if query.date_from else None,
        "to": query.date_to.isoformat() if query.date_to else None,
        "sort": query.sort,
    }


def hit_json(request, hit):
    thumbnail = None
    if hit.image is not None:
        try:
            thumbnail = request.build_absolute_uri(hit.image.get_rendition("fill-480x270|format-jpeg").url)
        except Exception:  # a missing image file must not break a result list
            logger.warning("Search: no rendition for image %s", hit.image_id, exc_info=True)
    return {
        "id": hit.page_id,
        "title": hit.title,
        "url": request.build_absolute_uri(hit.url),
        "type": {"key": hit.type_key, "label": hit.type_label},
        "published_at": hit.published_at.isoformat(),
        "summary": hit.summary,
        "agency": {"key": hit.agency[0], "label": hit.agency[1]} if hit.agency else None,
        "topics": [{"key": key, "label": label} for key, label in hit.topics],
        "tags": [{"key": key, "label": label} for key, label in hit.tags],
        "byline": hit.byline or None,
        "thumbnail": thumbnail,
        "highlights": {
            "title": hit.title_html,
            "summary": hit.summary_html,
            "body": [hit.snippet_html] if hit.snippet_html else [],
        },
    }


def suggestion_json(request, suggestion, api):
    if not suggestion:
        return None
    params = urlencode(suggestion["params"], doseq=True)
    return {
        "q": suggestion["q"],
        "reason": suggestion["reason"],
        "total": suggestion["total"],
        "url": request.build_absolute_uri(f"{api}?{params}"),
    }
