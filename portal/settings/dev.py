"""`make run`: one machine, SQLite, console e-mail, debug pages."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-for-make-run-0123456789abcdef")
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Static files come from runserver and the live test server; whitenoise is for production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
# Two-factor sign-in off on `make run`, so the demo users sign in without a phone
# (PORTAL_REQUIRE_2FA=1 to try it).
PORTAL_REQUIRE_2FA = env_bool("PORTAL_REQUIRE_2FA", False)  # noqa: F405
