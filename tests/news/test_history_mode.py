"""History mode: an official whose term ended, or a reform model replaced by a newer one, keeps its
page, URL, listing and search place, under a banner saying it records the past."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from news.factories import ExemplaryOfficialPageFactory, ReformModelPageFactory
from news.models import ContentPage

pytestmark = pytest.mark.django_db

OFFICIAL_BANNER = "Thông tin tại thời điểm"


def publish(page, django_capture_on_commit_callbacks):
    """Publishes the page as the admin does, running the after-commit work (the search index) too."""
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def banner_of(html):
    start = html.index('<section class="history-banner" role="note"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def official(topic, django_capture_on_commit_callbacks):
    page = ExemplaryOfficialPageFactory(
        parent=topic, title="Người giữ lửa một cửa xã Bản Vược", full_name="Lù Thị Mai", slug="lu-thi-mai"
    )
    return publish(page, django_capture_on_commit_callbacks)


def test_official_whose_term_ended_shows_the_banner_with_date_and_name(
    client, official, django_capture_on_commit_callbacks
):
    url = official.url
    assert OFFICIAL_BANNER not in client.get(url).content.decode()

    official.term_ended_on = datetime.date(2024, 1, 15)
    publish(official, django_capture_on_commit_callbacks)

    response = client.get(url)
    assert response.status_code == 200
    banner = banner_of(response.content.decode())
    assert 'aria-labelledby="history-banner-title"' in banner
    assert (
        'Thông tin tại thời điểm <time datetime="2024-01-15">15/01/2024</time>; '
        "ông/bà Lù Thị Mai hiện không còn giữ chức vụ này."
    ) in banner


def test_official_in_history_mode_stays_in_listing_and_search(
    client, settings, topic, official, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = ""  # the database engine, as `make run` without Elasticsearch
    official.term_ended_on = datetime.date(2024, 1, 15)
    publish(official, django_capture_on_commit_callbacks)

    assert official.title in client.get(topic.url).content.decode()
    results = client.get("/search/", {"q": "Bản Vược"}).content.decode()
    assert f'<a href="{official.url}">' in results


def test_term_cannot_end_in_the_future(official):
    official.term_ended_on = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        official.full_clean()
    assert "term_ended_on" in error.value.message_dict


def test_replaced_model_links_to_the_newer_one(client, topic, django_capture_on_commit_callbacks):
    old = publish(
        ReformModelPageFactory(parent=topic, title="Một cửa giấy 2019", slug="mot-cua-giay"),
        django_capture_on_commit_callbacks,
    )
    newer = publish(
        ReformModelPageFactory(parent=topic, title="Một cửa số 2024", slug="mot-cua-so"),
        django_capture_on_commit_callbacks,
    )
    old.replaced_by = newer
    publish(old, django_capture_on_commit_callbacks)

    response = client.get("/" + topic.slug + "/mot-cua-giay/")
    assert response.status_code == 200
    banner = banner_of(response.content.decode())
    assert f'<a href="{newer.url}">Một cửa số 2024</a>' in banner
    assert "history-banner" not in client.get(newer.url).content.decode()
    assert "Một cửa giấy 2019" in client.get(topic.url).content.decode(), "a replaced model stays listed"


def test_no_banner_until_the_replacement_is_public(client, topic, django_capture_on_commit_callbacks):
    """A replacement still in draft would send visitors to a 404: the old model stays current until it is live."""
    newer = ReformModelPageFactory(parent=topic, title="Một cửa số 2024", live=False, first_published_at=None)
    old = publish(ReformModelPageFactory(parent=topic, title="Một cửa giấy 2019"), django_capture_on_commit_callbacks)
    old.replaced_by = newer
    publish(old, django_capture_on_commit_callbacks)

    html = client.get(old.url).content.decode()
    assert "history-banner" not in html
    assert ContentPage.objects.filter(pk=old.pk, live=True).exists()


def test_a_model_cannot_replace_itself(topic):
    model = ReformModelPageFactory(parent=topic)
    model.replaced_by = model
    with pytest.raises(ValidationError) as error:
        model.full_clean()
    assert "replaced_by" in error.value.message_dict
