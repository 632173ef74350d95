"""The demo's drawn pictures and PDFs, stored as Wagtail images and documents.

Each is found again by its title on a later run, and drawn only when it is missing.
"""

from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

IMAGES_COLLECTION = "Ảnh minh họa (dữ liệu mẫu)"
FILES_COLLECTION = "Văn bản, tư liệu (dữ liệu mẫu)"


def collection(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def ensure_image(key, alt, draw):
    """The image titled "demo:<key>"; `draw()` gives its JPEG bytes."""
    model = get_image_model()
    title = f"demo:{key}"
    image = model.objects.filter(title=title).first()
    if image is None:
        image = model(title=title, description=alt, collection=collection(IMAGES_COLLECTION))
        image.file = ImageFile(BytesIO(draw()), name=f"{key}.jpg")
        image.save()
    return image


def ensure_document(title, filename, draw):
    """The downloadable document with this title; `draw()` gives its PDF bytes."""
    model = get_document_model()
    document = model.objects.filter(title=title).first()
    if document is None:
        document = model(title=title, collection=collection(FILES_COLLECTION))
        document.file.save(filename, ContentFile(draw()), save=False)
        document._set_document_file_metadata()
        document.save()
    return document
