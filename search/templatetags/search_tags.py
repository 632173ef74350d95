"""Template helpers for the search page: links from parameter dicts, a paginator for the shared pagination."""

from django import template
from django.core.paginator import EmptyPage, Paginator
from django.utils.http import urlencode

from search.query import MAX_RESULTS

register = template.Library()


@register.filter
def as_query(params):
    """ "?q=…&type=…" from a dict of parameters (lists repeat the parameter); "?" alone when empty."""
    return f"?{urlencode(params, doseq=True)}"


@register.filter
def thousands(number):
    """12345 → "12.345", as Vietnamese writes it."""
    return f"{number:,}".replace(",", ".")


@register.simple_tag
def result_pages(results):
    """A Django Page over the results' count (capped at the deepest page one may ask for), or None."""
    paginator = Paginator(range(min(results.total, MAX_RESULTS)), results.query.size)
    try:
        return paginator.page(results.query.page)
    except EmptyPage:
        return None
