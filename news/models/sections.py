"""The home page and the topic sections (the plan's content items 1.1–1.8)."""

import contextlib

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from news import cache
from news.listing_filters import FilterError, paginate, read_filters
from news.models.articles import NewsArticlePage
from news.models.content import ContentPage
from news.models.documents import LegalDocumentPage
from news.models.officials import ExemplaryOfficialPage
from news.models.reform_models import ReformModelPage
from news.renditions import CARD_RENDITIONS
from news.translations import language_of


class HomePage(Page):
    """The portal's front page: latest news, featured reform models, exemplary officials, new documents, topics.

    Its English translation (Wagtail's i18n, at /en/) is the English home instead: the steering
    committee introduced in English and its English pages (Decree 42/2022, art. 7); the news stays Vietnamese.
    """

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
        "news.CommitteePage",
    ]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("trang chủ")

    def is_english_home(self, request=None):
        """True for a translation of the home page (the English one at /en/), which has its own template."""
        return language_of(self, request) != settings.LANGUAGE_CODE

    def get_template(self, request, *args, **kwargs):
        if self.is_english_home(request):
            return "news/english_home_page.html"
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not self.is_english_home(request):
            context.update(cache.versioned("home-sections", home_sections, request))
        return context

    def route(self, request, path_components):
        """As Wagtail's, but the sections below the home page come from the shared cache (child_pages).

        Wagtail routes an address of a language without a live home page (/en/… while the English home is
        a draft) through the Vietnamese tree: Vietnamese pages at English addresses. They are not found.
        """
        if language_of(self, request) != translation.get_language():
            raise Http404
        if path_components:
            subpage = child_pages(self, request).get(path_components[0])
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

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")

    @property
    def menu_title(self):
        return self.nav_title or self.title

    def route(self, request, path_components):
        """As Wagtail's, but the page found for a slug is kept in the shared cache (routed_child)."""
        if path_components:
            subpage = cache.versioned(
                f"route:{self.pk}:{path_components[0]}", lambda: routed_child(self, path_components[0]), request
            )
            if subpage is not None:
                subpage._cached_parent_obj = self
                return subpage.route(request, path_components[1:])
        return super().route(request, path_components)

    def listing(self, request=None):
        """The published pages of this section, newest first."""
        return ContentPage.objects.published(request).in_topic(self)

    def tag_chips(self, limit=20, request=None):
        """The section's most used tags with their counts, cached until published content changes."""
        return cache.versioned(f"topic-tags:{self.pk}:{limit}", lambda: list(self.listing().tag_counts(limit)), request)

    def listing_page(self, request, tag):
        """The page of the listing the request asks for (filtered by `tag`), its count cached by content version."""
        items = self.listing(request).tagged(tag)
        count = cache.versioned(f"topic-count:{self.pk}:{tag.pk if tag else ''}", items.count, request)
        return paginate(items, request.GET.get("page"), count=count)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        try:
            tag = read_filters(request)["tag"]
        except FilterError as error:
            raise Http404(str(error)) from error
        context["tag"] = tag
        # Built when the template first reads them: a page whose main content comes from the
        # fragments kept per content version (news.templatetags.fragment_tags) never builds them.
        context["page_obj"] = SimpleLazyObject(lambda: self.listing_page(request, tag))
        context["topic_tags"] = SimpleLazyObject(lambda: self.tag_chips(request=request))
        return context


def home_sections():
    """What the home page shows, each a short list (cached by the caller until content changes)."""
    content = ContentPage.objects.published()
    sections = {
        "latest_news": list(content.exact_type(NewsArticlePage)[:7]),
        "reform_models": list(content.exact_type(ReformModelPage).order_by("-is_featured", "-first_published_at")[:3]),
        "officials": list(
            content.exact_type(ExemplaryOfficialPage).order_by("-is_featured", "-first_published_at")[:3]
        ),
        "topics": list(TopicIndexPage.objects.live().public().order_by("path")),
        "latest_documents": LegalDocumentPage.latest(),
    }
    for item in (*sections["latest_news"], *sections["reform_models"], *sections["officials"]):
        if item.lead_image is not None:
            # Made now, before caching: the cached cards then carry every rendition they show
            # (else each render would look for, and try to make, the missing ones).
            # A missing file: the card's picture tag shows its placeholder, as before.
            with contextlib.suppress(SourceImageIOError):
                item.lead_image.get_renditions(*CARD_RENDITIONS)
    return sections


def child_pages(parent, request=None):
    """The children of a page (a site root: the sections), specific, by slug; cached until any page changes.

    Live or not: routing decides what may be served, the header menu keeps the live ones.
    """
    return cache.versioned(
        f"children:{parent.pk}", lambda: {child.slug: child for child in parent.get_children().specific()}, request
    )


def routed_child(parent, slug):
    """The child of `parent` with this slug, specific; a content page comes with what its template shows.

    Its withdrawal is left to be read afresh (ContentPage.is_withdrawn).
    """
    child = parent.get_children().filter(slug=slug).first()
    if child is None:
        return None
    model = child.specific_class
    if model is None:
        return child.specific
    pages = model.objects.filter(pk=child.pk)
    if issubclass(model, ContentPage):
        pages = pages.select_related("agency", "lead_image").prefetch_related("tags")
    return pages.first()
