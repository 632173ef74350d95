"""/search/ for citizens, /api/v1/search/ for journalists: the same parameters, parsed by search.params.

Bad parameters answer 400 with a Vietnamese message and a machine-readable code (the HTML
page shows the message above the form); a search engine that cannot answer gives 503,
never a 500.
"""

import logging

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from search import openapi
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


@require_GET
def search_page(request):
    """The search page: form, filters with counts, highlighted results, pagination."""
    typed = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    context = {"search_query": typed, "sorts": SORTS, "query": SearchQuery(text=typed), "results": None}
    status = 200
    try:
        query = parse(request.GET)
        context["query"] = query
        context["results"] = search(query)
    except QueryError as error:
        context["errors"] = error.errors
        status = 400
    except Exception:
        logger.exception("Search failed for %s", request.GET.urlencode()[:500])
        context["unavailable"] = UNAVAILABLE
        status = 503
    return TemplateResponse(request, "search/search_page.html", context, status=status)


@require_GET
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


@require_GET
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
