"""Every public page type, as a citizen's phone and a screen reader meet it: no sideways
scrolling at 360 and 390 px, zero axe-core violations (Thông tư 26/2020/TT-BTTTT), the services
in the main menu, and a text size that stays chosen.

The demo portal (setup_portal's content plus the committee pages) is loaded once per test:
it holds one page of every type, as a fresh installation shows them.
"""

from pathlib import Path

import pytest

from news.demo import loader
from news.demo.committee import ensure_committee_pages
from news.models import (
    DocumentIndexPage,
    ExemplaryOfficialPage,
    FeedbackPage,
    HomePage,
    LegalDocumentPage,
    MediaIndexPage,
    MediaItemPage,
    NewsArticlePage,
    ParIndicesPage,
    ReformModelPage,
    TopicIndexPage,
)
from tests.conftest import ensure_wagtail_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PHONE_WIDTHS = [360, 390]


@pytest.fixture
def portal():
    """Paths of one public page of every type, in the demo portal."""
    ensure_wagtail_tree()
    loader.load_demo()
    # Already made: returns the pages by key. The English home page is the Vietnamese one's translation.
    committee = ensure_committee_pages(HomePage.objects.get(locale__language_code="vi"))

    def first(model):
        return model.objects.live().order_by("path").first().url

    return {
        "home": "/",
        "section": TopicIndexPage.objects.live().order_by("path").first().url,
        "article": first(NewsArticlePage),
        "reform model": first(ReformModelPage),
        "official": first(ExemplaryOfficialPage),
        "documents": first(DocumentIndexPage),
        "document": first(LegalDocumentPage),
        "media": first(MediaIndexPage),
        "media item": first(MediaItemPage),
        "indices": first(ParIndicesPage),
        "feedback": first(FeedbackPage),
        "search": "/search/?q=c%E1%BA%A3i+c%C3%A1ch",
        "committee": committee[("vi", "root")].url,
        "committee structure": committee[("vi", "structure")].url,
        "committee contacts": committee[("vi", "contacts")].url,
        "English home": committee[("en", "root")].url,
        "English structure": committee[("en", "structure")].url,
        "not found": "/trang-khong-co/",
    }


def open_page(tab, url):
    response = tab.goto(url)
    tab.wait_for_load_state("load")
    return response


def test_no_public_page_scrolls_sideways_on_a_phone(browser, live_server, portal):
    wide = []
    for width in PHONE_WIDTHS:
        context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 800})
        tab = context.new_page()
        for name, path in portal.items():
            open_page(tab, live_server.url + path)
            scroll_width = tab.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width:
                wide.append(f"{name} ({path}) is {scroll_width} px wide at {width} px")
        context.close()
    assert wide == []


AXE_RUN = """async () => {
    const result = await axe.run(document, {rules: {"label-content-name-mismatch": {enabled: true}}});
    return result.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(" ")).join(", ")}`);
}"""


def axe_violations(tab):
    """axe-core's default rules plus label-content-name-mismatch (experimental, so off by default)."""
    tab.add_script_tag(path=str(AXE))
    return tab.evaluate(AXE_RUN)


def test_every_public_page_type_passes_axe(browser, live_server, portal):
    found = {}
    # bypass_csp: axe is injected as an inline script, which the portal's Content-Security-Policy refuses.
    context = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 800}, bypass_csp=True)
    tab = context.new_page()
    for name, path in portal.items():
        response = open_page(tab, live_server.url + path)
        assert response.status == (404 if name == "not found" else 200), name
        violations = axe_violations(tab)
        if violations:
            found[f"{name} ({path})"] = violations
    context.close()
    assert found == {}


def test_the_axe_check_catches_what_the_issue_reported(browser):
    """The check itself: the old PDF link (an aria-label hiding the visible text) and a picture without alt fail."""
    context = browser.new_context(bypass_csp=True)
    tab = context.new_page()
    tab.set_content(
        '<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body><main><h1>t</h1>'
        '<a href="/a.pdf" aria-label="Tải về văn bản 18/KH-UBND">PDF 120 KB</a><img src="/x.png"></main></body></html>'
    )
    rules = {violation.split(":")[0] for violation in axe_violations(tab)}
    assert {"label-content-name-mismatch", "image-alt"} <= rules
    context.close()


def test_services_are_in_the_main_menu_on_phone_and_desktop(browser, live_server, portal):
    for width in (390, 1280):
        context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 900})
        tab = context.new_page()
        open_page(tab, live_server.url + "/")
        nav = tab.get_by_role("navigation", name="Chuyên mục")
        if not nav.is_visible():
            tab.locator("label[for=menu-toggle]").click()
        for name in ["Góp ý", "Văn bản", "Tư liệu tuyên truyền", "Số liệu chỉ số"]:
            link = nav.get_by_role("link", name=name).first
            assert link.is_visible(), f"{name} at {width} px"
        nav.get_by_role("link", name="Văn bản").first.click()
        tab.wait_for_url(f"**{portal['documents']}")
        context.close()


def test_documents_are_cards_with_a_pdf_link_on_a_phone(browser, live_server, portal):
    context = browser.new_context(locale="vi-VN", viewport={"width": 360, "height": 800})
    tab = context.new_page()
    open_page(tab, live_server.url + portal["documents"])
    card = tab.locator(".doc-card").first
    assert card.locator(".doc-card__number").is_visible() and card.locator("time").is_visible()
    pdf = card.get_by_role("link", name="Tải về PDF")
    assert pdf.is_visible() and ("KB" in pdf.inner_text() or "MB" in pdf.inner_text())
    title_box = card.locator(".doc-card__title").bounding_box()
    assert title_box["width"] > 250, "the abstract gets the card's width, not a squeezed column"
    context.close()


def test_text_size_is_kept_from_page_to_page_without_cookies(browser, live_server, portal):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    open_page(tab, live_server.url + "/")
    control = tab.get_by_role("group", name="Cỡ chữ")
    base = tab.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    control.get_by_role("button", name="A++").click()
    assert control.get_by_role("button", name="A++").get_attribute("aria-pressed") == "true"
    assert tab.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == base * 1.25

    open_page(tab, live_server.url + portal["article"])
    assert tab.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == base * 1.25
    assert context.cookies() == [], "no cookie, so no consent banner"
    tab.get_by_role("group", name="Cỡ chữ").get_by_role("button", name="A", exact=False).first.click()
    assert tab.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == base
    context.close()


def test_language_switch_leads_to_the_translation_and_back_for_an_english_browser(browser, live_server, portal):
    """A browser that prefers English still opens the Vietnamese page; the switch leads to its English
    translation at /en/ and back."""
    context = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 800})
    tab = context.new_page()
    open_page(tab, live_server.url + portal["committee contacts"])
    assert tab.locator("html").get_attribute("lang") == "vi"
    tab.locator(".language-switch").get_by_role("link", name="English").click()
    tab.wait_for_url("**/en/contact/")
    assert tab.locator("html").get_attribute("lang") == "en"
    assert tab.get_by_role("heading", name="Contact information").is_visible()
    tab.locator(".language-switch").get_by_role("link", name="Tiếng Việt").click()
    tab.wait_for_url(f"**{portal['committee contacts']}")
    assert tab.locator("html").get_attribute("lang") == "vi"
    context.close()
