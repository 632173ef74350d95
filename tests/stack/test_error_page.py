"""When no app server answers, nginx tells citizens so in Vietnamese."""

import pytest

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
    assert stack.get(stack.nginx, "/search/?q=dich+vu+cong").status_code == 200
