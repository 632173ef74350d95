import pytest
from django.core.cache import caches
from wagtail.models import Page, Site

from news.factories import HomePageFactory, TopicIndexPageFactory


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches, as a fresh deployment would."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home(db):
    """A HomePage served as the default site, like setup_portal makes it."""
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
