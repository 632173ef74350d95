"""What an editor does, run inside the stack: `scripts/stack.sh manage shell -c "..."`.

These run in a process with the app servers' environment (production settings, the stack's
PostgreSQL, Redis, Elasticsearch and bucket), through the project's own editorial services,
exactly as the admin's buttons do. Each prints one JSON line for the test to read.
"""

import io
import json

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.files.storage import storages
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from editorial import services
from news.models import NewsArticlePage, TopicIndexPage

CHIEF = "truongban"
REASON = "Kiểm tra triển khai tham chiếu: bài đăng ngay để đo thời gian hiển thị."


def _say(**data):
    print(json.dumps(data))


def publish_article(title, word, image_id=None):
    """A new article in the first section, force-published by the editor-in-chief."""
    chief = get_user_model().objects.get(username=CHIEF)
    section = TopicIndexPage.objects.live().order_by("path").first()
    page = NewsArticlePage(
        title=title,
        summary=f"Bài kiểm tra {word} của triển khai tham chiếu.",
        body=[("paragraph", RichText(f"<p>Nội dung kiểm tra {word}.</p>"))],
        lead_image=get_image_model().objects.get(pk=image_id) if image_id else None,
    )
    section.add_child(instance=page)
    page.save_revision(user=chief)
    services.force_publish(page, chief, REASON)
    page.refresh_from_db()
    _say(id=page.pk, url=page.url, section_url=section.url)


def unpublish(page_id):
    chief = get_user_model().objects.get(username=CHIEF)
    services.unpublish(NewsArticlePage.objects.get(pk=page_id), chief)
    _say(id=page_id)


def upload_image(title):
    """An image as the admin's upload form saves it: the file goes to the default storage."""
    data = io.BytesIO()
    PillowImage.new("RGB", (1200, 800), (20, 120, 60)).save(data, "JPEG")
    image = get_image_model()(title=title)
    image.file = ImageFile(data, name=f"{title}.jpg")
    image.save()
    _say(id=image.pk, name=image.file.name, storage=type(storages["default"]).__name__)
