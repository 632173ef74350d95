"""What the page's player needs: the audio of the page's current text, its address and its duration in words."""

from dataclasses import dataclass

from django.urls import reverse

from news.models import ContentPage, SpeechAudio
from news.speech import keys
from news.speech.text import is_spoken


@dataclass(frozen=True)
class Player:
    url: str
    duration: str  # "3 phút 12 giây"
    size: int


def duration_label(seconds):
    """The spoken length as the listener reads it: "45 giây", "3 phút", "3 phút 12 giây"."""
    minutes, seconds = divmod(max(1, round(seconds)), 60)
    parts = [f"{minutes} phút"] if minutes else []
    if seconds or not minutes:
        parts.append(f"{seconds} giây")
    return " ".join(parts)


def current_audio(page, request=None):
    """The audio of this page's current text, while a citizen may see the page; else None.

    A preview (a draft's text), a page whose text changed since its audio was made and a
    withdrawn page all get None, so the page never offers stale or unreachable audio. With the
    request, the view restrictions are read under the version the request already read.
    """
    visible = ContentPage.objects.searchable(request).filter(pk=page.pk)
    if not page.pk or not is_spoken(page) or not visible.exists():
        return None
    return SpeechAudio.objects.filter(page_id=page.pk, text_hash=keys.current_hash(page)).first()


def player_for(page, request=None):
    audio = current_audio(page, request)
    if audio is None:
        return None
    url = reverse("speech-audio", kwargs={"page_id": page.pk, "text_hash": audio.text_hash})
    return Player(url=url, duration=duration_label(audio.duration), size=audio.size)
