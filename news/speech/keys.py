"""What identifies a page's audio: the hash of what is spoken, and the stored file's unguessable name."""

import hashlib
import hmac

from django.conf import settings

from news.speech.normalise import normalise
from news.speech.synthesis import FILE_EXTENSION, voice_signature
from news.speech.text import written_text


def spoken_text(page):
    """The page's current text as the voice will say it."""
    return normalise(written_text(page))


def text_hash(text):
    """Changes whenever the words or the voice change: the audio's identity."""
    return hashlib.sha256(f"{voice_signature()}\n{text}".encode()).hexdigest()


def current_hash(page):
    return text_hash(spoken_text(page))


def storage_name(page_id, hashed):
    """Keyed by the hash, salted with the secret key: anyone can hash a page's public text, but only the portal
    can turn it into the file's name, so a public bucket does not publish the audio of a withdrawn page."""
    secret = hmac.new(settings.SECRET_KEY.encode(), hashed.encode(), hashlib.sha256).hexdigest()[:32]
    return f"speech/{page_id}/{secret}.{FILE_EXTENSION}"
