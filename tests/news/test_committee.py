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
        ("/en/", "/"),
        ("/en/structure/", "/gioi-thieu/co-cau-to-chuc/"),
        ("/en/contact/", "/gioi-thieu/lien-he/"),
        ("/en/functions/", "/gioi-thieu/chuc-nang-nhiem-vu/"),
    ],
)
def test_english_pages_switch_to_their_vietnamese_counterpart(client, committee, english, vietnamese):
    response = client.get(english)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html, "the English page is marked as English"
    assert '<header class="site-header" lang="vi">' in html, "the portal's own Vietnamese header says so"
    for language, url in (("vi", vietnamese), ("en", english), ("x-default", vietnamese)):
        assert f'<link rel="alternate" hreflang="{language}" href="http://localhost{url}">' in html
    assert f'<p class="language-switch"><a href="{vietnamese}" hreflang="vi" lang="vi">Tiếng Việt</a></p>' in html
    back = client.get(vietnamese).content.decode()
    assert '<html lang="vi">' in back
    assert f'<p class="language-switch"><a href="{english}" hreflang="en" lang="en">English</a></p>' in back
    assert f'<link rel="alternate" hreflang="en" href="http://localhost{english}">' in back


def test_english_home_introduces_the_committee_and_lists_its_english_pages(client, committee):
    html = client.get("/en/").content.decode()
    assert "<h1>Administrative Reform Steering Committee of Lào Cai Province</h1>" in html
    pages = html.split('id="english-pages-title"')[1].split("</nav>")[0]
    for url in ("/en/functions/", "/en/structure/", "/en/contact/"):
        assert f'href="{url}"' in pages
    assert "Tin hoạt động" not in html, "the Vietnamese news stays on the Vietnamese home page"


def test_a_page_without_translation_has_no_switch_and_no_hreflang(client, committee):
    html = client.get("/gioi-thieu/").content.decode()
    assert 'class="language-switch"' not in html and 'hreflang="x-default"' not in html
    assert 'href="/en/" hreflang="en" lang="en">English</a>' in html, "the menu still leads to the English pages"


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
