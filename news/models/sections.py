from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from news import listings


class HomePage(Page):
    """The portal's front page: latest news, featured reform models, exemplary officials, new documents, topics."""

    cache_for_anonymous = True  # no forms: see news.page_cache

    intro = models.TextField(_("lời giới thiệu"), blank=True)

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.TopicIndexPage",
        "news.DocumentIndexPage",
        "news.MediaIndexPage",
        "news.ParIndicesPage",
        "news.FeedbackPage",
    ]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    template = "news/home_page.html"

    class Meta:
        verbose_name = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.home_sections(request))
        return context

    def route(self, request, path_components):
        """As Wagtail's, but the sections below the home page come from the shared cache (listings.child_pages)."""
        if path_components:
            subpage = listings.child_pages(self, request).get(path_components[0])
            if subpage is not None:
                subpage._cached_parent_obj = self
                return subpage.route(request, path_components[1:])
        return super().route(request, path_components)


class TopicIndexPage(Page):
    """A topic section following the plan's content items 1.1–1.8, listing its pages newest first."""

    cache_for_anonymous = True  # no forms: see news.page_cache

    code = models.CharField(_("mã mục"), max_length=10, blank=True, help_text=_("Ví dụ: 1.6"))
    nav_title = models.CharField(_("tên trên menu"), max_length=60, blank=True)
    intro = models.TextField(_("giới thiệu"), blank=True)

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.NewsArticlePage", "news.ReformModelPage", "news.ExemplaryOfficialPage"]
    content_panels = Page.content_panels + [FieldPanel("code"), FieldPanel("nav_title"), FieldPanel("intro")]
    template = "news/topic_index_page.html"

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")

    @property
    def menu_title(self):
        return self.nav_title or self.title

    def route(self, request, path_components):
        """As Wagtail's, but the page found for a slug is kept in the shared cache (listings.routed_child)."""
        if path_components:
            subpage = listings.routed_child(self, path_components[0], request)
            if subpage is not None:
                subpage._cached_parent_obj = self
                return subpage.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tag = listings.find_tag(request.GET.get("tag"))
        if request.GET.get("tag") and tag is None:
            raise Http404("Không có từ khóa này.")
        items = listings.topic_listing(self, tag=tag)
        context["tag"] = tag
        count = listings.versioned(f"topic-count:{self.pk}:{tag.pk if tag else ''}", items.count, request)
        context["page_obj"] = listings.paginate(items, request.GET.get("page"), count=count)
        context["topic_tags"] = listings.topic_tags(self)
        return context
