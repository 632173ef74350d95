"""The only public address of the audio: answers while the page is public and the audio is of its current text.

Served through the app, not by a link to the bucket, so that unpublishing, withdrawing or
restricting a page takes its audio off the air at once. Byte ranges are answered
because Safari and many phone players seek, and even start, with them.
"""

import re

from django.core.files.storage import default_storage
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from news.models import ContentPage, SpeechAudio
from news.speech import keys
from news.speech.synthesis import CONTENT_TYPE

RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")
CACHE_CONTROL = "public, max-age=300"  # short: an unpublished page's audio must leave shared caches soon


@require_safe
def audio(request, page_id, text_hash):
    page = ContentPage.objects.searchable().filter(pk=page_id).first()
    if page is None:
        raise Http404("No public page")
    stored = SpeechAudio.objects.filter(page_id=page_id, text_hash=text_hash).first()
    if stored is None or keys.current_hash(page.specific) != text_hash:
        raise Http404("No audio of this page's current text")
    with default_storage.open(stored.file.name, "rb") as file:
        data = file.read()
    return ranged_response(request, data)


def ranged_response(request, data):
    """The whole file, or the one byte range asked for (206), or 416 for a range outside it."""
    size = len(data)
    match = RANGE_RE.match(request.headers.get("Range", "").strip())
    if match and any(match.groups()):
        first, last = match.groups()
        if first:
            start, end = int(first), min(int(last), size - 1) if last else size - 1
        else:
            start, end = max(size - int(last), 0), size - 1
        if start >= size or start > end:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        response = HttpResponse(data[start : end + 1], content_type=CONTENT_TYPE, status=206)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    else:
        response = HttpResponse(data, content_type=CONTENT_TYPE)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = CACHE_CONTROL
    response["Content-Length"] = str(len(response.content))
    return response
