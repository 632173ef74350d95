"""Sign-in, sessions and response headers: what stands between the admin and an attacker.

Imported by base.py, so every environment has it; dev.py and test.py switch two-factor
sign-in off (PORTAL_REQUIRE_2FA), production keeps it on.

- Lockout (django-axes): 5 wrong passwords for one username from one address lock that pair
  for an hour; a "Quản trị" unlocks it earlier in Settings → Đăng nhập bị khóa.
- Passwords: 12 characters at least, not a common one, not like the username. Only new
  passwords are checked: `make run`'s demo users are created by setup_editorial directly.
- Sessions end after 8 hours without a request.
- Two-factor sign-in (django-otp, TOTP apps such as Google Authenticator): required for
  whoever may publish without review or manage accounts when PORTAL_REQUIRE_2FA is on,
  offered to every editor (editorial.two_factor).
- Content-Security-Policy (django-csp): public pages load scripts, styles and frames only from
  this site (and the video providers); the admin, which Wagtail builds with inline scripts
  and styles, gets its own, looser policy (portal.csp.PortalCSPMiddleware).
"""

import os
from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE


def _env_bool(name, default):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Sign-in ---------------------------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "editorial.logins.lockout_response"
AXES_VERBOSE = False
# Behind nginx the client's address is in X-Forwarded-For (PORTAL_TRUSTED_PROXIES hops).
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("PORTAL_TRUSTED_PROXIES", "0")) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True  # the 8 hours count from the last request, not from sign-in
SESSION_ENGINE = "portal.sessions"  # database sessions; a stale cookie does not make a new empty row
SESSION_COOKIE_HTTPONLY = True

PORTAL_REQUIRE_2FA = _env_bool("PORTAL_REQUIRE_2FA", True)
OTP_TOTP_ISSUER = "CCHC Lào Cai"

# Headers ---------------------------------------------------------------------------------------

SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

VIDEO_FRAME_SOURCES = _env_list(
    "CSP_FRAME_SRC",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com,https://www.facebook.com",
)


def media_sources(media_url, custom_domain=None, endpoint_url=None):
    """Where images and videos come from besides this site: the media storage's host, if any."""
    sources = []
    for url in (media_url, f"https://{custom_domain}" if custom_domain else None, endpoint_url):
        if url and urlsplit(url).netloc:
            parts = urlsplit(url)
            sources.append(f"{parts.scheme}://{parts.netloc}")
    return sources


MEDIA_SOURCES = media_sources(
    os.environ.get("MEDIA_URL", ""), os.environ.get("AWS_S3_CUSTOM_DOMAIN"), os.environ.get("AWS_S3_ENDPOINT_URL")
)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_SOURCES],
        "media-src": [SELF, *MEDIA_SOURCES],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Wagtail's admin writes inline scripts and styles (and its bundles use eval); it is only for
# signed-in editors, so it gets these on top of the public policy.
PORTAL_ADMIN_CSP_PREFIX = "/admin/"
PORTAL_ADMIN_CSP = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", "https:"],
    "frame-src": [SELF, "https:"],
}
