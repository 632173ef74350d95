"""Images: alt text required at upload, WebP with a JPEG fallback, and stored pages that follow image changes."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
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


def test_an_image_changed_or_replaced_in_the_admin_is_seen_at_once_on_stored_pages(client, editor_client, topic):
    """Anonymous pages are stored until published content changes: an image is part of it. Replacing its
    file deletes the renditions the stored pages point to, and its alt text shows on them."""
    image = ImageFactory(description="Ảnh cũ", file__filename="anh-cu.jpg")
    article = NewsArticlePageFactory(parent=topic, lead_image=image)
    reader = Client()
    before = reader.get(article.url).content.decode()
    assert reader.get(article.url)["X-Portal-Cache"] == "hit"
    assert 'alt="Ảnh cũ"' in before and "anh-cu" in before

    response = editor_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "file": jpeg_upload("anh-moi.jpg"),
            "description": "Ảnh mới",
            "collection": image.collection_id,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    after = reader.get(article.url).content.decode()
    assert 'alt="Ảnh mới"' in after
    assert "anh-cu" not in after, "no address of a rendition deleted with the old file"
    assert "anh-moi" in after
