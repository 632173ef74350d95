import os

import pytest
from django.conf import settings
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread
from playwright.sync_api import sync_playwright

from editorial import roles
from editorial.factories import UserFactory
from editorial.setup import setup_editorial
from news.factories import AgencyFactory

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class OneRequestAtATimeServer(WSGIServer):
    """The live server without threads, for the in-memory SQLite test database.

    That database is one connection shared with the live server; chromium asks for a page,
    its scripts and the JavaScript catalogue at once, and each admin request saves the
    session (8-hour idle sign-out): threads would meet SQLite's table locks ("database table
    is locked"). PostgreSQL runs have no such limit and keep the threaded server.
    """

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    LiveServerThread.server_class = OneRequestAtATimeServer

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


@pytest.fixture
def board(home, topic):
    """The editorial board of the admin's browser tests: one member of each role, the collaborator in Bát Xát."""
    setup_editorial()
    agency = AgencyFactory(name="Ủy ban nhân dân huyện Bát Xát", slug="ubnd-bat-xat")
    return {
        "collaborator": UserFactory(username="ctv_batxat", role=roles.COLLABORATOR, agency=agency),
        "editor": UserFactory(username="bientap", role=roles.EDITOR),
        "chief": UserFactory(username="truongban", role=roles.EDITOR_IN_CHIEF),
        "administrator": UserFactory(username="quantri", role=roles.ADMINISTRATOR, is_superuser=True),
        "agency": agency,
    }
