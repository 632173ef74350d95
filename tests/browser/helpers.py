"""Helpers for the admin's browser tests: signing in as an account made by editorial.factories."""

from editorial.factories import TEST_PASSWORD as PASSWORD


def log_in(context, live_server, username):
    """A new tab of `context`, signed in to the admin as `username` (cookies of earlier sign-ins cleared)."""
    context.clear_cookies()
    tab = context.new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.fill("input[name=username]", username)
    tab.fill("input[name=password]", PASSWORD)
    tab.locator("form button[type=submit]").first.click()
    tab.wait_for_url(f"{live_server.url}/admin/")
    return tab
