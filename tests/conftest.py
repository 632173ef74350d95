import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from wagtail.models import Page, Site

from news.factories import HomePageFactory, TopicIndexPageFactory

STOPS_ELASTICSEARCH = "stops_elasticsearch"


def pytest_configure(config):
    config.addinivalue_line(
        "markers", f"{STOPS_ELASTICSEARCH}: stops the Elasticsearch server; runs only on one the suite started"
    )


def suite_started_elasticsearch():
    """True when scripts/run-tests.sh started the server under test (TEST_ES_MANAGED=1), so a test may
    stop it and wipe its data; a server named by the user's ELASTICSEARCH_URL is never touched."""
    return os.environ.get("TEST_ES_MANAGED") == "1"


def pytest_runtest_setup(item):
    if item.get_closest_marker(STOPS_ELASTICSEARCH) and not suite_started_elasticsearch():
        pytest.skip(
            "stops and wipes the Elasticsearch server, and this run did not start the one at ELASTICSEARCH_URL "
            "(TEST_ES_MANAGED is not 1): run `make test` without ELASTICSEARCH_URL to include it"
        )


def pytest_sessionfinish(session):
    """Remove the throwaway media folder portal/settings/test.py made, so runs leave nothing behind."""
    media = Path(django_settings.MEDIA_ROOT)
    if media.name.startswith("portal-test-media-"):  # never a media folder someone configured
        shutil.rmtree(media, ignore_errors=True)


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches, as a fresh deployment would."""
    for cache in caches.all():
        cache.clear()


def ensure_wagtail_tree():
    """Wagtail's starting rows (default locale, root page, root collection), which its migrations
    create: put back when an earlier transactional test has flushed the database."""
    from django.conf import settings
    from django.utils.translation import get_supported_language_variant
    from wagtail.models import Collection, Locale

    locale, _created = Locale.objects.get_or_create(
        language_code=get_supported_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


@pytest.fixture
def home(db):
    """A HomePage served as the default site, like setup_portal makes it."""
    ensure_wagtail_tree()
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def topic(home):
    return TopicIndexPageFactory(parent=home, title="Cải cách thủ tục hành chính", slug="thu-tuc-hanh-chinh")
