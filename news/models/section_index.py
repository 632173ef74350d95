"""What the one-of-a-kind sections below the home page share: documents, media, indices, feedback."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class SectionIndexPage(Page):
    """A section right under the home page, of which a site has one: an intro, and the header menu's title.

    Stored whole for anonymous readers unless a subclass carries a form (news.page_cache).
    """

    cache_for_anonymous = True
    # The header menu's word for the section when the editors give none (titles are long, menus short).
    default_menu_title = ""

    intro = models.TextField(_("giới thiệu"), blank=True)
    nav_title = models.CharField(
        _("tên trên menu"), max_length=60, blank=True, help_text=_("Để trống: dùng tên ngắn mặc định của mục.")
    )

    max_count = 1
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    content_panels = Page.content_panels + [FieldPanel("nav_title"), FieldPanel("intro")]

    class Meta:
        abstract = True

    @property
    def menu_title(self):
        return self.nav_title or str(self.default_menu_title) or self.title
