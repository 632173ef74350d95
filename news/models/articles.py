from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from news.blocks import ArticleBodyBlock
from news.models.content import ContentPage


class NewsArticlePage(ContentPage):
    """A news article or report (tin, bài) on PAR work, sent in by an agency or the board."""

    byline = models.CharField(_("tác giả"), max_length=255, blank=True, help_text=_("Ví dụ: Minh Anh (Sở Nội vụ)"))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("nội dung"))

    content_panels = ContentPage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Ảnh đại diện")),
        FieldPanel("body"),
        FieldPanel("byline"),
        *ContentPage.classification_panels,
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("byline"),
    ]

    class Meta:
        verbose_name = _("tin bài")
        verbose_name_plural = _("tin bài")
