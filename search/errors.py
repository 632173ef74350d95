"""The one way search says "Elasticsearch cannot answer now".

Whatever the client raises when the server is down, slow, or refuses (a transport error,
an API error, a refused socket) becomes EngineUnavailable inside `unavailable_on_error()`.
Engines, the outbox and rebuild raise it; their callers catch it and fall back: a search
answers from the database, a publish leaves its change in the outbox, `search_index`
says the server does not answer.
"""

import contextlib

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError, TransportError

# What the client raises when the server cannot answer (OSError: a refused or reset socket).
CLIENT_ERRORS = (TransportError, ApiError, TransportConnectionError, ConnectionTimeout, OSError)


class EngineUnavailable(Exception):
    """Elasticsearch is configured but cannot answer now (down, timing out, refusing)."""


@contextlib.contextmanager
def unavailable_on_error():
    """Turns the client's errors inside the block into EngineUnavailable."""
    try:
        yield
    except CLIENT_ERRORS as error:
        raise EngineUnavailable(str(error)) from error
