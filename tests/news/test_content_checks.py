"""The editor's checks before sending a page in: one test per rule, and the panel in the edit view."""

import pytest
from django.urls import reverse
from wagtail.rich_text import RichText

from news.content_checks import check_page
from news.factories import ExemplaryOfficialPageFactory, ImageFactory, NewsArticlePageFactory
from news.models import ExemplaryOfficialPage, NewsArticlePage

# Even an unsaved page asks for its content type, which the database holds (the cache may have been cleared).
pytestmark = pytest.mark.django_db

SUMMARY = "Xã Bản Lầu trả kết quả thủ tục hành chính sớm hơn hẹn cho người dân."


def article(title="Bộ phận một cửa xã Bản Lầu trả kết quả sớm", summary=SUMMARY, paragraphs=(), **fields):
    body = [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]
    return NewsArticlePage(title=title, summary=summary, body=body, **fields)


def image_block(image, alt_text, decorative=False):
    """An image in the body as the editor leaves it (raw StreamField data)."""
    value = {"image": {"image": image.pk, "alt_text": alt_text, "decorative": decorative}, "caption": ""}
    return {"type": "image", "value": value}


def messages(page, rule):
    return [finding.message for finding in check_page(page) if finding.rule == rule and finding.level == "warning"]


def test_a_well_written_article_has_no_warnings():
    page = article(paragraphs=["Ngày 05/01/2026, Ủy ban nhân dân (UBND) xã công bố kết quả."])
    assert [finding for finding in check_page(page) if finding.level == "warning"] == []


def test_missing_sapo():
    assert messages(article(summary=""), "summary") == [
        "Bài chưa có sapo: viết một đến hai câu tóm tắt, hiện ở danh sách và khi chia sẻ."
    ]


def test_sapo_too_long_for_sharing():
    (message,) = messages(article(summary="Người dân được phục vụ tận tình. " * 10), "summary")
    assert "Sapo dài 329 ký tự" in message and "250 ký tự" in message


def test_title_too_long_for_sharing():
    title = "Lào Cai đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính, " * 2
    (message,) = messages(article(title=title), "title_length")
    assert message.startswith("Tiêu đề dài 13")


def test_reading_time_is_shown_and_a_long_read_warned():
    short = [
        finding for finding in check_page(article(paragraphs=["Người dân hài lòng."])) if finding.rule == "reading_time"
    ]
    assert short[0].level == "info" and "Thời gian đọc khoảng 1 phút" in short[0].message
    long = article(paragraphs=["Người dân được phục vụ tận tình tại bộ phận một cửa. " * 200])
    (message,) = messages(long, "reading_time")
    assert "Thời gian đọc khoảng 13 phút" in message and "Bài dài" in message


@pytest.mark.django_db
def test_image_without_meaningful_alt_text():
    """A lead image or a body image described by nothing, "ảnh" or a camera file name is pointed out."""
    lead = ImageFactory(title="Ảnh hội nghị", description="IMG_2041.jpg")
    body_image = ImageFactory(title="Ảnh một cửa", description="Người dân nộp hồ sơ tại Bộ phận một cửa")
    page = article(lead_image=lead)
    page.body = [image_block(body_image, alt_text="ảnh")]
    found = messages(page, "image_alt")
    assert len(found) == 2
    assert found[0].startswith("Ảnh “Ảnh hội nghị” chưa có mô tả có nghĩa")
    lead.description = "Đại biểu dự hội nghị tổng kết công tác cải cách hành chính"
    page.body = [image_block(body_image, alt_text="", decorative=True)]
    assert messages(page, "image_alt") == [], "a described image and a decorative one are fine"


def test_title_in_all_capitals():
    assert messages(article(title="LÀO CAI ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH"), "title_capitals")
    assert messages(article(title="UBND tỉnh Lào Cai đẩy mạnh cải cách hành chính"), "title_capitals") == []


def test_acronym_not_spelled_out_at_first_use():
    page = article(paragraphs=["Kết quả CCHC năm 2026 của tỉnh.", "Công tác cải cách hành chính (CCHC) tiến bộ."])
    assert messages(page, "acronym") == [
        "“CCHC” chưa được viết đầy đủ ở lần dùng đầu tiên: viết “cải cách hành chính (CCHC)”."
    ]
    spelled = article(paragraphs=["Hội đồng nhân dân (HĐND) tỉnh và Uỷ ban nhân dân (UBND) tỉnh họp; HĐND thông qua."])
    assert messages(spelled, "acronym") == [], "spelled out first, with either placement of the tone mark"


def test_dates_not_written_dd_mm_yyyy():
    page = article(paragraphs=["Hội nghị ngày 5-1-2026, kết luận ngày 2026-01-06, tổng kết 7.1.26 và 08/01/2026."])
    (message,) = messages(page, "dates")
    assert message.endswith("sửa: 5-1-2026, 2026-01-06, 7.1.26.")
    documents = article(paragraphs=["Theo Nghị định 30/2020/NĐ-CP và Quyết định số 1291/QĐ-BNV ngày 24/12/2019."])
    assert messages(documents, "dates") == [], "document numbers are not dates"


def test_phone_or_citizen_id_on_an_exemplary_official_page():
    official = ExemplaryOfficialPage(
        title="Chị Lò Thị Mai, người giữ lửa một cửa",
        summary=SUMMARY,
        full_name="Lò Thị Mai",
        position="Công chức một cửa",
        biography="<p>Liên hệ: 0912 345 678. CCCD 010203040506.</p>",
        achievements="<p>Bằng khen của Ủy ban nhân dân tỉnh.</p>",
    )
    found = messages(official, "personal_numbers")
    assert len(found) == 2
    assert found[0].startswith("Trang có số điện thoại")
    assert "căn cước công dân" in found[1]
    news = article(paragraphs=["Đường dây nóng 0912 345 678 tiếp nhận phản ánh."])
    assert messages(news, "personal_numbers") == [], "a hotline in a news article is fine"


@pytest.mark.django_db
def test_the_edit_view_shows_the_warnings(client, topic, django_user_model):
    page = NewsArticlePageFactory(parent=topic, title="KẾT QUẢ CCHC NĂM 2026 CỦA TỈNH")
    page.summary = ""
    page.save_revision(clean=False)  # a draft saved before the sapo was written
    official = ExemplaryOfficialPageFactory(parent=topic, biography="<p>Điện thoại 0912345678.</p>")
    client.force_login(django_user_model.objects.create_superuser("qt", "qt@example.com", "x"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Kiểm tra trước khi gửi duyệt" in html
    assert "Bài chưa có sapo" in html
    assert "Tiêu đề viết toàn chữ in hoa" in html
    html = client.get(reverse("wagtailadmin_pages:edit", args=[official.pk])).content.decode()
    assert "Trang có số điện thoại" in html
