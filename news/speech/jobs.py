"""The pending-audio queue: written on publish, drained by the minute job (`manage.py make_speech`).

A table rather than an in-process queue or thread: app servers are stateless and may be
restarted at any time, and a row written in the publish transaction cannot be lost
between the commit and the work. Writing it is one small upsert inside a savepoint, and
any error there is logged and swallowed: publishing never waits for speech nor fails
because of it. One drain runs at a time (a lock in the shared cache), and it holds no
transaction while speaking, so an editor's publish never waits for it.
"""

import logging
import time

from django.core.cache import cache as shared_cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone

from news import cache
from news.models import ContentPage, SpeechAudio, SpeechJob
from news.speech import keys
from news.speech.synthesis import SpeechUnavailable, synthesise
from news.speech.text import SPOKEN_TYPES, is_spoken

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
DRAIN_LOCK = "news:speech:drain"


def queue(page):
    """Asks the minute job to make or check the page's audio; never raises (publishing must not fail)."""
    if not is_spoken(page):
        return
    try:
        with transaction.atomic():
            SpeechJob.objects.update_or_create(
                page_id=page.pk, defaults={"requested_at": timezone.now(), "attempts": 0, "last_error": ""}
            )
    except DatabaseError:  # the savepoint is rolled back; the editor's transaction goes on
        logger.exception("Could not queue the audio of page %s; `make_speech --all` will find it.", page.pk)


def forget(page):
    """Deletes the page's audio (the files go once the transaction commits): called when it leaves public view."""
    if not is_spoken(page):
        return
    try:
        with transaction.atomic():
            for audio in SpeechAudio.objects.filter(page_id=page.pk):
                audio.delete()
    except DatabaseError:
        logger.exception("Could not delete the audio of page %s; the audio view refuses it anyway.", page.pk)


def queue_all():
    """Queues every public spoken page (a new install, a changed voice, or rows lost to an error); returns how many.
    Pages whose audio is current cost the drain only a hash."""
    pages = ContentPage.objects.searchable().type(*SPOKEN_TYPES)
    now = timezone.now()
    queued = 0
    for page_id in pages.values_list("pk", flat=True):
        SpeechJob.objects.update_or_create(
            page_id=page_id, defaults={"requested_at": now, "attempts": 0, "last_error": ""}
        )
        queued += 1
    return queued


def drain(*, budget_seconds=None):
    """Works through the pending jobs, oldest first, until none is left or the budget is spent.

    One drain at a time (a lock in the shared cache): a long first run after an import must
    not be joined by the next minute's run speaking the same pages. Returns a count per
    outcome (made, unchanged, removed, failed), or None when another drain is running.
    """
    if not shared_cache.add(DRAIN_LOCK, "1", timeout=(budget_seconds or 3600) + 600):
        logger.info("Another make_speech is running; this one leaves the queue to it.")
        return None
    try:
        return drain_locked(budget_seconds)
    finally:
        shared_cache.delete(DRAIN_LOCK)


def drain_locked(budget_seconds):
    outcomes = {"made": 0, "unchanged": 0, "removed": 0, "failed": 0}
    started = time.monotonic()
    tried = set()
    while budget_seconds is None or time.monotonic() - started < budget_seconds:
        pending = SpeechJob.objects.filter(attempts__lt=MAX_ATTEMPTS).exclude(pk__in=tried).order_by("requested_at")
        job = pending.first()
        if job is None:
            break
        tried.add(job.pk)
        try:
            outcome = process(job)
        except Exception as error:  # storage or database trouble with one page must not stop the others
            logger.exception("Audio of page %s failed", job.page_id)
            record_failure(job, error)
            outcome = "failed"
        outcomes[outcome] += 1
    if outcomes["made"] or outcomes["removed"]:
        cache.bump_content_version()  # cached pages now show (or no longer show) the player
    return outcomes


def process(job):
    """One job; returns its outcome. No transaction is held while speaking (seconds, for a long article), so
    an editor republishing the page meanwhile is never blocked: the job is then kept for the next run."""
    page = ContentPage.objects.searchable().filter(pk=job.page_id).first()
    if page is None:
        # Unpublished, withdrawn or restricted since it was queued: nothing of it may be heard.
        with transaction.atomic():
            for audio in SpeechAudio.objects.filter(page_id=job.page_id):
                audio.delete()
            finish(job)
        return "removed"
    page = page.specific
    text = keys.spoken_text(page)
    hashed = keys.text_hash(text)
    outcome = "unchanged"
    if not SpeechAudio.objects.filter(page=page, text_hash=hashed).exists():
        try:
            speech = synthesise(text)
        except SpeechUnavailable as error:
            logger.error("No audio for page %s (attempt %s of %s): %s", page.pk, job.attempts + 1, MAX_ATTEMPTS, error)
            record_failure(job, error)
            return "failed"
        name = default_storage.save(keys.storage_name(page.pk, hashed), ContentFile(speech.audio))
        _audio, created = SpeechAudio.objects.get_or_create(
            page=page,
            text_hash=hashed,
            defaults={"file": name, "duration": speech.duration, "size": len(speech.audio)},
        )
        if not created:  # a run whose lock had expired made it meanwhile
            default_storage.delete(name)
        outcome = "made"
    with transaction.atomic():
        for audio in SpeechAudio.objects.filter(page=page).exclude(text_hash=hashed):
            audio.delete()  # the previous text's audio: no longer linked, its file goes on commit
        finish(job)
    return outcome


def record_failure(job, error):
    """Counted, so that a text espeak-ng cannot speak stops being retried; publishing the page again resets it."""
    SpeechJob.objects.filter(pk=job.pk).update(attempts=F("attempts") + 1, last_error=str(error)[:2000])


def finish(job):
    """Deletes the job unless the page was queued again while it ran (then its new text waits for the next run)."""
    SpeechJob.objects.filter(pk=job.pk, requested_at=job.requested_at).delete()
