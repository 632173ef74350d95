"""Vietnamese text without its diacritics: for slugs, and for search typed without them."""

import unicodedata

from django.utils.text import slugify


def fold_vietnamese(text):
    """Drops diacritics: NFD, remove combining marks, đ/Đ → d/D ("Đất đai" → "Dat dai")."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.replace("đ", "d").replace("Đ", "D"))


def ascii_slug(text, max_length=80):
    return slugify(fold_vietnamese(text))[:max_length].strip("-")
