"""The steering committee's pages (Decree 42/2022): introduction, functions, members and chart, contacts,
in Vietnamese and at /en/ in English, joined by a language switch and hreflang links."""

import pytest

from news.demo.committee import ensure_committee_pages
from news.models import PortalSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def committee(home):
    settings = PortalSettings.load()
    settings.address = "Khối 2, phường Nam Cường, tỉnh Lào Cai"
    settings.phone = "0214 3840 010"
    settings.email = "bcdcchc@laocai.gov.vn"
    settings.responsible = "Giám đốc Sở Nội vụ tỉnh Lào Cai"
    settings.licence = "Số 01/GP-TTĐT"
    settings.save()
    return ensure_committee_pages(home)


def test_structure_page_lists_members_by_position_and_draws_the_chart(client, committee):
    html = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    chart = html.split('<ol class="org-chart"')[1].split("</ol>")[0]
    levels = [part.split("</p>")[0] for part in chart.split('<p class="org-chart__label">')[1:]]
    assert levels == ["Trưởng ban", "Phó Trưởng ban", "Ủy viên thường trực", "Ủy viên", "Tổ giúp việc"]
    assert "Chủ tịch Ủy ban nhân dân tỉnh" in chart, "the chart is text, not a picture of text"
    assert "Giám đốc Sở Tư pháp" in html.split('id="members-title"')[1]


def test_contacts_page_gives_address_phone_email_and_officials(client, committee):
    html = client.get("/gioi-thieu/lien-he/").content.decode()
    contacts = html.split('id="contacts-title"')[1]
    for text in ["Khối 2, phường Nam Cường", 'href="tel:02143840010"', "mailto:bcdcchc@laocai.gov.vn"]:
        assert text in contacts, text
    assert "Cán bộ đầu mối liên hệ" in contacts and "phongcchc.snv@laocai.gov.vn" in contacts


def test_functions_page_and_introduction_are_reachable_from_the_menu(client, committee):
    home = client.get("/").content.decode()
    menu = home.split('aria-label="Chuyên mục"')[1].split("</nav>")[0]
    assert 'href="/gioi-thieu/"' in menu and 'href="/en/" hreflang="en" lang="en">English</a>' in menu
    intro = client.get("/gioi-thieu/").content.decode()
    assert 'href="/gioi-thieu/chuc-nang-nhiem-vu/"' in intro
    assert "tham mưu cho Ủy ban nhân dân tỉnh" in client.get("/gioi-thieu/chuc-nang-nhiem-vu/").content.decode()


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("/en/", "/gioi-thieu/"),
        ("/en/structure/", "/gioi-thieu/co-cau-to-chuc/"),
        ("/en/contact/", "/gioi-thieu/lien-he/"),
        ("/en/functions/", "/gioi-thieu/chuc-nang-nhiem-vu/"),
    ],
)
def test_english_pages_switch_to_their_vietnamese_counterpart(client, committee, english, vietnamese):
    response = client.get(english)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<div class="wrap committee" lang="en">' in html, "the English content is marked as English"
    assert f'<link rel="alternate" hreflang="en" href="http://localhost{english}">' in html
    assert f'<link rel="alternate" hreflang="vi" href="http://localhost{vietnamese}">' in html
    assert f'<a href="{vietnamese}" hreflang="vi" lang="vi">Tiếng Việt</a>' in html
    back = client.get(vietnamese).content.decode()
    assert f'<a href="{english}" hreflang="en" lang="en">English</a>' in back


def test_english_structure_and_contacts_are_in_english(client, committee):
    structure = client.get("/en/structure/").content.decode()
    assert "Organisation chart" in structure and "Chairman of the Provincial People&#x27;s Committee" in structure
    contact = client.get("/en/contact/").content.decode()
    assert "Officials to contact" in contact and "Telephone" in contact


def test_footer_names_managing_agency_responsible_person_and_licence(client, committee):
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    assert "Cơ quan chủ quản:" in footer
    assert "Chịu trách nhiệm nội dung:</dt> <dd>Giám đốc Sở Nội vụ tỉnh Lào Cai" in footer
    assert "Giấy phép:</dt> <dd>Số 01/GP-TTĐT" in footer


def test_loading_twice_changes_nothing(home):
    first = ensure_committee_pages(home)
    second = ensure_committee_pages(home)
    assert {key: page.pk for key, page in first.items()} == {key: page.pk for key, page in second.items()}
