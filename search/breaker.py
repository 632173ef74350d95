"""The circuit breaker: after Elasticsearch fails once, stop asking it for a while.

A hung server (stopped, swapping, in a long GC pause) answers nothing until the client's
timeout; with a few sync workers, every search waiting a second is enough to queue every
other page behind them. So after a failure the breaker is *open* for OPEN_SECONDS: searches
answer from the database at once and publishes leave their change in the outbox without
trying. Then it is *half-open*: one request (the probe) is let through; if it works the
breaker closes, if it fails it opens again.

The state lives in the shared Django cache, so one worker's failure spares every other
worker and every app server. The minute job (`search_index sync`) ignores the breaker, and
closes it when it succeeds, so recovery never waits on a visitor's search. If the cache
itself fails, the breaker lets everything through: it must never be a new way to fail.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

OPEN_SECONDS = 30  # how long requests skip Elasticsearch after a failure
PROBE_SECONDS = 10  # a probe that neither succeeded nor failed within this lets another through
REMEMBER_SECONDS = 24 * 3600  # a failure is remembered (half-open) until a probe succeeds

CLOSED, PROBE = "closed", "probe"


def _keys():
    """Cache keys for the configured server (one breaker per ELASTICSEARCH_URL)."""
    server = hashlib.sha256(settings.ELASTICSEARCH_URL.encode()).hexdigest()[:16]
    return f"search:breaker:{server}:open", f"search:breaker:{server}:failed", f"search:breaker:{server}:probe"


def allow():
    """May this request ask Elasticsearch? Returns CLOSED (yes, all is well), PROBE (yes, as the
    one probe after the open period), or None (no: use the database / leave it in the outbox)."""
    open_key, failed_key, probe_key = _keys()
    try:
        state = cache.get_many([open_key, failed_key])
        if open_key in state:
            return None
        if failed_key not in state:
            return CLOSED
        return PROBE if cache.add(probe_key, 1, timeout=PROBE_SECONDS) else None
    except Exception:
        logger.exception("Search breaker: the cache failed; asking Elasticsearch anyway")
        return CLOSED


def is_open():
    """True while requests skip Elasticsearch (open, or half-open with a probe under way)."""
    open_key, failed_key, probe_key = _keys()
    try:
        state = cache.get_many([open_key, failed_key, probe_key])
    except Exception:
        return False
    return open_key in state or (failed_key in state and probe_key in state)


def record_failure(error=""):
    """Elasticsearch failed: open the breaker for OPEN_SECONDS."""
    open_key, failed_key, probe_key = _keys()
    try:
        cache.set(open_key, 1, timeout=OPEN_SECONDS)
        cache.set(failed_key, str(error)[:500], timeout=REMEMBER_SECONDS)
        cache.delete(probe_key)
    except Exception:
        logger.exception("Search breaker: could not record a failure in the cache")
    logger.warning("Search breaker: open for %s s after: %s", OPEN_SECONDS, error)


def record_success(state=PROBE):
    """Elasticsearch answered: after a probe (or the minute job), close the breaker."""
    if state == CLOSED:
        return  # nothing was open: spare the cache a write on every search
    try:
        cache.delete_many(_keys())
    except Exception:
        logger.exception("Search breaker: could not close the breaker in the cache")
