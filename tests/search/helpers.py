"""Helpers for the search tests: an engine harness, content builders, polling."""

import time

from wagtail.models import PageViewRestriction

from news.factories import NewsArticlePageFactory, days_ago
from search.engines import get_engine
from search.params import parse
from search.service import search


class Harness:
    """One engine under test: search with request-style parameters, after Elasticsearch refreshed."""

    def __init__(self, name, es=None):
        self.name, self.es = name, es

    def search(self, **params):
        if self.es is not None:
            self.es.refresh()
        return search(parse(params), engine=get_engine(self.name))

    def titles(self, **params):
        return [hit.title for hit in self.search(**params).hits]

    def total(self, **params):
        return self.search(**params).total


def article(parent, title, published=None, **fields):
    """A news article, not yet announced to search (tests publish it)."""
    fields.setdefault("first_published_at", published or days_ago(1))
    return NewsArticlePageFactory(parent=parent, title=title, **fields)


def make_private(page, committed):
    with committed():
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )


def wait_until(predicate, timeout, interval=0.05):
    """Polls until predicate() is true; returns the seconds it took, or None after `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(interval)
    return None
