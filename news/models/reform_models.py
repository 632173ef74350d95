from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from news.blocks import RICH_TEXT_FEATURES, AttachmentsBlock
from news.models.content import ContentPage


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


class ReformModelPage(ContentPage):
    """An initiative, new model or good practice (sáng kiến, mô hình mới, cách làm hay).

    Told as problem → solution → measured results, so other agencies can judge whether
    to replicate it.
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

    content_panels = ContentPage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Ảnh đại diện")),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("field")]),
        FieldRowPanel([FieldPanel("year_started"), FieldPanel("scope"), FieldPanel("replication")]),
        FieldPanel("problem"),
        FieldPanel("solution"),
        InlinePanel("results", label=_("Kết quả đo được")),
        FieldPanel("attachments"),
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
