"""What an anonymous visitor sees on each page type, and what they must never see."""

import datetime
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from news.factories import (
    AgencyFactory,
    ExemplaryOfficialPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    ReformModelPageFactory,
)
from news.models import OfficialAward, ReformModelResult

pytestmark = pytest.mark.django_db

JAN_15 = timezone.make_aware(datetime.datetime(2024, 1, 15, 9, 30))


def test_article_shows_its_fields(client, topic):
    agency = AgencyFactory(name="Sở Nội vụ tỉnh Lào Cai")
    article = NewsArticlePageFactory(
        parent=topic,
        title="Lào Cai đứng thứ 7 cả nước về Chỉ số cải cách hành chính",
        summary="Năm 2023, tỉnh Lào Cai xếp thứ 7/63 về PAR INDEX.",
        byline="Minh Anh (Sở Nội vụ)",
        agency=agency,
        first_published_at=JAN_15,
        lead_image=ImageFactory(description="Lễ công bố chỉ số"),
        lead_image_caption="Quang cảnh lễ công bố",
        tags=["PAR INDEX"],
    )
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        article.title,
        article.summary,
        "Minh Anh (Sở Nội vụ)",
        "Sở Nội vụ tỉnh Lào Cai",
        "15/01/2024",
        "Tỉnh Lào Cai đẩy mạnh dịch vụ công trực tuyến.",
        "Quang cảnh lễ công bố",
        'alt="Lễ công bố chỉ số"',
        "PAR INDEX",
        topic.title,
    ]:
        assert text in html, text
    assert '<html lang="vi"' in html


def test_reform_model_shows_results_before_and_after(client, topic):
    model = ReformModelPageFactory(parent=topic, title="Bộ phận một cửa không chờ")
    ReformModelResult.objects.create(
        page=model, indicator="Thời gian cấp giấy chứng nhận", before=30, after=10, unit="ngày"
    )
    response = client.get(model.url)
    html = response.content.decode()
    assert response.status_code == 200
    for text in [
        "Bộ phận một cửa không chờ",
        "Mô hình mới",
        "Một cửa, một cửa liên thông",
        "Cấp xã",
        "Đang nhân rộng",
        "<dt>Năm bắt đầu</dt><dd>2023</dd>",
        "Người dân phải chờ lâu",
        "Hẹn giờ trực tuyến qua Zalo",
    ]:
        assert text in html, text
    assert table_cells(html) == [
        ["Chỉ tiêu", "Trước", "Sau", "Thay đổi"],
        ["Thời gian cấp giấy chứng nhận", "30 ngày", "10 ngày", "−67%"],
    ]


class TableCells(HTMLParser):
    """The text of each row's cells in the page's tables, row by row."""

    def __init__(self):
        super().__init__()
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def table_cells(html):
    parser = TableCells()
    parser.feed(html)
    return parser.rows


def test_exemplary_official_shows_work_details(client, topic):
    official = ExemplaryOfficialPageFactory(parent=topic, full_name="Lù Thị Mai")
    OfficialAward.objects.create(page=official, name="Bằng khen của Chủ tịch UBND tỉnh", year=2023)
    html = client.get(official.url).content.decode()
    for text in [
        "Lù Thị Mai",
        "Công chức Văn phòng - Thống kê xã",
        "Hơn mười năm gắn bó",
        "Không để hồ sơ trễ hạn",
        "Việc của dân là việc của mình.",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "2023",
    ]:
        assert text in html, text


def test_official_page_type_has_no_private_fields():
    """No phone, ID number or home address can be stored on an official's public page."""
    from news.models import ExemplaryOfficialPage

    names = {f.name for f in ExemplaryOfficialPage._meta.get_fields()}
    assert not names & {"phone", "id_number", "home_address", "address", "citizen_id"}


@pytest.mark.parametrize("factory", [NewsArticlePageFactory, ReformModelPageFactory, ExemplaryOfficialPageFactory])
def test_draft_and_unpublished_pages_answer_404(client, topic, factory):
    draft = factory(parent=topic, live=False)
    assert client.get(draft.url or f"/thu-tuc-hanh-chinh/{draft.slug}/").status_code == 404
    published = factory(parent=topic)
    assert client.get(published.url).status_code == 200
    url = published.url
    published.unpublish()
    assert client.get(url).status_code == 404


def test_unpublished_page_leaves_listings_and_home(client, home, topic):
    kept = NewsArticlePageFactory(parent=topic, title="Bài vẫn còn trên cổng")
    gone = NewsArticlePageFactory(parent=topic, title="Bài đã gỡ khỏi cổng")
    gone.unpublish()
    for url in [topic.url, home.url]:
        html = client.get(url).content.decode()
        assert kept.title in html
        assert gone.title not in html


def test_home_links_to_all_three_types_and_topics(client, home, topic):
    article = NewsArticlePageFactory(parent=topic)
    model = ReformModelPageFactory(parent=topic)
    official = ExemplaryOfficialPageFactory(parent=topic)
    html = client.get("/").content.decode()
    for page in [article, model, official, topic]:
        assert f'href="{page.url}"' in html, page.title
