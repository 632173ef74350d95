"""Records of the spoken versions of pages ("Nghe đọc bài"): pending jobs and the audio made.

The work itself (news.speech) runs in the minute job, never in the editor's request:
publishing only writes a SpeechJob row.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from news.models.content import ContentPage


class SpeechJob(models.Model):
    """A page whose audio must be (re)made or checked: written when it is published or its withdrawal lifted.

    One row per page: publishing again before the minute job runs only moves `requested_at`.
    After `news.speech.jobs.MAX_ATTEMPTS` failures the row stays, with the last error, until
    the page is next published.
    """

    page = models.OneToOneField(
        ContentPage, verbose_name=_("trang"), on_delete=models.CASCADE, related_name="speech_job"
    )
    requested_at = models.DateTimeField(_("yêu cầu lúc"), default=timezone.now)
    attempts = models.PositiveSmallIntegerField(_("số lần thử"), default=0)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)

    class Meta:
        verbose_name = _("việc tạo âm thanh chờ xử lý")
        verbose_name_plural = _("việc tạo âm thanh chờ xử lý")

    def __str__(self):
        return str(self.page_id)


class SpeechAudio(models.Model):
    """The spoken version of one text of one page, stored in the default storage (S3 in production).

    `text_hash` is the SHA-256 of the voice and the normalised text: the page shows the
    player only when a row exists for its current text, so a changed text is never read
    with the old sound. The file's name is derived from the hash with the secret key, so
    nobody can guess it in a public bucket; citizens reach it only through news.speech.views.
    """

    page = models.ForeignKey(
        ContentPage, verbose_name=_("trang"), on_delete=models.CASCADE, related_name="speech_audio"
    )
    text_hash = models.CharField(_("mã băm của văn bản"), max_length=64)
    file = models.FileField(_("tệp âm thanh"), max_length=255)
    duration = models.FloatField(_("thời lượng (giây)"))
    size = models.PositiveIntegerField(_("dung lượng (byte)"))
    created_at = models.DateTimeField(_("tạo lúc"), default=timezone.now)

    class Meta:
        verbose_name = _("bản đọc âm thanh")
        verbose_name_plural = _("bản đọc âm thanh")
        constraints = [models.UniqueConstraint(fields=["page", "text_hash"], name="speech_audio_one_per_text")]

    def __str__(self):
        return self.file.name
