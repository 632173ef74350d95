"""The two search engines, one interface: `search(query)`, `counts(queries)`,
`suggest_spelling(query, unknown)`.

Elasticsearch serves when ELASTICSEARCH_URL is set, the database otherwise (`make run`).
Both read what search.indexing wrote and return search.results.SearchResults; when
Elasticsearch cannot answer, its engine raises search.errors.EngineUnavailable.
"""

from django.conf import settings

from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import ElasticsearchEngine

ENGINES = {"database": DatabaseEngine, "elasticsearch": ElasticsearchEngine}


def get_engine(name=None):
    """The engine `name`, or the one the settings choose."""
    if name is None:
        name = "elasticsearch" if settings.ELASTICSEARCH_URL else "database"
    return ENGINES[name]()


__all__ = ["ENGINES", "DatabaseEngine", "ElasticsearchEngine", "get_engine"]
