"""The test suite: fast hashing, in-memory cache and mail, its own index prefix."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key-0123456789abcdef0123456789"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal-test")
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Static files come from runserver and the live test server; whitenoise is for production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
PORTAL_REQUIRE_2FA = False  # tests that need it switch it on
# django-axes needs the request at every authenticate(); Client.login() has none. The lockout
# tests switch it on and sign in through the login form.
AXES_ENABLED = False
