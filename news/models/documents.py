"""Legal documents and plans (văn bản chỉ đạo, điều hành), as Decree 42/2022 asks a portal to publish them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.search import index

from news.blocks import AttachmentsBlock
from news.listing_filters import FilterError, paginate, read_filters
from news.models.content import ContentPage
from news.models.section_index import SectionIndexPage


class DocumentKind(models.TextChoices):
    PLAN = "plan", _("Kế hoạch")
    DECISION = "decision", _("Quyết định")
    DIRECTIVE = "directive", _("Chỉ thị")
    REPORT = "report", _("Báo cáo")
    RESOLUTION = "resolution", _("Nghị quyết")
    DECREE = "decree", _("Nghị định")
    CIRCULAR = "circular", _("Thông tư")
    SCHEME = "scheme", _("Đề án")
    OFFICIAL_LETTER = "official_letter", _("Công văn")
    NOTICE = "notice", _("Thông báo")
    OTHER = "other", _("Văn bản khác")


class DocumentIndexPage(SectionIndexPage):
    """The documents section: a table of the published documents (Số ký hiệu | Ngày ban hành | Trích yếu | Tải về),
    filterable by type and year, newest issued first."""

    default_menu_title = _("Văn bản")

    subpage_types = ["news.LegalDocumentPage"]

    class Meta:
        verbose_name = _("mục văn bản")
        verbose_name_plural = _("mục văn bản")

    def documents(self):
        """The published documents of this section, newest issued first, with their files, in one query."""
        return (
            LegalDocumentPage.objects.child_of(self).searchable().select_related("file").order_by("-date_issued", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = self.documents()
        years = [day.year for day in documents.dates("date_issued", "year", order="DESC")]
        try:
            filters = read_filters(request, kinds=DocumentKind.values, kind_error="Không có loại văn bản này.")
        except FilterError as error:
            raise Http404(str(error)) from error
        kind, year, tag = filters["type"], filters["year"], filters["tag"]
        if kind:
            documents = documents.filter(kind=kind)
        if year:
            documents = documents.filter(date_issued__year=year)
        context.update(
            {
                "kinds": DocumentKind.choices,
                "years": years,
                "selected_kind": kind,
                "selected_year": str(year or ""),
                "tag": tag,
                "is_filtered": bool(kind or year or tag),
                "page_obj": paginate(documents.tagged(tag), request.GET.get("page")),
            }
        )
        return context


class LegalDocumentPage(ContentPage):
    """A legal document or plan (văn bản): number and symbol, issuer, dates, type, abstract (trích yếu)
    and its PDF. The summary field holds the abstract; the number is searchable ("18/KH-UBND")."""

    number = models.CharField(
        _("số, ký hiệu"), max_length=60, help_text=_("Đúng như trên văn bản, ví dụ: 18/KH-UBND, 42/2022/NĐ-CP.")
    )
    kind = models.CharField(_("loại văn bản"), max_length=20, choices=DocumentKind.choices)
    issuer = models.CharField(
        _("cơ quan ban hành"), max_length=255, help_text=_("Ví dụ: Ủy ban nhân dân tỉnh Lào Cai, Chính phủ.")
    )
    signer = models.CharField(_("người ký"), max_length=255, blank=True)
    date_issued = models.DateField(_("ngày ban hành"))
    effective_date = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp văn bản (PDF)"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("phụ lục, tài liệu kèm theo"), blank=True)

    parent_page_types = ["news.DocumentIndexPage"]

    content_panels = ContentPage.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("kind")]),
        FieldPanel("summary", heading=_("Trích yếu")),
        FieldRowPanel([FieldPanel("issuer"), FieldPanel("signer")]),
        FieldRowPanel([FieldPanel("date_issued"), FieldPanel("effective_date")]),
        FieldPanel("file"),
        FieldPanel("attachments"),
        *ContentPage.classification_panels,
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("number"),
        index.AutocompleteField("number"),
        index.SearchField("issuer"),
        index.SearchField("signer"),
        index.FilterField("kind"),
        index.FilterField("date_issued"),
    ]

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")

    def clean(self):
        super().clean()
        self.number = " ".join((self.number or "").split())
        if self.effective_date and self.date_issued and self.effective_date < self.date_issued:
            raise ValidationError({"effective_date": _("Ngày có hiệu lực không thể trước ngày ban hành.")})
        if self.file_id and self.file.file_extension.lower() != "pdf":
            raise ValidationError({"file": _("Tệp văn bản phải là PDF.")})

    @classmethod
    def latest(cls, limit=5):
        """The newest issued published documents, for the home page."""
        return list(cls.objects.searchable().select_related("file").order_by("-date_issued", "-pk")[:limit])

    @property
    def type_label(self):
        """The document's kind ("Kế hoạch", "Quyết định"…) on cards and the page head, not just "văn bản"."""
        return self.get_kind_display()
