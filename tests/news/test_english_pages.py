"""English pages are Wagtail translations at /en/; every other address stays Vietnamese, whatever the browser asks.

The language comes from the address alone: a browser preferring English still reads the
Vietnamese portal at its Vietnamese addresses, the admin stays Vietnamese, and the anonymous
page cache (keyed by address) never hands one language's page out for the other's address.
"""

import pytest
from wagtail.models import Locale

from news.demo.committee import ensure_committee_pages
from news.models import CommitteePage, HomePage

pytestmark = pytest.mark.django_db

PREFERS_ENGLISH = "en-GB,en;q=0.9,vi;q=0.5"


@pytest.fixture
def committee(home):
    return ensure_committee_pages(home)


@pytest.mark.parametrize("url", ["/", "/gioi-thieu/", "/gioi-thieu/lien-he/"])
def test_a_browser_preferring_english_still_gets_the_vietnamese_page(client, committee, url):
    client.cookies["django_language"] = "en"  # Django's language cookie is ignored too
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=PREFERS_ENGLISH)
    assert response.status_code == 200
    assert response["Content-Language"] == "vi"
    assert '<html lang="vi">' in response.content.decode()


def test_the_admin_stays_vietnamese_for_a_browser_preferring_english(client, committee):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=PREFERS_ENGLISH).content.decode()
    assert '<html lang="vi"' in html and "Đăng nhập" in html


def test_page_cache_keeps_english_and_vietnamese_pages_apart(client, committee):
    pairs = [("/", "/en/"), ("/gioi-thieu/lien-he/", "/en/contact/")]
    for _visit in range(2):
        served = {url: client.get(url, HTTP_ACCEPT_LANGUAGE=PREFERS_ENGLISH) for pair in pairs for url in pair}
    for vietnamese, english in pairs:
        assert served[vietnamese]["X-Portal-Cache"] == "hit" and served[english]["X-Portal-Cache"] == "hit"
        assert '<html lang="vi">' in served[vietnamese].content.decode()
        assert '<html lang="en">' in served[english].content.decode()
    assert "Thông tin liên hệ" in served["/gioi-thieu/lien-he/"].content.decode()
    assert "Contact information" in served["/en/contact/"].content.decode()


def test_a_page_translated_with_wagtails_api_joins_the_language_switch(client, committee, home):
    page = CommitteePage(title="Quy chế hoạt động", slug="quy-che", intro="Quy chế hoạt động của Ban Chỉ đạo.")
    home.add_child(instance=page)
    page.save_revision().publish()
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    assert english.get_parent().pk == committee[("en", "root")].pk, "made under the English home, at /en/"
    assert 'class="language-switch"' not in client.get("/quy-che/").content.decode(), "a draft is not linked"

    english.title = "Working rules"
    english.intro = "The Steering Committee's working rules."
    english.save_revision().publish()
    vietnamese_html = client.get("/quy-che/").content.decode()
    assert '<a href="/en/quy-che/" hreflang="en" lang="en">English</a>' in vietnamese_html
    response = client.get("/en/quy-che/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html and "<h1>Working rules</h1>" in html
    assert '<a href="/quy-che/" hreflang="vi" lang="vi">Tiếng Việt</a>' in html
    assert '<link rel="alternate" hreflang="vi" href="http://localhost/quy-che/">' in html


def test_english_pages_are_wagtail_translations_of_the_vietnamese_ones(committee):
    english_home = committee[("en", "root")]
    assert isinstance(english_home, HomePage) and english_home.locale.language_code == "en"
    for key in ("functions", "structure", "contacts"):
        vietnamese, english = committee[("vi", key)], committee[("en", key)]
        assert list(vietnamese.get_translations()) == [english]
        assert english.locale.language_code == "en" and english.get_parent().pk == english_home.pk


def test_english_pages_made_before_wagtails_i18n_move_under_the_english_home(client, committee, home):
    """As migration 0008 leaves them: an English root CommitteePage at /en/ in the Vietnamese tree, the English
    pages under it with their locale and keys. setup_portal moves them, keeping each page, and drops the root."""
    english_locale = Locale.objects.get(language_code="en")
    old_root = CommitteePage(title="Old English root", slug="en", locale=english_locale, intro="Old.")
    old_root.translation_key = committee[("vi", "root")].translation_key
    home.add_child(instance=old_root)
    english_pages = {key: committee[("en", key)] for key in ("functions", "structure", "contacts")}
    for page in english_pages.values():
        page.move(old_root, pos="last-child")
    committee[("en", "root")].delete()

    again = ensure_committee_pages(HomePage.objects.get(pk=home.pk))
    assert {key: again[("en", key)].pk for key in english_pages} == {key: p.pk for key, p in english_pages.items()}
    assert not CommitteePage.objects.filter(pk=old_root.pk).exists()
    assert client.get("/en/structure/").status_code == 200
    assert '<html lang="en">' in client.get("/en/").content.decode()


def test_without_a_live_english_home_english_addresses_show_no_vietnamese_pages(client, committee):
    HomePage.objects.get(pk=committee[("en", "root")].pk).unpublish()
    assert client.get("/en/").status_code == 404
    assert client.get("/en/gioi-thieu/").status_code == 404, "Wagtail would fall back to the Vietnamese tree"
    assert client.get("/gioi-thieu/").status_code == 200
    assert 'href="/en/"' not in client.get("/").content.decode(), "the menu no longer offers English"
