"""The picture a citizen may attach: what is accepted, and how it is stored.

Limits are read when a form is checked (never copied into a message), so the hint and the
refusal always state the limit in force. A stored picture is re-encoded without its
metadata: a phone photo carries the sender's GPS position.
"""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP"}
STORED_IMAGE_SIDE = 2000
MEGABYTE = 1024 * 1024


def size_label(size):
    """A size as people say it: "5 MB" for whole megabytes, else Django's "1,5 MB", "100 byte"."""
    if size % MEGABYTE == 0:
        return f"{size // MEGABYTE} MB"
    return filesizeformat(size)


def upload_hint():
    return _("Một ảnh JPEG, PNG hoặc WebP, tối đa %(size)s.") % {"size": size_label(MAX_IMAGE_BYTES)}


def check_upload(image):
    """Refuses a picture too heavy, of another format, or too large to decode safely."""
    if image.size > MAX_IMAGE_BYTES:
        raise ValidationError(_("Ảnh quá lớn: tối đa %(size)s.") % {"size": size_label(MAX_IMAGE_BYTES)})
    if image.image.format not in IMAGE_FORMATS:
        raise ValidationError(_("Chỉ nhận ảnh JPEG, PNG hoặc WebP."))
    width, height = image.image.size
    if width * height > MAX_IMAGE_PIXELS:
        raise ValidationError(_("Ảnh có kích thước quá lớn."))


def clean_image_file(upload):
    """The picture re-encoded as JPEG, at most STORED_IMAGE_SIDE px, without EXIF (no GPS, no camera data)."""
    upload.seek(0)
    with Image.open(upload) as source:
        picture = ImageOps.exif_transpose(source)
        picture.thumbnail((STORED_IMAGE_SIDE, STORED_IMAGE_SIDE))
        if picture.mode not in ("RGB", "L"):
            background = Image.new("RGB", picture.size, (255, 255, 255))
            rgba = picture.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            picture = background
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=85, optimize=True)
    return ContentFile(out.getvalue(), name="anh.jpg")
