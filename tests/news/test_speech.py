"""Nghe đọc bài: publishing queues speech, the minute job makes it with the real espeak-ng and ffmpeg,
and citizens hear only the current text of pages they may see."""

import json
import logging
import re
import shutil
import subprocess
import tempfile
from io import StringIO
from unittest.mock import patch

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import DatabaseError
from django.test import override_settings
from wagtail.rich_text import RichText

from news.factories import LegalDocumentPageFactory, NewsArticlePageFactory, ReformModelPageFactory
from news.models import SpeechAudio, SpeechJob, Withdrawal
from news.signals import page_withdrawn
from news.speech.keys import spoken_text

pytestmark = pytest.mark.django_db

# 68 syllables (Vietnamese words) once normalised: the dates, numbers and acronyms become words too.
BODY = (
    "<p>Ngày 15/01/2024, UBND tỉnh Lào Cai ban hành kế hoạch CCHC với 21 nhiệm vụ trọng tâm.</p>"
    "<p>Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt 98,5%, người dân hài lòng.</p>"
)
PLAYER_RE = re.compile(
    r'<h2 id="listen-title"[^>]*>Nghe bài viết · <span[^>]*>([^<]+)</span></h2>\s*'
    r'<audio class="listen__audio" controls preload="none" aria-labelledby="listen-title" src="([^"]+)">'
)


def publish(page, captured):
    with captured(execute=True):
        page.save_revision().publish()


def make_speech(**options):
    out = StringIO()
    call_command("make_speech", stdout=out, **options)
    return out.getvalue()


def player(client, page):
    """The player's duration label and audio address on the public page, or None."""
    response = client.get(page.url)
    assert response.status_code == 200
    match = PLAYER_RE.search(response.content.decode())
    return match and match.groups()


def tool(name, *args):
    """Runs Debian's ffprobe or ffmpeg (installed, like espeak-ng, by scripts/install-deps.sh) on our own file."""
    return subprocess.run([shutil.which(name), *args], check=True, capture_output=True)  # noqa: S603


def probe(data):
    """What ffprobe and ffmpeg find in the file: codec, channels, duration, and mean loudness (silence is -91 dB)."""
    with tempfile.NamedTemporaryFile(suffix=".mp3") as file:
        file.write(data)
        file.flush()
        entries = "format=duration:stream=codec_name,channels"
        found = json.loads(tool("ffprobe", "-v", "error", "-show_entries", entries, "-of", "json", file.name).stdout)
        decoded = tool("ffmpeg", "-nostdin", "-hide_banner", "-i", file.name, "-af", "volumedetect", "-f", "null", "-")
    loudness = float(re.search(rb"mean_volume: (-?[\d.]+) dB", decoded.stderr).group(1))
    stream = found["streams"][0]
    return stream["codec_name"], stream["channels"], float(found["format"]["duration"]), loudness


@pytest.fixture
def article(topic):
    return NewsArticlePageFactory(
        parent=topic, title="Lào Cai đẩy mạnh cải cách", summary="Tóm tắt.", body=[("paragraph", RichText(BODY))]
    )


def test_publishing_queues_audio_and_the_minute_job_makes_real_speech_of_the_text(
    client, article, django_capture_on_commit_callbacks
):
    publish(article, django_capture_on_commit_callbacks)
    assert SpeechJob.objects.filter(page=article).exists(), "publishing only queues"
    assert player(client, article) is None

    assert make_speech() == "Audio: 1 made, 0 unchanged, 0 removed, 0 failed.\n"

    label, url = player(client, article)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/mpeg"
    codec, channels, duration, loudness = probe(response.content)
    assert (codec, channels) == ("mp3", 1)
    # Each Vietnamese word is one syllable; at 150 a minute, with pauses, 2 to 4.5 of them a second.
    words = len(spoken_text(article).split())
    assert words == 68
    assert words / 4.5 < duration < words / 2, duration
    assert loudness > -40, "speech, not silence"
    audio = SpeechAudio.objects.get(page=article)
    assert abs(audio.duration - duration) < 0.5
    assert re.fullmatch(r"(\d+ phút )?\d+ giây", label) and label == f"{round(audio.duration)} giây"
    assert len(response.content) < 6000 * duration, "about 24 kbit/s: small for slow mobile networks"
    assert not SpeechJob.objects.exists()


def test_the_player_is_labelled_and_runs_no_script(client, article, django_capture_on_commit_callbacks):
    publish(article, django_capture_on_commit_callbacks)
    make_speech()
    html = client.get(article.url).content.decode()
    section = html[html.index('<section class="listen"') : html.index("</section>", html.index('class="listen"'))]
    assert 'aria-labelledby="listen-title"' in section
    assert "<script" not in section and "onclick" not in section


def test_a_changed_text_gets_new_audio_and_the_old_file_is_unlinked_and_deleted(
    client, article, django_capture_on_commit_callbacks
):
    publish(article, django_capture_on_commit_callbacks)
    make_speech()
    _label, old_url = player(client, article)
    old_file = SpeechAudio.objects.get(page=article).file.name

    article.body = [("paragraph", RichText("<p>Nội dung đã sửa: 105 thủ tục được cắt giảm trong năm 2024.</p>"))]
    publish(article, django_capture_on_commit_callbacks)
    assert player(client, article) is None, "no player until the new text is spoken"
    assert client.get(old_url).status_code == 404, "the old sound is not served for the new text"

    with django_capture_on_commit_callbacks(execute=True):
        assert make_speech() == "Audio: 1 made, 0 unchanged, 0 removed, 0 failed.\n"
    _label, new_url = player(client, article)
    assert new_url != old_url
    assert client.get(new_url).status_code == 200
    assert client.get(old_url).status_code == 404
    assert [audio.file.name for audio in SpeechAudio.objects.filter(page=article)] != [old_file]
    assert not default_storage.exists(old_file)


def test_republishing_the_same_text_keeps_the_audio(client, article, django_capture_on_commit_callbacks):
    publish(article, django_capture_on_commit_callbacks)
    make_speech()
    first = player(client, article)
    article.is_featured = True  # not spoken
    publish(article, django_capture_on_commit_callbacks)
    assert make_speech() == "Audio: 0 made, 1 unchanged, 0 removed, 0 failed.\n"
    assert player(client, article) == first


def test_a_draft_does_not_hide_the_audio_of_the_live_text(client, article, django_capture_on_commit_callbacks):
    publish(article, django_capture_on_commit_callbacks)
    make_speech()
    first = player(client, article)
    article.title = "Bản nháp chưa duyệt"
    article.save_revision()
    assert player(client, article) == first


def test_an_unpublished_pages_audio_answers_404_and_its_file_is_deleted(
    client, article, django_capture_on_commit_callbacks
):
    publish(article, django_capture_on_commit_callbacks)
    make_speech()
    _label, url = player(client, article)
    name = SpeechAudio.objects.get(page=article).file.name
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get(url).status_code == 404
    assert not default_storage.exists(name)


def test_a_withdrawn_pages_audio_answers_404_and_the_player_is_gone(
    client, article, django_capture_on_commit_callbacks
):
    publish(article, django_capture_on_commit_callbacks)
    make_speech()
    _label, url = player(client, article)
    Withdrawal.objects.create(page=article, reason="Thông tin chưa chính xác")
    with django_capture_on_commit_callbacks(execute=True):
        page_withdrawn.send(sender=type(article), instance=article, user=None)
    assert client.get(url).status_code == 404
    assert player(client, article) is None


def test_the_audio_answers_byte_ranges_for_seeking_players(client, article, django_capture_on_commit_callbacks):
    publish(article, django_capture_on_commit_callbacks)
    make_speech()
    _label, url = player(client, article)
    size = SpeechAudio.objects.get(page=article).size
    response = client.get(url, HTTP_RANGE="bytes=100-199")
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 100-199/{size}"
    assert len(response.content) == 100
    assert client.get(url, HTTP_RANGE=f"bytes={size}-").status_code == 416


def test_publishing_without_espeak_still_publishes_logs_and_retries_later(
    client, article, django_capture_on_commit_callbacks, caplog
):
    with override_settings(SPEECH_ESPEAK_BINARY="/nonexistent/espeak-ng"):
        publish(article, django_capture_on_commit_callbacks)
        article.refresh_from_db()
        assert article.live
        assert client.get(article.url).status_code == 200
        with caplog.at_level(logging.ERROR, logger="news.speech.jobs"):
            assert make_speech() == "Audio: 0 made, 0 unchanged, 0 removed, 1 failed.\n"
    assert "/nonexistent/espeak-ng is not installed" in caplog.text
    job = SpeechJob.objects.get(page=article)
    assert job.attempts == 1 and "not installed" in job.last_error
    assert player(client, article) is None

    assert make_speech() == "Audio: 1 made, 0 unchanged, 0 removed, 0 failed.\n", "the next run, espeak-ng back"
    assert player(client, article) is not None


def test_reform_models_are_spoken_and_legal_documents_are_not(topic, django_capture_on_commit_callbacks):
    model = ReformModelPageFactory(parent=topic)
    document = LegalDocumentPageFactory(parent=topic)
    publish(model, django_capture_on_commit_callbacks)
    publish(document, django_capture_on_commit_callbacks)
    assert list(SpeechJob.objects.values_list("page_id", flat=True)) == [model.pk]
    make_speech()
    assert SpeechAudio.objects.get().page_id == model.pk


def test_make_speech_all_backfills_public_pages_without_audio(client, article):
    article.save_revision().publish()
    SpeechJob.objects.all().delete()  # as if published before this feature
    assert make_speech(all=True) == "Queued 1 pages.\nAudio: 1 made, 0 unchanged, 0 removed, 0 failed.\n"
    assert player(client, article) is not None


def test_publishing_still_succeeds_when_the_audio_job_cannot_be_written(
    client, article, django_capture_on_commit_callbacks, caplog
):
    with (
        patch.object(SpeechJob.objects, "update_or_create", side_effect=DatabaseError("disk full")),
        caplog.at_level(logging.ERROR, logger="news.speech.jobs"),
    ):
        publish(article, django_capture_on_commit_callbacks)
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200
    assert f"Could not queue the audio of page {article.pk}" in caplog.text
