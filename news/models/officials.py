from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from news.blocks import RICH_TEXT_FEATURES
from news.models.content import ContentPage
from news.models.review_by import ReviewByPage


class ExemplaryOfficialPage(ReviewByPage, ContentPage):
    """An exemplary official (tấm gương cán bộ, công chức, viên chức) held up to colleagues.

    Public pages carry work details only: no phone number, ID number or home address
    has a field here, so none can be published by mistake. When the official's term ends,
    the page stays at its URL, in listings and search, under a banner saying the facts are
    those of that date (history mode: `term_ended_on`).
    """

    full_name = models.CharField(_("họ và tên"), max_length=120)
    position = models.CharField(_("chức vụ"), max_length=255)
    biography = RichTextField(_("tiểu sử, quá trình công tác"), features=RICH_TEXT_FEATURES)
    achievements = RichTextField(_("thành tích"), features=RICH_TEXT_FEATURES)
    quote = models.TextField(_("câu nói"), blank=True)
    term_ended_on = models.DateField(
        _("thôi giữ chức vụ từ ngày"),
        null=True,
        blank=True,
        help_text=_(
            "Điền khi cán bộ không còn giữ chức vụ nêu trong bài: trang vẫn giữ nguyên địa chỉ, "
            "kèm thông báo “Thông tin tại thời điểm …”."
        ),
    )

    shows_a_person = True  # news.content_checks warns of a phone or citizen-ID number left in the text

    content_panels = ContentPage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("full_name"), FieldPanel("position")]),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Ảnh chân dung")),
        FieldPanel("biography"),
        FieldPanel("achievements"),
        InlinePanel("awards", label=_("Khen thưởng")),
        FieldPanel("quote"),
        MultiFieldPanel(
            [FieldPanel("review_by"), FieldPanel("term_ended_on")], heading=_("Rà soát và lưu trữ thông tin")
        ),
        *ContentPage.classification_panels,
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("full_name"),
        index.SearchField("position"),
        index.SearchField("biography"),
        index.SearchField("achievements"),
    ]

    class Meta:
        verbose_name = _("tấm gương cán bộ")
        verbose_name_plural = _("tấm gương cán bộ")

    def clean(self):
        super().clean()
        # The banner speaks of a term that has ended; a future date would be announced too early
        # (and a cached page would not notice the day it comes).
        if self.term_ended_on and self.term_ended_on > timezone.localdate():
            raise ValidationError({"term_ended_on": _("Ngày thôi giữ chức vụ không thể ở tương lai.")})

    @property
    def is_history(self):
        """Whether the page now records the past: the official no longer holds the position it describes."""
        return self.term_ended_on is not None


class OfficialAward(Orderable):
    page = ParentalKey(ExemplaryOfficialPage, related_name="awards", on_delete=models.CASCADE)
    name = models.CharField(_("hình thức khen thưởng"), max_length=255)
    year = models.PositiveSmallIntegerField(_("năm"))

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("year")])]

    class Meta(Orderable.Meta):
        verbose_name = _("khen thưởng")

    def __str__(self):
        return f"{self.name} ({self.year})"
