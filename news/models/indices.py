"""The province's yearly PAR indices (plan II.1.4, 1.7): scores and national ranks kept as data rows,
shown on one public page as tables and trend charts, each downloadable as CSV."""

import re
from decimal import Decimal
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


class ParIndex(models.TextChoices):
    """The five indices the plan names; the value is also the index's anchor and CSV name."""

    PAR_INDEX = "par-index", _("Chỉ số cải cách hành chính (PAR INDEX)")
    SIPAS = "sipas", _("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)")
    PAPI = "papi", _("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)")
    PCI = "pci", _("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")
    DTI = "dti", _("Chỉ số chuyển đổi số (DTI)")


SHORT_NAMES = {
    ParIndex.PAR_INDEX: "PAR INDEX",
    ParIndex.SIPAS: "SIPAS",
    ParIndex.PAPI: "PAPI",
    ParIndex.PCI: "PCI",
    ParIndex.DTI: "DTI",
}


# The top of a scale written in the unit: "điểm/80" → 80, "thang 0–1" → 1, "điểm/100" → 100.
SCALE_MAXIMUM = re.compile(r"(?:/|thang\s*(?:0\s*[–-]\s*)?)\s*(\d+(?:[.,]\d+)?)\s*$")


def format_score(value):
    """A score the Vietnamese way, as precise as it was entered: 89.03 → "89,03", 68.2 → "68,20", 0.7167 → "0,7167"."""
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    whole, _dot, fraction = text.partition(".")
    if not fraction:
        return whole
    return f"{whole},{fraction.ljust(2, '0')}"


class IndexScore(ClusterableModel):
    """One year's result of one index for the province: score, national rank, source.

    `is_sample` marks figures gathered for the demo from press reports and not yet checked
    against the official publication; the public page says so next to them.
    """

    index = models.CharField(_("chỉ số"), max_length=20, choices=ParIndex.choices)
    year = models.PositiveSmallIntegerField(_("năm đánh giá"))
    score = models.DecimalField(_("điểm"), max_digits=9, decimal_places=4, null=True, blank=True)
    unit = models.CharField(
        _("đơn vị, thang điểm"), max_length=30, blank=True, help_text=_("Ví dụ: %, điểm/80, điểm/100, thang 0–1.")
    )
    rank = models.PositiveSmallIntegerField(_("xếp hạng"), null=True, blank=True)
    out_of = models.PositiveSmallIntegerField(
        _("trên tổng số địa phương"), null=True, blank=True, help_text=_("63 tỉnh, thành phố đến năm 2024.")
    )
    source_name = models.CharField(_("tên nguồn"), max_length=255, blank=True)
    source_url = models.URLField(_("đường dẫn nguồn"), max_length=500, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"),
        default=False,
        help_text=_("Số liệu mẫu, chưa đối chiếu với công bố chính thức: trang công khai ghi rõ điều này."),
    )

    panels = [
        FieldRowPanel([FieldPanel("index"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("score"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("rank"), FieldPanel("out_of")]),
        InlinePanel("sub_scores", label=_("Chỉ số thành phần")),
        MultiFieldPanel(
            [
                FieldPanel("source_name"),
                FieldPanel("source_url"),
                FieldPanel("note", help_text=_("Ghi chú nội bộ cho biên tập viên, không hiển thị công khai.")),
            ],
            heading=_("Nguồn"),
        ),
        FieldPanel("is_sample"),
    ]

    class Meta:
        ordering = ["index", "year"]
        verbose_name = _("kết quả chỉ số")
        verbose_name_plural = _("kết quả các chỉ số")
        constraints = [
            models.UniqueConstraint(
                fields=["index", "year"],
                name="news_indexscore_one_per_year",
                violation_error_message=_("Chỉ số này đã có kết quả của năm này."),
            )
        ]

    def __str__(self):
        return f"{SHORT_NAMES.get(self.index, self.index)} {self.year}"

    def clean(self):
        super().clean()
        if self.score is None and self.rank is None:
            raise ValidationError(_("Cần nhập ít nhất điểm hoặc xếp hạng."))
        if self.rank is not None and self.out_of is not None and self.rank > self.out_of:
            raise ValidationError({"rank": _("Xếp hạng không thể lớn hơn tổng số địa phương.")})

    @property
    def short_name(self):
        return SHORT_NAMES.get(self.index, self.index)

    @property
    def score_display(self):
        """The score the Vietnamese way with its scale: "89,03%", "45,04 trên thang 80", "0,7167 trên thang 1"."""
        text = format_score(self.score)
        if not text or not self.unit:
            return text
        if self.unit == "%":
            return f"{text}%"
        scale = SCALE_MAXIMUM.search(self.unit)
        if scale:
            return f"{text} trên thang {format_score(Decimal(scale.group(1).replace(',', '.')))}"
        return f"{text} {self.unit}"

    @property
    def rank_display(self):
        if self.rank is None:
            return ""
        return f"{self.rank}/{self.out_of}" if self.out_of else str(self.rank)

    @property
    def rank_text(self):
        """The rank in words with what it is out of: "thứ 14 trên 34 tỉnh, thành phố"."""
        if self.rank is None:
            return ""
        return f"thứ {self.rank} trên {self.out_of} tỉnh, thành phố" if self.out_of else f"thứ {self.rank} cả nước"

    @property
    def source_label(self):
        return self.source_name or (urlsplit(self.source_url).hostname or "").removeprefix("www.")


class IndexSubScore(Orderable):
    """A sub-index (chỉ số thành phần) of one year's result, where the source gives it."""

    result = ParentalKey(IndexScore, related_name="sub_scores", on_delete=models.CASCADE)
    name = models.CharField(_("chỉ số thành phần"), max_length=255)
    score = models.DecimalField(_("điểm"), max_digits=9, decimal_places=4, null=True, blank=True)
    max_score = models.DecimalField(_("điểm tối đa"), max_digits=9, decimal_places=4, null=True, blank=True)
    rank = models.PositiveSmallIntegerField(_("xếp hạng"), null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("score"), FieldPanel("max_score"), FieldPanel("rank")])]

    class Meta(Orderable.Meta):
        verbose_name = _("chỉ số thành phần")
        verbose_name_plural = _("chỉ số thành phần")

    def __str__(self):
        return self.name

    @property
    def score_display(self):
        text = format_score(self.score)
        return f"{text}/{format_score(self.max_score)}" if text and self.max_score is not None else text
