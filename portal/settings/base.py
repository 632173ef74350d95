"""Production-safe settings: everything that differs between machines comes from the environment.

dev.py loosens these for `make run`; test.py makes them fast and isolated; production.py
adds what only a public deployment needs (HTTPS, S3 media).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from news.identity import PORTAL_SHORT_NAME

from .security import *  # noqa: F403 - sign-in, sessions, headers

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty strings."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "news.apps.NewsConfig",
    "editorial.apps.EditorialConfig",
    "search.apps.SearchConfig",
    "portal.apps.PortalConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.locales",  # Settings › Ngôn ngữ, for those who may manage locales (superusers)
    "wagtail.sites",
    "editorial.apps.PortalUsersConfig",  # wagtail.users, with who-may-grant-what
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.csp.PortalCSPMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "news.page_cache.AnonymousPageCacheMiddleware",
    "news.site_lookup.SiteLookupMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "editorial.two_factor.RequireTwoFactorMiddleware",
    "editorial.admin_scope.HiddenDraftGuard",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "news.identity.names",
            ],
        },
    },
]

# DATABASE_URL, e.g. postgres://portal:secret@db:5432/portal; SQLite when unset.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One machine, several gunicorn workers and the minute job writing at once: WAL lets readers
    # run beside a writer; IMMEDIATE takes the write lock when a transaction starts, so a writer
    # waits its turn (up to the busy timeout) instead of failing with "database is locked"
    # when its read lock cannot be upgraded.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "30")),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A cache shared by every app server: Redis when REDIS_URL is set, else the database.
# Short socket timeouts: a hung Redis costs a request a quarter of a second, not a stall
# (portal.cache serves without it until it answers again).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.25")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.25")),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
        }
    }

# Wagtail looks image renditions up in a "renditions" cache; a process-local one is only a
# cache (the renditions themselves are rows and files), and spares the shared cache a write
# per image per request.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"}
# First level of the anonymous page cache (news.page_cache): keys carry the shared content
# version, so a process-local copy is never stale.
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pages",
    "OPTIONS": {"MAX_ENTRIES": 500},
}

LANGUAGE_CODE = "vi"
# dd/mm/yyyy and 24-hour times, as the province writes them (Django's own vi formats differ).
FORMAT_MODULE_PATH = ["portal.formats"]
# Vietnamese is the portal's language, at addresses without a prefix; English (Decree 42/2022,
# art. 7: structure, functions, contacts) is Wagtail's translation of the home page at /en/
# (portal.urls: i18n_patterns without a prefix for the default language). The language comes
# from the address only: LocaleMiddleware never lets Accept-Language or a cookie turn a
# Vietnamese address English, so the anonymous page cache, keyed by address, keeps them apart.
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
# The project's Vietnamese catalogue (Wagtail's admin, Django's gaps); it wins over the apps' own.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True
DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "collected-static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

# Media on S3-compatible storage when a bucket is named; local disk only for one machine.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    from botocore.config import Config as BotocoreConfig  # only deployments with a bucket need boto

    DEFAULT_FILE_STORAGE_BACKEND = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # e.g. "portal.example.vn/media" when the web server proxies /media/ to the bucket
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "url_protocol": os.environ.get("AWS_S3_URL_PROTOCOL", "https:"),
            "default_acl": os.environ.get("AWS_DEFAULT_ACL") or None,
            "file_overwrite": False,
            "querystring_auth": False,
            # Checksums only where S3 requires them: S3-compatible stores (S3Proxy, MinIO,
            # Ceph) refuse the newer default trailers on every upload.
            "client_config": BotocoreConfig(
                request_checksum_calculation="when_required", response_checksum_validation="when_required"
            ),
        },
    }
else:
    DEFAULT_FILE_STORAGE_BACKEND = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

STORAGES = {
    "default": DEFAULT_FILE_STORAGE_BACKEND,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cong-cchc@laocai.gov.vn")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail runs its index and reference tasks in-process; one line per task is noise.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# Wagtail
WAGTAIL_SITE_NAME = PORTAL_SHORT_NAME
# Wagtail's sign-in form leaves "Password" untranslated (editorial.login_form).
WAGTAILADMIN_USER_LOGIN_FORM = "editorial.login_form.PortalLoginForm"
# The public address, e.g. https://cchc.laocai.gov.vn: canonical links, og:url, sitemap, feeds,
# e-mail links (news.site_address); setup_portal writes it into the default Site.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", PORTAL_BASE_URL or "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_FORM_BASE = "news.forms.PortalImageForm"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp", "png": "png", "gif": "gif", "bmp": "jpeg"}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "zip", "mp4", "webm"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 500 * 1024 * 1024  # the monthly TV episode of the PAR column
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# Slugs typed or generated in the admin are ASCII ("duong-day-nong-cho-dong-bao"): Unicode ones
# become percent-encoded URLs that break when shared on Zalo. news.models.content does the same on the server.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No Gravatar: it cannot load inside the province's closed network and sends e-mail hashes abroad.
# editorial.avatars draws initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True
# ASCII tag slugs ("cai-cach-hanh-chinh"), via Unidecode.
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Elasticsearch for the archive search; the database engine serves when it is unset.
# A cluster: its nodes' URLs, comma-separated (the client tries the next one when a node is down).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal")
# Copies of the index on other nodes: 0 for one server, 1 or more for a cluster, so search
# keeps answering from Elasticsearch when a node goes down.
ELASTICSEARCH_REPLICAS = int(os.environ.get("ELASTICSEARCH_REPLICAS", "0"))

# Listings
PORTAL_PAGE_SIZE = 12
# How many reverse proxies (nginx, a load balancer) stand before the app servers: the
# feedback form's rate limit counts per client address taken from X-Forwarded-For.
PORTAL_TRUSTED_PROXIES = int(os.environ.get("PORTAL_TRUSTED_PROXIES", "0"))


def require_secret_key(secret_key):
    """Refuse to start a production process without a real secret."""
    if not secret_key or len(secret_key) < 32:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment (at least 32 characters).")
