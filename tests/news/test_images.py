"""Images: alt text is required at upload, and pages serve WebP with a JPEG fallback."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from news.factories import ImageFactory, NewsArticlePageFactory

pytestmark = pytest.mark.django_db


def jpeg_upload(name="anh.jpg"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), (30, 90, 60)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.create_superuser("anh", "anh@example.com", "x"))
    return client


def test_upload_without_alt_text_is_refused(editor_client):
    response = editor_client.post("/admin/images/add/", {"title": "Hội nghị", "file": jpeg_upload(), "description": ""})
    assert response.status_code == 200, "the form comes back with an error"
    assert "Mô tả ảnh (văn bản thay thế)" in response.content.decode()
    assert not get_image_model().objects.filter(title="Hội nghị").exists()


def test_upload_with_alt_text_is_kept(editor_client):
    response = editor_client.post(
        "/admin/images/add/",
        {"title": "Hội nghị", "file": jpeg_upload(), "description": "Đại biểu dự hội nghị sơ kết CCHC"},
    )
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Hội nghị").description == "Đại biểu dự hội nghị sơ kết CCHC"


def test_article_image_offers_webp_with_jpeg_fallback(client, topic):
    article = NewsArticlePageFactory(parent=topic, lead_image=ImageFactory(description="Bộ phận một cửa"))
    html = client.get(article.url).content.decode()
    assert "<picture>" in html
    assert 'type="image/webp"' in html
    assert ".jpg" in html.split("<picture>")[1].split("</picture>")[0], "the <img> fallback is a JPEG"
    assert 'alt="Bộ phận một cửa"' in html
