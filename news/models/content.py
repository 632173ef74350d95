"""What every piece of published content shares, in one table so listings span all types."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index


class ReformArea(models.TextChoices):
    """The six reform areas of Vietnamese PAR reporting, a second axis beside the plan's topics."""

    INSTITUTIONS = "institutions", _("Cải cách thể chế")
    PROCEDURES = "procedures", _("Cải cách thủ tục hành chính")
    APPARATUS = "apparatus", _("Cải cách tổ chức bộ máy hành chính nhà nước")
    CIVIL_SERVICE = "civil_service", _("Cải cách chế độ công vụ")
    PUBLIC_FINANCE = "public_finance", _("Cải cách tài chính công")
    DIGITAL_GOVERNMENT = "digital_government", _("Xây dựng, phát triển Chính phủ điện tử, Chính phủ số")


class ContentPageTag(TaggedItemBase):
    content_object = ParentalKey("news.ContentPage", related_name="tagged_items", on_delete=models.CASCADE)


class ContentPage(Page):
    """Fields shared by news articles, reform models and exemplary officials.

    A concrete (multi-table) base rather than an abstract one: topic listings, the home
    page, feeds and reports query all content types at once, newest first, in one query.
    It cannot be created on its own.
    """

    cache_for_anonymous = True  # no forms: see news.page_cache

    summary = models.TextField(
        _("sapo"), max_length=600, help_text=_("Một đến hai câu tóm tắt, hiện ở danh sách và khi chia sẻ.")
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_caption = models.CharField(_("chú thích ảnh"), max_length=300, blank=True)
    agency = models.ForeignKey(
        "news.Agency",
        verbose_name=_("cơ quan, đơn vị"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pages",
    )
    topics = ParentalManyToManyField(
        "news.TopicIndexPage",
        verbose_name=_("chuyên mục khác"),
        blank=True,
        related_name="tagged_content",
        help_text=_("Các chuyên mục khác (ngoài chuyên mục chứa bài) mà bài này cũng thuộc về."),
    )
    reform_area = models.CharField(_("lĩnh vực CCHC"), max_length=30, choices=ReformArea.choices, blank=True)
    tags = ClusterTaggableManager(through=ContentPageTag, blank=True, verbose_name=_("từ khóa"))
    is_featured = models.BooleanField(_("nổi bật"), default=False, help_text=_("Ưu tiên trên trang chủ."))

    is_creatable = False

    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("agency"),
                FieldPanel("reform_area"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("is_featured"),
            ],
            heading=_("Phân loại"),
        ),
        InlinePanel("related_pages", label=_("Bài liên quan"), max_num=6),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("agency"),
        index.FilterField("reform_area"),
    ]

    class Meta:
        verbose_name = _("nội dung")

    def get_sitemap_urls(self, request=None):
        """Withdrawn pages keep their URL for those who have it, but are no longer offered."""
        from editorial.models import Withdrawal

        if Withdrawal.objects.filter(page_id=self.pk).exists():
            return []
        return super().get_sitemap_urls(request)

    @property
    def topic_section(self):
        """The topic section this page lives in (its parent)."""
        return self.get_parent().specific

    @property
    def type_label(self):
        return self.specific_class._meta.verbose_name


def content_page_models():
    """Every concrete type of published content (ContentPage's subclasses, those to come included),
    sorted by name: search facets and the outreach report list them all."""
    found, pending = [], list(ContentPage.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        if not model._meta.abstract and not model._meta.proxy:
            found.append(model)
    return sorted(found, key=lambda model: str(model._meta.verbose_name))


class RelatedPage(Orderable):
    source = ParentalKey(ContentPage, related_name="related_pages", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("trang"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("bài liên quan")
