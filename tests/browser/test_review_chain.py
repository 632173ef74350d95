"""The review chain in a real browser: a collaborator writes and submits an article in the admin,
an editor approves it, the editor-in-chief approves it, and an anonymous visitor reads it."""

import re

import pytest

from news.models import NewsArticlePage
from tests.browser.helpers import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Xã Y Tý trả kết quả hồ sơ đất đai trước hạn"
PARAGRAPH = "Bộ phận một cửa xã Y Tý trả kết quả cho 120 hồ sơ đất đai trước hạn trong quý I."


@pytest.fixture
def admin_context(browser):
    """A desktop-sized browser context for the admin; every admin page error is recorded."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    context.problems = []
    context.on("page", lambda tab: tab.on("pageerror", lambda exc: context.problems.append(str(exc))))
    yield context
    context.close()


def test_collaborator_to_citizen(page, admin_context, live_server, topic, board):
    """Every step by clicking through the admin as its role; the page is public only after the last approval."""
    # The collaborator writes the article and submits it.
    tab = log_in(admin_context, live_server, "ctv_batxat")
    tab.goto(f"{live_server.url}/admin/pages/add/news/newsarticlepage/{topic.pk}/")
    tab.fill("#id_title", TITLE)
    tab.fill("#id_summary", "Người dân nhận kết quả sớm hơn hẹn nhờ số hóa hồ sơ.")
    body = tab.locator("[data-contentpath='body']")
    body.locator("button[title='Insert a block'], button.c-sf-add-button").first.click()
    tab.get_by_role("option", name=re.compile("Đoạn văn")).click()
    editor = body.locator("[contenteditable='true']").first
    editor.click()
    tab.keyboard.type(PARAGRAPH)
    # Draftail writes the text into the form a moment after the last keystroke.
    tab.wait_for_function(
        'text => [...document.querySelectorAll(\'input[name^="body-"][name$="-value"]\')]'
        ".some(input => input.value.includes(text))",
        arg="120 hồ sơ đất đai",
    )
    # "Gửi duyệt" is the main button, beside "Lưu nháp" (editorial.action_menu).
    tab.locator("footer button[name='action-submit']").click()
    tab.wait_for_url(f"{live_server.url}/admin/pages/{topic.pk}/")
    article = NewsArticlePage.objects.get(title=TITLE)
    assert article.owner.username == "ctv_batxat"
    assert article.agency.name == "Ủy ban nhân dân huyện Bát Xát", "the collaborator's agency by default"
    assert not article.live

    # The editor opens the article from the dashboard and approves it in the edit view.
    tab = log_in(admin_context, live_server, "bientap")
    panel = tab.locator("section", has_text="Chờ tôi duyệt (1)").last
    panel.get_by_role("link", name=TITLE).first.click()
    tab.wait_for_url(f"**/admin/pages/{article.pk}/edit/")
    tab.locator("footer button[data-workflow-action-name='approve']").first.click()
    tab.wait_for_url(f"{live_server.url}/admin/pages/{topic.pk}/")
    article.refresh_from_db()
    assert article.current_workflow_task.name == "Trưởng ban biên tập duyệt xuất bản"
    assert not article.live

    # The editor-in-chief approves it from the dashboard.
    tab = log_in(admin_context, live_server, "truongban")
    row = tab.locator("tr", has_text=TITLE)
    row.get_by_role("button", name="Thao tác").click()
    row.get_by_role("button", name="Duyệt", exact=True).click()
    tab.get_by_text("Chờ tôi duyệt (0)").wait_for()
    article.refresh_from_db()
    assert article.live
    assert admin_context.problems == []

    # An anonymous visitor finds it in the section and reads it.
    page.goto(live_server.url + topic.url)
    page.get_by_role("link", name=TITLE).first.click()
    page.wait_for_url(f"**{article.url}")
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    assert PARAGRAPH in page.locator("main").inner_text()
    assert page.problems == []
