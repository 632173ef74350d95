"""How many posts one client may send: RATE_LIMIT accepted posts per RATE_WINDOW seconds.

Counted per hashed client address in the shared cache, so every app server sees the same
count and no address is stored anywhere.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

RATE_LIMIT = 5
RATE_WINDOW = 60 * 60


def client_ip(request):
    """The client's address. Behind N trusted proxies (PORTAL_TRUSTED_PROXIES = N), the Nth address
    from the right of X-Forwarded-For; never the left-most one, which the client writes itself."""
    proxies = getattr(settings, "PORTAL_TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_key(request):
    """The client's counter key: a keyed hash of the address, so no address is stored anywhere."""
    digest = hmac.new(settings.SECRET_KEY.encode(), client_ip(request).encode(), hashlib.sha256).hexdigest()
    return f"news:feedback-rate:{digest[:32]}"


def is_rate_limited(request):
    return (cache.get(rate_key(request)) or 0) >= RATE_LIMIT


def count_post(request):
    """Counts an accepted (or honeypot-caught) post; the window starts at the first one."""
    key = rate_key(request)
    if not cache.add(key, 1, RATE_WINDOW):
        try:
            cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.add(key, 1, RATE_WINDOW)
