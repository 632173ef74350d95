"""The media section: videos (embedded or linked), posters and leaflets to download."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.embeds.models import Embed

from news.factories import AgencyFactory, DocumentFactory, ImageFactory, MediaIndexPageFactory, MediaItemPageFactory
from news.models import MediaKind
from tests.helpers.queries import queries_for

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=cchc-lao-cai"


@pytest.fixture
def section(home):
    return MediaIndexPageFactory(parent=home)


def test_listing_shows_items_with_their_kind_and_filters_by_kind(client, section):
    poster = MediaItemPageFactory(parent=section, title="Pa nô vì nhân dân phục vụ")
    video = MediaItemPageFactory(
        parent=section, title="Chuyên mục CCHC tháng 3", kind=MediaKind.TV_EPISODE, video_url=VIDEO_URL
    )
    html = client.get(section.url).content.decode()
    assert poster.title in html and video.title in html
    assert "Pa nô, áp phích" in html and "Chuyên mục CCHC trên truyền hình" in html
    only_tv = client.get(section.url, {"type": "tv_episode"}).content.decode()
    assert video.title in only_tv and poster.title not in only_tv
    assert client.get(section.url, {"type": "khong-co"}).status_code == 404


def test_poster_page_offers_its_print_file(client, section):
    file = DocumentFactory(title="Pa nô khổ lớn")
    poster = MediaItemPageFactory(
        parent=section, file=file, credit="Sở Nội vụ tỉnh Lào Cai", agency=AgencyFactory(name="Sở Nội vụ tỉnh Lào Cai"),
        tags=["pa nô"],
    )  # fmt: skip
    html = client.get(poster.url).content.decode()
    assert f'href="{file.url}"' in html and "Tải về bản in: Pa nô khổ lớn" in html
    assert "Sở Nội vụ tỉnh Lào Cai" in html and "pa nô" in html
    assert "<picture>" in html, "the poster itself is shown"


def test_video_is_embedded_with_a_title(client, section):
    Embed.objects.create(
        url=VIDEO_URL,
        hash=__import__("wagtail.embeds.embeds", fromlist=["get_embed_hash"]).get_embed_hash(VIDEO_URL, None, None),
        html='<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>',
        type="video",
        provider_name="YouTube",
    )
    video = MediaItemPageFactory(parent=section, kind=MediaKind.VIDEO, video_url=VIDEO_URL, title="Nộp hồ sơ tại nhà")
    html = client.get(video.url).content.decode()
    assert 'loading="lazy" title="Nộp hồ sơ tại nhà"' in html
    assert f'href="{VIDEO_URL}"' in html


def test_video_without_a_player_links_its_thumbnail_to_the_video(client, section):
    """Inside the provincial network video sites may be unreachable: the link still works."""
    video = MediaItemPageFactory(
        parent=section, kind=MediaKind.VIDEO, video_url="https://example.com/video/1", lead_image=ImageFactory()
    )
    html = client.get(video.url).content.decode()
    assert '<a class="video__poster" href="https://example.com/video/1">' in html
    assert "Xem video tại trang gốc" in html


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kind": MediaKind.VIDEO, "video_url": "", "lead_image": None}, "video_url"),
        ({"kind": MediaKind.POSTER, "lead_image": None, "file": None}, "file"),
    ],
)
def test_an_item_needs_what_its_kind_shows(fields, field):
    page = MediaItemPageFactory.build(**fields)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict


def test_listing_costs_the_same_queries_however_many_items(client, section):
    MediaItemPageFactory(parent=section)

    def queries():
        return queries_for(client, section.url, cold=True)

    queries()
    before = queries()
    for _ in range(5):
        MediaItemPageFactory(parent=section, tags=["áp phích"])
    queries()  # creates the new pictures' renditions, once
    assert queries() == before
