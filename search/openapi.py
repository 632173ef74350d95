"""The OpenAPI 3 description of /api/v1/search/: search/openapi.json, with what code decides filled in.

The document is written by hand in the JSON file. What the API accepts is filled in from
the modules that enforce it, so the description cannot drift from the behaviour: the
content types and reform areas, the topics, agencies and tags a filter accepts
(enumerations, as search.params checks them), the sorts, the limits (lengths, counts, page
sizes) and one facet per facet field. The server URL comes from the request.
tests/search/test_api_schema.py runs schemathesis against it to keep them agreed.
"""

import copy
import functools
import json
from pathlib import Path

from search.content import content_types, reform_areas
from search.params import NAMED_FILTERS, named_values
from search.query import DEFAULT_SIZE, FACETS, FILTER_FIELDS, MAX_QUERY_LENGTH, MAX_RESULTS, MAX_SIZE, MAX_VALUES, SORTS

STATIC_SCHEMA = Path(__file__).with_name("openapi.json")
LIST_NOTE = " Lặp lại tham số hoặc ngăn cách bằng dấu phẩy; tối đa {} giá trị."


@functools.cache
def static_schema():
    """The hand-written document, read once per process."""
    return json.loads(STATIC_SCHEMA.read_text(encoding="utf-8"))


def schema(server_url):
    """The whole document for a server, enumerations and limits as the code has them now."""
    document = copy.deepcopy(static_schema())
    document["servers"] = [{"url": server_url.rstrip("/")}]
    operation = document["paths"]["/api/v1/search/"]["get"]
    fill_parameters({parameter["name"]: parameter for parameter in operation["parameters"]})
    fill_facets(document["components"]["schemas"]["SearchResults"]["properties"]["facets"])
    return document


def fill_parameters(parameters):
    parameters["q"]["schema"]["maxLength"] = MAX_QUERY_LENGTH
    enums = {"type": sorted(content_types()), "area": list(reform_areas())}
    enums.update({field: list(named_values(field)) for field in NAMED_FILTERS})
    for field in FILTER_FIELDS:
        parameter = parameters[FACETS[field][0]]
        parameter["description"] += LIST_NOTE.format(MAX_VALUES)
        if enums[field]:
            parameter["schema"].update(items={"type": "string", "enum": enums[field]}, maxItems=MAX_VALUES)
        else:  # nothing to choose yet (an empty enum is not valid JSON Schema)
            parameter["schema"].update(items={"type": "string"}, maxItems=0)
    parameters["sort"]["schema"]["enum"] = list(SORTS)
    parameters["page"]["description"] = parameters["page"]["description"].format(max_results=MAX_RESULTS)
    parameters["page"]["schema"]["maximum"] = MAX_RESULTS
    parameters["size"]["schema"].update(maximum=MAX_SIZE, default=DEFAULT_SIZE)


def fill_facets(facets):
    """The file describes one facet (`additionalProperties`); each facet field gets it, with its heading."""
    each = facets.pop("additionalProperties")
    facets["properties"] = {field: {**each, "description": heading} for field, (_, heading) in FACETS.items()}
