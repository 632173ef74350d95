"""The one home of derived caches: the content version, bumping it, versioned get-or-build, and a request memo.

Everything the portal derives from published content (whole anonymous pages, feeds, the
home page's sections, routing, tag chips, counts) is kept in the shared cache under a key
that carries two versions:

- the **content version**, a token in the shared cache that every publish, unpublish, move,
  delete, expiry or withdrawal replaces (`bump_content_version`, called by news.receivers):
  after any change no process ever reads an entry built before it;
- the **release**, which differs between two builds of the code, so that app servers of a
  rolling deploy never unpickle each other's `Page` objects or serve each other's HTML.

The content version is read from the shared cache once per request (`request_memo`). Each
process keeps what it read or built (`_local`) under the content version it was read with:
a page that asks for the menu three times, and every later request of the same version,
takes it from there, without a round trip to the shared cache or unpickling; the first
request after a change anywhere (whose version, read from the shared cache, differs) drops
the lot. Values kept there are shared
by the requests (and threads) of the process: callers read them and never change them
(news.templatetags.portal_tags copies the menu's pages before marking the current one).
Rendered fragments of pages are kept there too (`local_versioned`, news.templatetags.fragment_tags).
"""

import functools
import hashlib
import os
import threading
import time
from pathlib import Path

import django
import wagtail
from django.core.cache import cache

CONTENT_VERSION_KEY = "news:content-version"
DEFAULT_TIMEOUT = 60 * 60
# A bound on this process's memo: listings keyed by filters or search queries must not grow it without end.
MAX_LOCAL_ENTRIES = 1000
PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The code whose change makes cached objects or HTML of an older build unsafe to reuse.
RELEASE_SOURCES = ("news", "editorial", "search", "portal", "templates")


@functools.cache
def release():
    """A short token naming this build: `PORTAL_RELEASE` when the deploy sets it, else a hash of the code.

    The hash covers the project's Python modules and templates and the Django and Wagtail
    versions: the same checkout gives the same token on every app server, any change another.
    """
    configured = os.environ.get("PORTAL_RELEASE", "").strip()
    if configured:
        return configured[:40]
    digest = hashlib.sha1(f"{django.__version__}:{wagtail.__version__}".encode(), usedforsecurity=False)
    for folder in RELEASE_SOURCES:
        for path in sorted((PROJECT_ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".html") and "migrations" not in path.parts:
                digest.update(str(path.relative_to(PROJECT_ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def request_memo(request, name, build):
    """build(), computed at most once per request under `name`; without a request, every time.

    The memo lives on the request object only, so nothing outlives the request.
    """
    if request is None:
        return build()
    memo = request.__dict__.setdefault("_portal_memo", {})
    if name not in memo:
        memo[name] = build()
    return memo[name]


def content_version(request=None):
    """A token that changes whenever published content changes (read once per request)."""
    return request_memo(request, CONTENT_VERSION_KEY, _read_content_version)


def _read_content_version():
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(CONTENT_VERSION_KEY, version, timeout=None)
        version = cache.get(CONTENT_VERSION_KEY, version)
    return version


def bump_content_version():
    """Every derived entry goes stale at once: called on each change of what citizens may see."""
    cache.set(CONTENT_VERSION_KEY, time.time_ns(), timeout=None)


def versioned_key(key, request=None):
    """The shared-cache key of a derived value: its name, the release and the content version."""
    return f"news:{release()}:{content_version(request)}:{key}"


_local = {"version": None, "values": {}}
_local_lock = threading.Lock()


def _local_values(version):
    """This process's values for `version`: emptied as soon as a request brings a newer (or older) version."""
    with _local_lock:
        if _local["version"] != version:
            _local["version"] = version
            _local["values"] = {}
        values = _local["values"]
        if len(values) >= MAX_LOCAL_ENTRIES:
            values.clear()
        return values


def local_versioned(key, build, request):
    """build(), kept in this process only until published content changes; never stale.

    For what is cheap to build once per process and costly to ship (rendered HTML): the
    version is the request's, read from the shared cache once per request.
    """
    values = _local_values(content_version(request))
    if key not in values:
        values[key] = build()
    return values[key]


def versioned(key, build, request=None, timeout=DEFAULT_TIMEOUT):
    """build(), kept in the shared cache until published content or the release changes; never stale.

    With a request, each key is read from the shared cache at most once per request, and at
    most once per process and content version (the process keeps what it read); without
    one, the version itself is read from the shared cache on every call.
    """
    version = content_version(request)
    full_key = f"news:{release()}:{version}:{key}"
    values = _local_values(version)
    if full_key in values:
        return values[full_key]
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, timeout)
    values[full_key] = value
    return value
