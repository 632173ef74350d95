"""When no app server answers, nginx tells citizens so in Vietnamese."""

import pytest

from .conftest import eventually

pytestmark = pytest.mark.stack


def test_no_app_server_answering_gives_the_vietnamese_error_page(stack):
    """Both app servers down: a 502 with the shipped Vietnamese page; both back: pages again."""
    try:
        stack.script("down", "app-a")
        stack.script("down", "app-b")
        response = stack.get(stack.nginx, "/search/?q=dich+vu+cong")
        assert response.status_code == 502
        assert "Cổng thông tin tạm thời chưa trả lời" in response.text
        assert response.headers["Content-Type"].startswith("text/html")
    finally:
        stack.script("up", "app-a")
        stack.script("up", "app-b")
    # nginx rests a failed app server for its fail_timeout (5 s, deploy/nginx) before trying it again.
    back = eventually(lambda: stack.get(stack.nginx, "/search/?q=dich+vu+cong").status_code == 200, within=15, step=0.5)
    assert back is not None, "nginx did not serve pages again within 15 s of both app servers coming back"
