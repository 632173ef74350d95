import os

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; the Django ORM calls made by
# the test itself (creating content) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium, headless. Missing chromium is a failure, never a skip."""
    assert os.path.exists(CHROMIUM), "Debian's chromium is required: apt-get install chromium (make test does it)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page that records console errors, uncaught exceptions and failed requests."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 412, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(f"console: {msg.text}"))
    page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.url.startswith(live_server.url)
            and page.problems.append(f"{response.status} {response.url}")
        ),
    )
    yield page
    context.close()
