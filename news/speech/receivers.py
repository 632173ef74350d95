"""When a page's audio must be made, checked or forgotten: connected by news.apps.

Publishing (and lifting a withdrawal) queues a job for the minute job; leaving public view
(unpublish, expiry, deletion, withdrawal) deletes the audio at once, a cheap row delete,
so no file of a page the public may not see stays in the bucket. Deleting an audio row
deletes its file only after the transaction commits, so a rolled-back unpublish keeps it.
"""

import logging

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from news.models import SpeechAudio
from news.signals import page_withdrawal_lifted, page_withdrawn
from news.speech import jobs

logger = logging.getLogger(__name__)


@receiver(page_published)
@receiver(page_withdrawal_lifted)
def queue_speech(sender, instance, **kwargs):
    jobs.queue(instance)


@receiver(page_unpublished)
@receiver(page_withdrawn)
def forget_speech(sender, instance, **kwargs):
    jobs.forget(instance)


@receiver(post_delete, sender=SpeechAudio)
def delete_audio_file(sender, instance, **kwargs):
    name = instance.file.name

    def delete():
        try:
            default_storage.delete(name)
        except OSError:
            logger.exception("Could not delete the audio file %s; its name cannot be guessed.", name)

    transaction.on_commit(delete)
