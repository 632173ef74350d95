"""The media section (plan II.2): video clips, the monthly TV episode of the PAR column, posters, leaflets."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.embeds.blocks import EmbedValue
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.search import index

from news.blocks import RICH_TEXT_FEATURES
from news.listing_filters import FilterError, paginate, read_filters
from news.models.content import ContentPage
from news.models.section_index import SectionIndexPage
from news.renditions import CARD_RENDITIONS

VIDEO_EXTENSIONS = {"mp4", "webm"}


class MediaKind(models.TextChoices):
    VIDEO = "video", _("Video clip, phóng sự")
    TV_EPISODE = "tv_episode", _("Chuyên mục CCHC trên truyền hình")
    POSTER = "poster", _("Pa nô, áp phích")
    LEAFLET = "leaflet", _("Tờ rơi, tài liệu")

    @classmethod
    def moving(cls):
        return {cls.VIDEO, cls.TV_EPISODE}


class MediaIndexPage(SectionIndexPage):
    """The media section: a grid of published media items, filterable by kind, newest first."""

    default_menu_title = _("Tư liệu tuyên truyền")

    subpage_types = ["news.MediaItemPage"]

    class Meta:
        verbose_name = _("mục tư liệu media")
        verbose_name_plural = _("mục tư liệu media")

    def items(self):
        """Published media items of this section with what a card shows, in a fixed number of queries."""
        images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
        return (
            MediaItemPage.objects.child_of(self)
            .searchable()
            .select_related("agency")
            .prefetch_related(Prefetch("lead_image", queryset=images))
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        try:
            filters = read_filters(request, kinds=MediaKind.values, kind_error="Không có loại tư liệu này.")
        except FilterError as error:
            raise Http404(str(error)) from error
        items = self.items().tagged(filters["tag"])
        if filters["type"]:
            items = items.filter(kind=filters["type"])
        context.update(
            {
                "kinds": MediaKind.choices,
                "selected_kind": filters["type"],
                "tag": filters["tag"],
                "page_obj": paginate(items, request.GET.get("page")),
            }
        )
        return context


class MediaItemPage(ContentPage):
    """One media item: a video (embedded from a video site or uploaded) or a poster or leaflet
    (image, and a file to download for printing). The lead image is the poster itself or the
    video's thumbnail; agency, topics and tags come from ContentPage."""

    kind = models.CharField(_("loại tư liệu"), max_length=20, choices=MediaKind.choices)
    video_url = models.URLField(
        _("đường dẫn video"),
        blank=True,
        help_text=_("Đường dẫn video trên YouTube, Facebook… (nhúng vào trang). Để trống nếu tải tệp video lên."),
    )
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp video (MP4, WebM)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp tải về"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bản in của pa nô, áp phích, tờ rơi (PDF hoặc ảnh chất lượng cao)."),
    )
    broadcast_date = models.DateField(_("ngày phát sóng"), null=True, blank=True)
    credit = models.CharField(
        _("đơn vị thực hiện"), max_length=255, blank=True, help_text=_("Ví dụ: Đài Phát thanh - Truyền hình tỉnh.")
    )
    description = RichTextField(_("nội dung"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["news.MediaIndexPage"]

    content_panels = ContentPage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_file"), FieldPanel("broadcast_date")], heading=_("Video")
        ),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption"), FieldPanel("file")],
            heading=_("Ảnh, tệp tải về"),
        ),
        FieldPanel("credit"),
        FieldPanel("description"),
        *ContentPage.classification_panels,
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("description"),
        index.SearchField("credit"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("tư liệu media")
        verbose_name_plural = _("tư liệu media")

    def clean(self):
        super().clean()
        if self.kind in MediaKind.moving() and not (self.video_url or self.video_file_id):
            raise ValidationError({"video_url": _("Video cần một đường dẫn để nhúng hoặc một tệp video tải lên.")})
        if self.kind not in MediaKind.moving() and not (self.lead_image_id or self.file_id):
            raise ValidationError({"file": _("Pa nô, áp phích, tờ rơi cần một ảnh hoặc một tệp để tải về.")})
        if self.video_file_id and self.video_file.file_extension.lower() not in VIDEO_EXTENSIONS:
            raise ValidationError({"video_file": _("Tệp video phải là MP4 hoặc WebM.")})

    @property
    def type_label(self):
        """The item's kind ("Pa nô, áp phích"…) on cards and the page head."""
        return self.get_kind_display()

    @property
    def is_video(self):
        return self.kind in MediaKind.moving()

    @property
    def video(self):
        """The embed for `video_url` (Wagtail caches it in the database once fetched), or None."""
        return EmbedValue(self.video_url) if self.video_url else None
