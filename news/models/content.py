"""What every piece of published content shares, in one table so listings span all types."""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from news import view_restrictions
from news.content_checks_panel import ContentChecksPanel
from news.renditions import CARD_RENDITIONS
from news.vietnamese import ascii_slug


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


class ContentPageQuerySet(PageQuerySet):
    """Who may see what, as queries: the one rule of public visibility for listings, feeds, the sitemap and search."""

    def searchable(self, request=None):
        """Live, public (no view restriction on it or above it), not withdrawn and not past its expiry
        (which the minute job has not yet unpublished): what a citizen may find.

        The restrictions come from those stored per content version (news.view_restrictions), read
        once per request when there is one, instead of Wagtail's query of them all (`public()`).
        """
        unexpired = Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
        return self.live().exclude(self.restricted_q(request)).filter(unexpired, withdrawal__isnull=True)

    def restricted_q(self, request=None):
        """Wagtail's `private_q()`: pages with a view restriction on them or above them."""
        q = Q()
        for path in view_restrictions.restricted_paths(request):
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])

    def published(self, request=None):
        """searchable(), newest first, with what a card shows (agency, lead image and its card renditions)."""
        images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
        return (
            self.searchable(request)
            .select_related("agency")
            .prefetch_related(Prefetch("lead_image", queryset=images))
            .order_by("-first_published_at", "-pk")
        )

    def in_topic(self, topic):
        """Pages living in the topic section, plus those filed under it as a further topic."""
        filed_under = ContentPage.topics.through.objects.filter(topicindexpage=topic).values("contentpage_id")
        return self.filter(Q(path__startswith=topic.path, depth=topic.depth + 1) | Q(pk__in=filed_under))

    def tagged(self, tag):
        """Only the pages carrying `tag`; all of them when `tag` is None."""
        return self if tag is None else self.filter(tags=tag)

    def tag_counts(self, limit=20):
        """The most used tags among these pages, each with `uses`, most used first."""
        pages = self.values("pk")
        used_here = Q(news_contentpagetag_items__content_object__in=pages)
        return (
            Tag.objects.filter(pk__in=ContentPageTag.objects.filter(content_object__in=pages).values("tag"))
            .annotate(uses=Count("news_contentpagetag_items", filter=used_here))
            .order_by("-uses", "name")[:limit]
        )


ContentPageManager = PageManager.from_queryset(ContentPageQuerySet)


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

    objects = ContentPageManager()

    is_creatable = False
    parent_page_types = ["news.TopicIndexPage"]
    subpage_types = []

    # The editor's checks come first: what to fix before sending the page in (news.content_checks).
    content_panels = [ContentChecksPanel(), *Page.content_panels]
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

    def full_clean(self, *args, **kwargs):
        """Gives a page saved without a slug, or with a Unicode one (from a script, an import), an
        ASCII slug from its Vietnamese title: "Đường dây nóng" → "duong-day-nong", not a
        percent-encoded URL that breaks when shared on Zalo. The admin's slug field does the same
        in the browser (WAGTAIL_ALLOW_UNICODE_SLUGS = False); Wagtail's own fallback would drop "đ"."""
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if parent_is_known and (not self.slug or not self.slug.isascii()):
            base_slug = ascii_slug(self.slug or self.title)
            if base_slug:
                self.slug = self._get_autogenerated_slug(base_slug)
        super().full_clean(*args, **kwargs)

    def get_sitemap_urls(self, request=None):
        """Withdrawn pages keep their URL for those who have it, but are no longer offered."""
        if self.is_withdrawn:
            return []
        return super().get_sitemap_urls(request)

    @property
    def is_withdrawn(self):
        """Read afresh each time: a withdrawal is kept outside the page's revisions (news.models.withdrawal)."""
        return Withdrawal.objects.filter(page_id=self.pk).exists()

    def related_links(self):
        """The live, not withdrawn pages an editor picked as related to this one, in their order."""
        items = self.related_pages.select_related("page").filter(
            page__live=True, page__contentpage__withdrawal__isnull=True
        )
        return [item.page for item in items]

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


class Withdrawal(models.Model):
    """A published page withdrawn by the editor-in-chief, GOV.UK style: a fact about public visibility.

    The page stays live at its URL with a public notice and this reason, but leaves the
    listings, feeds, the sitemap and search (ContentPageQuerySet.searchable). Kept outside
    the page's revisions, so editing or republishing the page neither loses nor lifts it;
    only lifting the withdrawal does (editorial.services decides who may do either).
    """

    page = models.OneToOneField(
        ContentPage,
        verbose_name=_("trang"),
        on_delete=models.CASCADE,
        related_name="withdrawal",
    )
    reason = models.TextField(_("lý do rút bài (hiển thị công khai)"))
    withdrawn_at = models.DateTimeField(_("thời điểm rút bài"), default=timezone.now)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người rút bài"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("bài đã rút")
        verbose_name_plural = _("bài đã rút")

    def __str__(self):
        return str(self.page)
