"""A public deployment: gunicorn app servers behind HTTPS, everything from the environment."""

from .base import *  # noqa: F403
from .base import env_bool, require_secret_key

DEBUG = False
require_secret_key(SECRET_KEY)  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# HSTS (a year, with subdomains) comes from security.py; an operator who switches
# includeSubDomains or preload off (SECURE_HSTS_INCLUDE_SUBDOMAINS / SECURE_HSTS_PRELOAD=0)
# has chosen so, and `check --deploy` need not warn about it.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),  # noqa: F405
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),  # noqa: F405
]
