"""Citizens' feedback: nothing typed is lost, bots and floods are turned away, and only
moderated, published questions and answers are ever shown, without contact details."""

import io
import os
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import ModelLogEntry

from news.factories import AgencyFactory, FeedbackFactory, FeedbackPageFactory
from news.feedback import images, rate_limit, services
from news.models import Feedback, FeedbackStatus
from tests.helpers.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    return FeedbackPageFactory(parent=home)


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("bientap", "bientap@example.com", "x")
    user.user_permissions.add(Permission.objects.get(codename="change_feedback"))
    return get_user_model().objects.get(pk=user.pk)  # fresh permission cache


@pytest.fixture
def good_post(topic):
    agency = AgencyFactory(name="UBND huyện Bát Xát")
    return {
        "name": "Lò Văn Sáng",
        "email": "losang@example.com",
        "phone": "0912 345 678",
        "agency": agency.pk,
        "topic": topic.pk,
        "title": "Đề nghị nhắn tin báo trước khi trả kết quả",
        "text": "Tôi phải đi lại hai lần mới nhận được kết quả hồ sơ đất đai, đề nghị nhắn tin báo trước.",
        "consent": "on",
        "website": "",
    }


def jpeg(size=(800, 600), exif=True):
    buffer = io.BytesIO()
    picture = Image.new("RGB", size, (40, 90, 60))
    if exif:
        data = Image.Exif()
        data[0x010F] = "Máy ảnh thử"  # Make
        data[0x8825] = {1: "N", 2: (22.0, 29.0, 0.0)}  # GPSInfo: a position near Lào Cai
        picture.save(buffer, "JPEG", exif=data)
    else:
        picture.save(buffer, "JPEG")
    return SimpleUploadedFile("anh.jpg", buffer.getvalue(), content_type="image/jpeg")


def gif_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (200, 0, 0)).save(buffer, "GIF")
    return buffer.getvalue()


# ---------------------------------------------------------------- the form


def test_page_shows_the_form_and_privacy_notice_and_is_never_cached(client, page):
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in html
    assert "Thông báo về dữ liệu cá nhân" in html and "13/2023/NĐ-CP" in html
    assert "X-Portal-Cache" not in response and "X-Portal-Cache" not in client.get(page.url)


def test_good_post_is_stored_and_the_sender_gets_a_reference(client, page, good_post):
    response = client.post(page.url, good_post)
    assert response.status_code == 302
    item = Feedback.objects.get()
    assert item.status == FeedbackStatus.NEW
    assert (item.name, item.email, item.phone, item.title) == (
        "Lò Văn Sáng",
        "losang@example.com",
        "0912 345 678",
        good_post["title"],
    )
    html = client.get(response.url).content.decode()
    assert f"Mã số góp ý của bạn là {item.reference}" in html
    assert ModelLogEntry.objects.filter(action="news.feedback.submit", object_id=str(item.pk)).exists()


def test_missing_field_keeps_what_was_typed_and_says_what_is_wrong(client, page, good_post):
    post = {**good_post, "text": ""}
    response = client.post(page.url, post)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chưa gửi được góp ý" in html
    assert "Xin vui lòng nhập nội dung góp ý." in html
    assert 'href="#id_text"' in html, "the summary links to the field"
    assert 'aria-describedby="id_text_error id_text_helptext"' in html
    for typed in ["Lò Văn Sáng", "losang@example.com", "0912 345 678", good_post["title"]]:
        assert f'value="{typed}"' in html, typed
    assert f'<option value="{good_post["topic"]}" selected>' in html
    assert f'<option value="{good_post["agency"]}" selected>' in html
    assert not Feedback.objects.exists()


def test_email_or_phone_is_required_for_the_reply(client, page, good_post):
    html = client.post(page.url, {**good_post, "email": "", "phone": ""}).content.decode()
    assert "Xin vui lòng để lại thư điện tử hoặc số điện thoại để nhận trả lời." in html
    assert client.post(page.url, {**good_post, "email": ""}).status_code == 302, "a phone number is enough"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "khong-phai-email", "Địa chỉ thư điện tử chưa đúng"),
        ("phone", "12ab", "Số điện thoại chưa đúng"),
        ("text", "Quá ngắn", "Nội dung quá ngắn"),
        ("text", "x" * 5001, "Nội dung quá dài"),
        ("consent", "", "Xin vui lòng xác nhận bạn đã đọc thông báo về dữ liệu cá nhân."),
        ("topic", "999999", "Xin vui lòng chọn một mục trong danh sách."),
        ("agency", "abc", "Xin vui lòng chọn một mục trong danh sách."),
    ],
)
def test_bad_values_come_back_with_a_message_never_a_500(client, page, good_post, field, value, message):
    response = client.post(page.url, {**good_post, field: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chưa gửi được góp ý" in html
    assert message in html
    assert not Feedback.objects.exists()


def test_picture_is_kept_without_its_metadata(client, page, good_post):
    assert client.post(page.url, {**good_post, "image": jpeg()}).status_code == 302
    item = Feedback.objects.get()
    with Image.open(item.image.path) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif(), "no camera or GPS data is kept"
    assert item.image.name.startswith("feedback/") and "anh" not in item.image.name, "an unguessable name"


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("tep.jpg", b"khong phai anh", content_type="image/jpeg"), "không phải là ảnh hợp lệ"),
        (SimpleUploadedFile("anh.gif", gif_bytes(), content_type="image/gif"), "Chỉ nhận ảnh JPEG, PNG hoặc WebP."),
    ],
)
def test_bad_picture_is_refused_and_the_rest_is_kept(client, page, good_post, upload, message):
    html = client.post(page.url, {**good_post, "image": upload}).content.decode()
    assert message in html
    assert f'value="{good_post["title"]}"' in html
    assert "xin vui lòng chọn lại ảnh" in html
    assert not Feedback.objects.exists()


def noise_png(side=700):
    """A PNG of random pixels, which no encoder can shrink: about 1.5 MB."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, "PNG")
    return SimpleUploadedFile("anh.png", buffer.getvalue(), content_type="image/png")


def test_too_large_picture_is_refused_naming_the_limit_in_force(client, page, good_post, monkeypatch):
    monkeypatch.setattr(images, "MAX_IMAGE_BYTES", 1024 * 1024)
    html = client.post(page.url, {**good_post, "image": noise_png()}).content.decode()
    assert "Ảnh quá lớn: tối đa 1 MB." in html
    assert "Một ảnh JPEG, PNG hoặc WebP, tối đa 1 MB." in html, "the hint states the same limit"
    assert not Feedback.objects.exists()


def test_honeypot_drops_bots(client, page, good_post):
    response = client.post(page.url, {**good_post, "website": "http://spam.example.com"})
    assert response.status_code == 302, "answered like a success, so the bot learns nothing"
    assert not Feedback.objects.exists()


def test_rate_limit_answers_429_and_keeps_what_was_typed(client, page, good_post):
    for _ in range(rate_limit.RATE_LIMIT):
        assert client.post(page.url, good_post).status_code == 302
    response = client.post(page.url, {**good_post, "title": "Góp ý thứ sáu trong một giờ"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Bạn đã gửi nhiều góp ý trong thời gian ngắn" in html
    assert 'value="Góp ý thứ sáu trong một giờ"' in html
    assert Feedback.objects.count() == rate_limit.RATE_LIMIT


def test_rate_limit_is_per_client(client, page, good_post):
    for _ in range(rate_limit.RATE_LIMIT):
        client.post(page.url, good_post, REMOTE_ADDR="203.0.113.1")
    assert client.post(page.url, good_post, REMOTE_ADDR="203.0.113.1").status_code == 429
    assert client.post(page.url, good_post, REMOTE_ADDR="203.0.113.2").status_code == 302


def test_behind_a_proxy_the_client_address_is_the_forwarded_one(rf, settings):
    settings.PORTAL_TRUSTED_PROXIES = 1
    request = rf.post("/", HTTP_X_FORWARDED_FOR="10.0.0.9, 198.51.100.7", REMOTE_ADDR="127.0.0.1")
    assert rate_limit.client_ip(request) == "198.51.100.7", "the address our proxy saw, not what the client wrote"
    settings.PORTAL_TRUSTED_PROXIES = 0
    assert rate_limit.client_ip(request) == "127.0.0.1"


# ---------------------------------------------------------------- what is public


def test_only_published_items_appear_and_without_contact_details(client, page, editor):
    published = FeedbackFactory(
        title="Câu hỏi đã công khai", name="Hoàng Thị Lan", email="lan@example.com", phone="0987 654 321"
    )
    services.answer(published, user=editor, text="Câu trả lời của Sở Tư pháp.")
    services.publish(published, user=editor)
    FeedbackFactory(title="Câu hỏi mới nhận")
    answered = FeedbackFactory(title="Câu hỏi đã trả lời chưa công khai")
    services.answer(answered, user=editor, text="Trả lời riêng.")
    rejected = FeedbackFactory(title="Câu hỏi không công khai")
    services.reject(rejected, user=editor, note="Quảng cáo")

    html = client.get(page.url).content.decode()
    assert "Câu hỏi đã công khai" in html and "Câu trả lời của Sở Tư pháp." in html
    for hidden in [
        "Câu hỏi mới nhận",
        "Câu hỏi đã trả lời chưa công khai",
        "Trả lời riêng.",
        "Câu hỏi không công khai",
    ]:
        assert hidden not in html, hidden
    for contact in ["Hoàng Thị Lan", "lan@example.com", "0987 654 321", "Quảng cáo"]:
        assert contact not in html, contact


def test_unpublished_item_leaves_the_page(client, page, editor):
    item = FeedbackFactory(title="Câu hỏi sẽ bị gỡ")
    services.answer(item, user=editor, text="Trả lời.")
    services.publish(item, user=editor)
    assert "Câu hỏi sẽ bị gỡ" in client.get(page.url).content.decode()
    services.unpublish(item, user=editor)
    assert "Câu hỏi sẽ bị gỡ" not in client.get(page.url).content.decode()


def test_published_list_costs_the_same_queries_however_long(client, page, topic, editor):
    def publish_one(n):
        item = FeedbackFactory(topic=topic, agency=AgencyFactory())
        services.answer(item, user=editor, text=f"Trả lời số {n}.")
        services.publish(item, user=editor)

    def queries():
        return queries_for(client, page.url)

    publish_one(0)
    queries()
    before = queries()
    for n in range(1, 6):
        publish_one(n)
    assert queries() == before


# ---------------------------------------------------------------- moderation


def test_moderation_goes_new_answered_published(editor):
    item = FeedbackFactory()
    with pytest.raises(ValidationError):
        services.publish(item, user=editor)  # no answer yet
    services.answer(item, user=editor, text="Đã chuyển UBND huyện xử lý.")
    assert (item.status, item.answered_by) == (FeedbackStatus.ANSWERED, editor)
    services.publish(item, user=editor)
    assert item.status == FeedbackStatus.PUBLISHED and item.published_at
    actions = list(ModelLogEntry.objects.filter(object_id=str(item.pk)).values_list("action", flat=True))
    assert {"news.feedback.answer", "news.feedback.publish"} <= set(actions)


def test_rejected_item_can_only_be_reopened(editor):
    item = FeedbackFactory()
    services.reject(item, user=editor, note="Trùng lặp")
    with pytest.raises(ValidationError):
        services.answer(item, user=editor, text="Trả lời")
    services.reopen(item, user=editor)
    assert item.status == FeedbackStatus.NEW


def test_rejected_item_with_an_answer_reopens_answered_and_a_published_answer_can_be_corrected(editor):
    item = FeedbackFactory()
    services.answer(item, user=editor, text="Trả lời đầu tiên.")
    services.reject(item, user=editor)
    services.reopen(item, user=editor)
    assert item.status == FeedbackStatus.ANSWERED
    services.publish(item, user=editor)
    services.answer(item, user=editor, text="Trả lời đã sửa.")
    item.refresh_from_db()
    assert (item.status, item.answer) == (FeedbackStatus.PUBLISHED, "Trả lời đã sửa.")
    services.unpublish(item, user=editor)
    assert item.status == FeedbackStatus.ANSWERED and item.published_at is None
    with pytest.raises(ValidationError, match="chưa được công khai"):
        services.unpublish(item, user=editor)


def test_moderation_needs_the_permission(db):
    nobody = get_user_model().objects.create_user("congtacvien", "ctv@example.com", "x")
    item = FeedbackFactory()
    with pytest.raises(PermissionDenied):
        services.answer(item, user=nobody, text="Trả lời")
    with pytest.raises(PermissionDenied):
        services.reject(item, user=nobody)
    item.refresh_from_db()
    assert item.status == FeedbackStatus.NEW


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("truongban", "tb@example.com", "x"))
    return client


def moderation_post(item, **changes):
    data = {
        "name": item.name,
        "email": item.email,
        "phone": item.phone,
        "topic": "",
        "agency": "",
        "title": item.title,
        "text": item.text,
        "answer": item.answer,
        "note": item.note,
        "step": "",
    }
    data.update(changes)
    return data


def test_admin_lists_and_filters_by_status(admin_client):
    FeedbackFactory(title="Góp ý mới nhận")
    FeedbackFactory(title="Góp ý bị từ chối", status=FeedbackStatus.REJECTED)
    html = admin_client.get("/admin/feedback/", {"status": "new"}).content.decode()
    assert "Góp ý mới nhận" in html and "Góp ý bị từ chối" not in html


def test_admin_answers_and_publishes_in_one_step(admin_client, client, page):
    item = FeedbackFactory(title="Hỏi về lệ phí hộ tịch")
    response = admin_client.post(
        f"/admin/feedback/edit/{item.pk}/",
        moderation_post(item, answer="Đăng ký khai sinh được miễn lệ phí.", step="publish"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    item.refresh_from_db()
    assert item.status == FeedbackStatus.PUBLISHED and item.answered_at and item.published_at


def test_admin_refuses_to_publish_without_an_answer(admin_client):
    item = FeedbackFactory()
    response = admin_client.post(f"/admin/feedback/edit/{item.pk}/", moderation_post(item, step="publish"))
    assert response.status_code == 200
    assert "Cần nhập nội dung trả lời." in response.content.decode()
    item.refresh_from_db()
    assert item.status == FeedbackStatus.NEW


@pytest.mark.parametrize(
    ("status", "offered"),
    [
        (FeedbackStatus.NEW, ["answer", "publish", "reject"]),
        (FeedbackStatus.ANSWERED, ["answer", "publish", "reject"]),
        (FeedbackStatus.PUBLISHED, ["answer", "unpublish", "reject"]),
        (FeedbackStatus.REJECTED, ["reopen"]),
    ],
)
def test_admin_offers_the_steps_each_state_allows(admin_client, status, offered):
    item = FeedbackFactory(status=status, answer="Trả lời." if status != FeedbackStatus.NEW else "")
    html = admin_client.get(f"/admin/feedback/edit/{item.pk}/").content.decode()
    select = re.search(r'<select name="step".*?</select>', html, re.S).group()
    assert re.findall(r'<option value="(\w+)"', select) == offered


def test_admin_offers_only_the_steps_of_the_current_state(admin_client):
    item = FeedbackFactory(status=FeedbackStatus.REJECTED)
    html = admin_client.get(f"/admin/feedback/edit/{item.pk}/").content.decode()
    assert 'value="reopen"' in html and 'value="publish"' not in html
    response = admin_client.post(f"/admin/feedback/edit/{item.pk}/", moderation_post(item, step="publish"))
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.status == FeedbackStatus.REJECTED


def test_the_page_description_is_plain_text(client, home):
    """The feedback page's intro is rich text: search engines and link previews get its words, not escaped tags."""
    page = FeedbackPageFactory(parent=home, intro="<p>Người dân gửi <b>góp ý</b> về thủ tục.</p>")
    html = client.get(page.url).content.decode()
    assert '<meta name="description" content="Người dân gửi góp ý về thủ tục.">' in html
