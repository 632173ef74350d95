from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from news.blocks import RICH_TEXT_FEATURES, AttachmentsBlock
from news.models.content import ContentPage
from news.models.review_by import ReviewByPage


class ReformModelKind(models.TextChoices):
    INITIATIVE = "initiative", _("Sáng kiến")
    NEW_MODEL = "new_model", _("Mô hình mới")
    GOOD_PRACTICE = "good_practice", _("Cách làm hay")


class ReformField(models.TextChoices):
    LAND = "land", _("Đất đai")
    CONSTRUCTION = "construction", _("Xây dựng")
    INVESTMENT = "investment", _("Đầu tư")
    PUBLIC_FINANCE = "public_finance", _("Tài chính công")
    ONE_STOP_SHOP = "one_stop_shop", _("Một cửa, một cửa liên thông")
    DIGITAL_GOVERNMENT = "digital_government", _("Chính quyền số")
    CIVIL_SERVICE = "civil_service", _("Công vụ, công chức")
    OTHER = "other", _("Lĩnh vực khác")


class ReformScope(models.TextChoices):
    PROVINCE = "province", _("Cấp tỉnh")
    DISTRICT = "district", _("Cấp huyện")
    COMMUNE = "commune", _("Cấp xã")


class ReplicationStatus(models.TextChoices):
    PILOT = "pilot", _("Đang thí điểm")
    REPLICATING = "replicating", _("Đang nhân rộng")
    REPLICATED = "replicated", _("Đã nhân rộng toàn tỉnh")


class ReformModelPage(ReviewByPage, ContentPage):
    """An initiative, new model or good practice (sáng kiến, mô hình mới, cách làm hay).

    Told as problem → solution → measured results, so other agencies can judge whether
    to replicate it. When a newer model replaces it, the page stays at its URL, in listings
    and search, under a banner linking to the newer one (history mode: `replaced_by`).
    """

    kind = models.CharField(_("loại"), max_length=20, choices=ReformModelKind.choices)
    field = models.CharField(_("lĩnh vực"), max_length=30, choices=ReformField.choices)
    year_started = models.PositiveSmallIntegerField(_("năm bắt đầu"))
    scope = models.CharField(_("phạm vi"), max_length=20, choices=ReformScope.choices)
    problem = RichTextField(_("vấn đề đặt ra"), features=RICH_TEXT_FEATURES)
    solution = RichTextField(_("giải pháp"), features=RICH_TEXT_FEATURES)
    replication = models.CharField(
        _("tình trạng nhân rộng"), max_length=20, choices=ReplicationStatus.choices, default=ReplicationStatus.PILOT
    )
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("tài liệu đính kèm"), blank=True)
    replaced_by = models.ForeignKey(
        "news.ReformModelPage",
        verbose_name=_("được thay thế bằng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
        help_text=_(
            "Mô hình mới hơn thay thế mô hình này: trang vẫn giữ nguyên địa chỉ, kèm đường dẫn tới mô hình mới."
        ),
    )

    content_panels = ContentPage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Ảnh đại diện")),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("field")]),
        FieldRowPanel([FieldPanel("year_started"), FieldPanel("scope"), FieldPanel("replication")]),
        FieldPanel("problem"),
        FieldPanel("solution"),
        InlinePanel("results", label=_("Kết quả đo được")),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [FieldPanel("review_by"), FieldPanel("replaced_by")], heading=_("Rà soát và lưu trữ thông tin")
        ),
        *ContentPage.classification_panels,
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("problem"),
        index.SearchField("solution"),
        index.FilterField("kind"),
        index.FilterField("field"),
    ]

    class Meta:
        verbose_name = _("sáng kiến, mô hình")
        verbose_name_plural = _("sáng kiến, mô hình")

    def clean(self):
        super().clean()
        if self.replaced_by_id is not None and self.replaced_by_id == self.pk:
            raise ValidationError({"replaced_by": _("Một mô hình không thể thay thế chính nó.")})

    @cached_property
    def replacement(self):
        """The newer model the public is sent to, or None.

        Only a replacement the public can open counts: until it is live (and not withdrawn)
        this model is still the current one and shows no banner.
        """
        if self.replaced_by_id is None:
            return None
        return ContentPage.objects.searchable().filter(pk=self.replaced_by_id).first()

    @property
    def is_history(self):
        """Whether the page now records the past: a newer, published model replaced it."""
        return self.replacement is not None


class ReformModelResult(Orderable):
    """One measured result: an indicator before and after the model was applied."""

    page = ParentalKey(ReformModelPage, related_name="results", on_delete=models.CASCADE)
    indicator = models.CharField(_("chỉ tiêu"), max_length=255)
    before = models.DecimalField(_("trước"), max_digits=12, decimal_places=2)
    after = models.DecimalField(_("sau"), max_digits=12, decimal_places=2)
    unit = models.CharField(_("đơn vị"), max_length=50, blank=True)

    panels = [FieldRowPanel([FieldPanel("indicator"), FieldPanel("before"), FieldPanel("after"), FieldPanel("unit")])]

    class Meta(Orderable.Meta):
        verbose_name = _("kết quả")

    def __str__(self):
        return self.indicator

    @property
    def change_percent(self):
        """Relative change from before to after, in percent (None when before is zero)."""
        if not self.before:
            return None
        return round((self.after - self.before) / self.before * 100)
