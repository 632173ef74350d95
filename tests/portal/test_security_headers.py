"""Response headers: a strict Content-Security-Policy on public pages, Wagtail's needs on the admin,
HSTS from the environment, and a production configuration that `check --deploy` finds nothing in."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from editorial.factories import UserFactory
from news.factories import NewsArticlePageFactory

ROOT = Path(__file__).resolve().parents[2]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.IGNORECASE)


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def without_data_scripts(html):
    """JSON-LD and json_script blocks are data, which the policy does not run."""
    return re.sub(r'<script type="application/(ld\+)?json"', "", html)


@pytest.mark.django_db
def test_public_pages_allow_only_this_sites_scripts_and_styles(client, topic):
    article = NewsArticlePageFactory(parent=topic)
    for url in ["/", topic.url, article.url, "/search/?q=một cửa"]:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"]
        html = response.content.decode()
        # Nothing the policy would block: no inline script, no on… handler, no style attribute.
        assert not INLINE_SCRIPT.search(without_data_scripts(html)), url
        assert not EVENT_HANDLER.search(html), url
        assert not STYLE_ATTRIBUTE.search(html), url


def test_public_templates_have_no_inline_script_or_style():
    for template in (ROOT / "templates").rglob("*.html"):
        if template.is_relative_to(ROOT / "templates" / "editorial"):
            continue  # admin screens, under the admin's policy
        html = template.read_text()
        assert not INLINE_SCRIPT.search(without_data_scripts(html)), template
        assert not EVENT_HANDLER.search(html), template
        assert "<style" not in html, template
        assert not STYLE_ATTRIBUTE.search(html), template


@pytest.mark.django_db
def test_the_admin_gets_its_own_policy(client, home):
    client.force_login(UserFactory(username="sieuquantri", is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"]


def run_production(*args, **env):
    # As a production server's environment: without the suite's own switches (the browser tests
    # allow sync database calls beside Playwright's event loop, which check --deploy rightly refuses).
    inherited = {name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "cchc.laocai.gov.vn",
        **env,
    }
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, str(ROOT / "manage.py"), *args], env=environment, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_finds_nothing_with_production_settings():
    result = run_production("check", "--deploy")
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "WARNINGS" not in output and "ERRORS" not in output, output
    assert "System check identified no issues" in output


@pytest.mark.parametrize(("value", "expected"), [("1", "True True"), ("0", "False False")])
def test_hsts_subdomains_and_preload_follow_the_environment(value, expected):
    result = run_production(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)",
        SECURE_HSTS_INCLUDE_SUBDOMAINS=value,
        SECURE_HSTS_PRELOAD=value,
    )
    assert result.stdout.strip().splitlines()[-1] == expected, result.stderr
    assert "WARNINGS" not in run_production("check", "--deploy", SECURE_HSTS_PRELOAD=value).stderr
