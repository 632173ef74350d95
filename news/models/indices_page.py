"""The public page of the PAR indices: tables, trend charts and CSV downloads built by news.indices."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from news import indices
from news.models.indices import ParIndex
from news.models.section_index import SectionIndexPage


class ParIndicesPage(RoutablePageMixin, SectionIndexPage):
    """The public page of the indices: per index a table, a trend chart of the national rank with
    the latest result highlighted, and a CSV download (`<page>/csv/<index>/`)."""

    default_menu_title = _("Số liệu chỉ số")

    class Meta:
        verbose_name = _("trang các chỉ số")
        verbose_name_plural = _("trang các chỉ số")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        series = indices.all_series()
        for item in series:
            item.csv_url = self.url + self.reverse_subpage("csv", args=[item.key])
        context["series"] = series
        context["has_sample"] = any(item.has_sample for item in series)
        return context

    @path("csv/<slug:key>/", name="csv")
    def csv(self, request, key):
        if key not in ParIndex.values:
            raise Http404("Không có chỉ số này.")
        return indices.csv_response(key)
