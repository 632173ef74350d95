"""The admin in a real browser reads as a Vietnamese tool: ASCII slugs typed from Vietnamese titles,
a report whose every column is reachable at 1366 px, and — walking every role through the review
chain and the screens they use — none of Wagtail's English strings on any screen."""

import re
from pathlib import Path

import pytest
import wagtail

from news.factories import AgencyFactory, NewsArticlePageFactory, TopicIndexPageFactory
from news.models import NewsArticlePage
from tests.browser.helpers import log_in
from tests.i18n.po_files import read_po

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WAGTAIL = Path(wagtail.__file__).parent
# Words that read the same in a Vietnamese admin (names, formats, abbreviations).
NEUTRAL = {"wagtail", "csv", "xlsx", "pdf", "url", "id", "email", "e-mail", "ok", "zalo", "html", "json", "svg"}


@pytest.fixture
def desktop(browser):
    """The board's office screens: 1366 × 768."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 768})
    context.problems = []
    context.on("page", lambda tab: tab.on("pageerror", lambda exc: context.problems.append(str(exc))))
    yield context
    context.close()


def test_slug_typed_from_a_vietnamese_title_is_ascii(desktop, live_server, topic, board):
    tab = log_in(desktop, live_server, "ctv_batxat")
    tab.goto(f"{live_server.url}/admin/pages/add/news/newsarticlepage/{topic.pk}/")
    tab.fill("#id_title", "Đường dây nóng cho đồng bào")
    tab.locator("#id_title").blur()
    tab.wait_for_function("() => document.querySelector('#id_slug').value !== ''")
    assert tab.locator("#id_slug").input_value() == "duong-day-nong-cho-dong-bao"


def test_every_report_column_is_reachable_at_1366_px(desktop, live_server, home, topic, board):
    """Many sections (columns) and agencies (rows): the table scrolls in a box no taller than the
    screen, so its horizontal scrollbar is in sight, and its last column can be brought into view."""
    for number in range(14):
        section = TopicIndexPageFactory(parent=home, title=f"Chuyên mục thử {number}", code=f"9.{number}")
        agency = AgencyFactory(name=f"Ủy ban nhân dân xã thử nghiệm số {number}")
        NewsArticlePageFactory(parent=section, agency=agency)
        NewsArticlePageFactory(parent=topic, agency=AgencyFactory(name=f"Phòng thử nghiệm số {number}"))
    tab = log_in(desktop, live_server, "truongban")
    tab.goto(f"{live_server.url}/admin/editorial/reports/outreach/?period=year&year=2026")
    table = tab.locator(".outreach-table")
    table.scroll_into_view_if_needed()
    table.evaluate("box => box.scrollIntoView({block: 'start'})")
    assert table.bounding_box()["height"] <= 768, "the horizontal scrollbar is on screen"
    table.evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    last_heading = tab.locator(".outreach-table thead th").last
    assert last_heading.inner_text().strip() == "Đang chờ duyệt"
    box = last_heading.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 1366, box
    assert tab.evaluate("document.documentElement.scrollWidth") <= 1366, "the page itself does not overflow"


def test_stopping_the_workflow_asks_first(desktop, live_server, topic, board):
    page = NewsArticlePageFactory(
        parent=topic, title="Bài thử ngừng quy trình", live=False, owner=board["collaborator"]
    )
    page.save_revision(user=board["collaborator"])
    tab = log_in(desktop, live_server, "ctv_batxat")
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    tab.locator("footer button[name='action-submit']").click()
    tab.wait_for_url(f"{live_server.url}/admin/pages/{topic.pk}/")
    tab = log_in(desktop, live_server, "bientap")
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    questions = []
    tab.on("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    tab.locator("footer [data-w-dropdown-target='toggle']").last.click()
    tab.get_by_role("button", name="Ngừng quy trình").click()
    assert questions and questions[0].startswith("Ngừng quy trình duyệt bài này?")
    assert NewsArticlePage.objects.get(pk=page.pk).current_workflow_state is not None, "dismissed: nothing changed"


# The walk of the "Done when" of issue 10 -----------------------------------------------------------


PLACEHOLDER = re.compile(r"%\(\w+\)\w|%\w|\{[^}]*\}")


def english_msgids():
    """Wagtail's English UI strings an editor can meet: whole phrases, and patterns for those with
    placeholders ("%(time_period)s ago" matches "2 năm ago")."""
    phrases, patterns = set(), []
    for path in [
        *WAGTAIL.glob("*/locale/en/LC_MESSAGES/django*.po"),
        *WAGTAIL.glob("contrib/*/locale/en/LC_MESSAGES/django*.po"),
    ]:
        for message in read_po(path):
            for text in filter(None, [message.msgid, message.msgid_plural]):
                text = text.strip()
                parts = PLACEHOLDER.split(text)
                if not any(re.search(r"[A-Za-z]{3}", part) for part in parts):
                    continue
                if len(parts) == 1:
                    if text.strip(" .:…").lower() not in NEUTRAL:
                        phrases.add(text.strip(" .:…"))
                else:
                    patterns.append(re.compile(".+?".join(re.escape(part) for part in parts), re.S))
    return phrases, patterns


VISIBLE_TEXT = """() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const element = node.parentElement;
        const text = node.textContent.replace(/\\s+/g, ' ').trim();
        if (!text || !element || ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(element.tagName)) continue;
        if (!element.checkVisibility || !element.checkVisibility()) continue;
        texts.push(text);
    }
    document.querySelectorAll('[placeholder], [aria-label]').forEach(element => {
        if (element.checkVisibility && element.checkVisibility()) {
            texts.push(element.getAttribute('placeholder') || element.getAttribute('aria-label'));
        }
    });
    return texts;
}"""


def english_on(tab, catalogue):
    phrases, patterns = catalogue
    texts = [text for text in tab.evaluate(VISIBLE_TEXT) if text]
    english = [
        text for text in texts if text.strip(" .:…") in phrases or any(pattern.fullmatch(text) for pattern in patterns)
    ]
    return english, texts


def test_every_role_walks_the_admin_in_vietnamese(desktop, live_server, home, topic, board):
    """Dashboard → explorer → create → Gửi duyệt → review → approve → published, then reports, images,
    documents and feedback moderation, as each role: the share of English strings on each screen is
    printed, and there must be none."""
    phrases = english_msgids()
    title = "Xã Y Tý trả kết quả hồ sơ đất đai trước hạn"
    shares = {}

    def look(tab, screen):
        tab.wait_for_load_state("networkidle")
        english, texts = english_on(tab, phrases)
        shares[screen] = (len(english), len(texts), english)

    tab = log_in(desktop, live_server, "ctv_batxat")
    look(tab, "cộng tác viên: bảng điều khiển")
    tab.goto(f"{live_server.url}/admin/pages/{topic.pk}/")
    look(tab, "cộng tác viên: danh sách trang")
    tab.goto(f"{live_server.url}/admin/pages/add/news/newsarticlepage/{topic.pk}/")
    look(tab, "cộng tác viên: tạo bài")
    tab.fill("#id_title", title)
    tab.fill("#id_summary", "Người dân nhận kết quả sớm hơn hẹn nhờ số hóa hồ sơ.")
    body = tab.locator("[data-contentpath='body']")
    body.locator("button.c-sf-add-button").first.click()
    tab.get_by_role("option", name=re.compile("Đoạn văn")).click()
    body.locator("[contenteditable='true']").first.click()
    tab.keyboard.type("Bộ phận một cửa xã Y Tý trả kết quả trước hạn.")
    tab.wait_for_function(
        '() => [...document.querySelectorAll(\'input[name^="body-"][name$="-value"]\')]'
        ".some(input => input.value.includes('trước hạn'))"
    )
    tab.locator("footer button[name='action-submit']").click()
    tab.wait_for_url(f"{live_server.url}/admin/pages/{topic.pk}/")
    look(tab, "cộng tác viên: sau khi gửi duyệt")
    article = NewsArticlePage.objects.get(title=title)

    for username, role in [("bientap", "biên tập viên"), ("truongban", "trưởng ban")]:
        tab = log_in(desktop, live_server, username)
        look(tab, f"{role}: bảng điều khiển")
        tab.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
        look(tab, f"{role}: duyệt bài")
        tab.locator("footer button[data-workflow-action-name='approve']").first.click()
        tab.wait_for_url(f"{live_server.url}/admin/pages/{topic.pk}/")
        look(tab, f"{role}: sau khi duyệt")
    assert NewsArticlePage.objects.get(pk=article.pk).live

    for path, screen in [
        ("/admin/editorial/reports/outreach/", "báo cáo tuyên truyền"),
        ("/admin/editorial/reports/published-without-review/", "báo cáo xuất bản không qua duyệt"),
        ("/admin/images/", "hình ảnh"),
        ("/admin/documents/", "tài liệu"),
        ("/admin/feedback/", "góp ý của người dân"),
    ]:
        tab.goto(live_server.url + path)
        look(tab, f"trưởng ban: {screen}")

    tab = log_in(desktop, live_server, "quantri")
    look(tab, "quản trị: bảng điều khiển")
    tab.goto(f"{live_server.url}/admin/users/")
    look(tab, "quản trị: người dùng")

    for screen, (english, total, _strings) in shares.items():
        print(f"{screen}: {english}/{total} chuỗi tiếng Anh ({english * 100 // max(total, 1)} %)")
    leftovers = {screen: strings for screen, (_count, _total, strings) in shares.items() if strings}
    assert leftovers == {}, leftovers
