import pytest
from django.core.cache import caches
from wagtail.models import Page, Site

from news.factories import HomePageFactory, TopicIndexPageFactory


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
