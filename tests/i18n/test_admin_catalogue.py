"""The admin speaks Vietnamese: every message an editor can meet has a translation in our terms.

Wagtail ships Vietnamese for about a fifth of its admin, in terms of its own ("Biên tập",
"Phê chuẩn"); the project's catalogue in locale/vi/ translates all of it, in the terms of
docs/GLOSSARY.md, and wins over Wagtail's own. These tests read Wagtail's English catalogues, so
an upgrade that adds messages fails here instead of showing English to the board.
"""

import gettext
import json
import re
from collections import Counter
from datetime import timedelta
from pathlib import Path

import django
import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.timesince import timesince
from django.utils.translation import trans_real
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

from .po_files import read_po

LOCALE = Path(settings.BASE_DIR) / "locale"
SOURCES = LOCALE / "src"
COMPILED = LOCALE / "vi" / "LC_MESSAGES"

# Installed but never shown to an editor: the board works in Wagtail's admin, and Django's own
# admin has no URL in portal/urls.py.
NOT_SHOWN_TO_EDITORS = {"django.contrib.admin"}


def english_catalogues():
    """(app, domain, path) of every English catalogue shipped by an app in INSTALLED_APPS, and Django's own."""
    found = [("django", "django", Path(django.__file__).parent / "conf/locale/en/LC_MESSAGES/django.po")]
    for app_config in apps.get_app_configs():
        if app_config.name in NOT_SHOWN_TO_EDITORS:
            continue
        for domain in ("django", "djangojs"):
            path = Path(app_config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                found.append((app_config.name, domain, path))
    return found


def is_djangos(app_name):
    """Django translates its own messages well; the project only fills its gaps."""
    return app_name == "django" or app_name.startswith("django.")


def compiled_catalogue(domain):
    """The project's compiled catalogue as Python's gettext reads it, header left out."""
    with open(COMPILED / f"{domain}.mo", "rb") as mo_file:
        catalogue = gettext.GNUTranslations(mo_file)._catalog
    return {key: text for key, text in catalogue.items() if key != ""}


def runtime_catalogue(domain):
    """What Django serves for Vietnamese: its own catalogues, the apps', then LOCALE_PATHS on top."""
    if domain == "django":
        return trans_real.translation("vi")._catalog
    return trans_real.DjangoTranslation("vi", domain=domain)._catalog


def untranslated(messages, catalogue):
    """English messages the catalogue has no (non-empty) Vietnamese for; msgfmt leaves fuzzy ones out."""
    missing = []
    for message in messages:
        key = message.key if message.msgid_plural is None else (message.key, 0)
        if not catalogue.get(key):
            missing.append(message.msgid if message.context is None else f"{message.context} | {message.msgid}")
    return missing


@pytest.mark.parametrize(
    ("app_name", "domain", "path"),
    english_catalogues(),
    ids=[f"{app}:{domain}" for app, domain, _path in english_catalogues()],
)
def test_every_message_of_an_installed_app_has_vietnamese(app_name, domain, path):
    """Wagtail's messages must come from the project catalogue (its own Vietnamese is partial and in
    other terms); Django's may come from Django's own Vietnamese."""
    catalogue = runtime_catalogue(domain) if is_djangos(app_name) else compiled_catalogue(domain)
    messages = read_po(path)
    missing = untranslated(messages, catalogue)
    listing = "\n".join(f"  {msgid!r}" for msgid in missing)
    assert not missing, (
        f"{app_name} ({domain}): {len(missing)} of {len(messages)} messages have no Vietnamese "
        f"in locale/vi/LC_MESSAGES/{domain}.mo; translate them in locale/src/ and run `make locale`:\n{listing}"
    )


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_compiled_catalogue_is_in_step_with_its_sources(domain):
    """The committed .mo is what `make locale` makes of locale/src/: first source in name order wins."""
    expected = {}
    for source in sorted(SOURCES.glob("*.po")):
        if ("js" in source.name) != (domain == "djangojs"):
            continue
        for message in read_po(source):
            if message.is_translated:
                for key, text in message.compiled().items():
                    expected.setdefault(key, text)
    compiled = compiled_catalogue(domain)
    stale = sorted(str(key) for key in expected.keys() | compiled.keys() if expected.get(key) != compiled.get(key))
    assert not stale, f"{domain}.mo differs from locale/src/ in {len(stale)} messages; run `make locale`: {stale[:20]}"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_sources_sharing_a_message_translate_it_alike(domain):
    """One message, one translation: at run time only the first source's survives, so where two
    sources translate the same message differently one of them is silently lost."""
    translations = {}
    for source in sorted(SOURCES.glob("*.po")):
        if ("js" in source.name) != (domain == "djangojs"):
            continue
        for message in read_po(source):
            for key, text in message.compiled().items():
                translations.setdefault(key, {}).setdefault(text, []).append(source.name)
    disagreements = [f"{key!r}: {found}" for key, found in translations.items() if len(found) > 1]
    assert not disagreements, f"{len(disagreements)} messages translated differently:\n" + "\n".join(disagreements)


# Placeholders, HTML tags and entities that Python, str.format or the browser read.
CODE = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}|</?[a-zA-Z][^>]*>|&\w+;")


@pytest.mark.parametrize("source", sorted(SOURCES.glob("*.po")), ids=lambda path: path.name)
def test_translations_keep_every_placeholder_and_tag(source):
    """A lost %(count)s misleads, an extra one crashes the page: each translation keeps its source's."""
    broken = []
    for message in read_po(source):
        english = message.msgid_plural or message.msgid
        for text in message.translations:
            if Counter(CODE.findall(text)) != Counter(CODE.findall(english)):
                broken.append(f"{message.msgid!r} -> {text!r}")
    assert not broken, f"{source.name}: {len(broken)} translations change placeholders or tags:\n" + "\n".join(broken)


def test_project_catalogue_wins_over_wagtails_own_vietnamese():
    """Wagtail's own Vietnamese says "Biên tập" and "Phê chuẩn"; the board's terms replace them."""
    with translation.override("vi"):
        assert translation.gettext("Edit") == "Sửa"
        assert translation.gettext("Approve") == "Duyệt"
        assert translation.gettext("Reject") == "Trả lại"
        assert translation.gettext("Request changes") == "Yêu cầu chỉnh sửa"
        assert translation.gettext("Unpublish") == "Ngừng xuất bản"
        assert translation.gettext("Locked") == "Đang khoá"
        count = 3
        label = translation.ngettext("%(count)s descendant collection", "%(count)s descendant collections", count)
        assert label % {"count": count} == "3 bộ sưu tập con"


def test_recent_edits_read_just_now_not_zero_minutes():
    """Wagtail says "just now" when Django's timesince gives its own "0 minutes": the two catalogues agree."""
    with translation.override("vi"):
        assert timesince(timezone.now() - timedelta(seconds=20)) == "0\xa0phút"
        assert timesince_simple(timezone.now() - timedelta(seconds=20)) == translation.gettext("just now")


def test_editor_screens_read_in_the_glossarys_terms():
    """The labels the issue found in English on the dashboard, explorer and edit view."""
    with translation.override("vi"):
        assert translation.gettext("Save draft") == "Lưu nháp"
        assert translation.gettext("Dashboard") == "Trang tổng quan"
        assert translation.gettext("Publish") == "Xuất bản"
        two_years_ago = timezone.now() - timedelta(days=2 * 365 + 30)
        assert timesince_simple(two_years_ago).replace("\xa0", " ") == "2 năm trước"


@pytest.mark.django_db
def test_admin_javascript_catalogue_serves_the_project_translations(client):
    """The editor's JavaScript (StreamField, minimap, comments) reads /admin/jsi18n/, which merges
    the project's djangojs catalogue over Wagtail's."""
    response = client.get(reverse("wagtailadmin_javascript_catalog"), HTTP_ACCEPT_LANGUAGE="vi")
    body = response.content.decode()
    assert response.status_code == 200
    # JavaScriptCatalog writes JSON with non-ASCII escaped.
    assert json.dumps("Thu gọn tất cả") in body
    assert json.dumps("Xem trang con của '%(title)s'") in body


@pytest.mark.django_db
def test_sign_in_page_has_no_english_label(client):
    """Wagtail's own form leaves the password field's label to Django, which writes "Password"."""
    html = client.get("/admin/login/").content.decode()
    assert "Mật khẩu" in html
    assert ">Password<" not in html and "Password*" not in html
