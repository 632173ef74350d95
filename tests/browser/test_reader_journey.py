"""A citizen on a phone: home page → a topic → an article, with nothing broken on the way."""

import pytest

from news.factories import ImageFactory, NewsArticlePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_follows_a_topic_to_an_article(page, live_server, topic):
    article = NewsArticlePageFactory(
        parent=topic,
        title="Xã Bản Phiệt trả kết quả thủ tục hành chính trước hạn",
        lead_image=ImageFactory(description="Cán bộ một cửa hướng dẫn người dân"),
    )

    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "vi"
    nav = page.get_by_role("navigation", name="Chuyên mục")
    if not nav.is_visible():
        page.locator("label[for=menu-toggle]").click()  # the phone menu button
    nav.get_by_role("link", name=topic.title).click()
    page.wait_for_url(f"**{topic.url}")
    assert page.get_by_role("heading", level=1).inner_text() == topic.title

    page.get_by_role("link", name=article.title).first.click()
    page.wait_for_url(f"**{article.url}")
    assert page.get_by_role("heading", level=1).inner_text() == article.title
    assert page.get_by_role("img", name="Cán bộ một cửa hướng dẫn người dân").first.is_visible()
    assert page.problems == []
