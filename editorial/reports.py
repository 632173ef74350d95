"""The board's reports: "published without review" (every forced publication until another
editor confirms it), the quarterly outreach report (editorial.outreach_report) and the
turnaround report (editorial.turnaround_report)."""

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from editorial import outreach_report, periods, permissions, turnaround_report
from editorial.models import ForcedPublication
from editorial.views import refused


def forced_publications(include_confirmed=False):
    records = ForcedPublication.objects.select_related("page", "published_by", "confirmed_by")
    return records if include_confirmed else records.unconfirmed()


class ReportHeaderMixin:
    """The header and breadcrumbs name the report, not just "Trang chủ"."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class PublishedWithoutReviewView(ReportHeaderMixin, WagtailAdminTemplateMixin, TemplateView):
    """Pages the editor-in-chief published without review, with the reason; editors confirm them here."""

    template_name = "editorial/admin/published_without_review.html"
    page_title = _("Xuất bản không qua duyệt")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_see_editorial_reports(request.user):
            return refused(request, _("Báo cáo này dành cho biên tập viên và Trưởng ban biên tập."))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        include_confirmed = self.request.GET.get("all") == "1"
        records = list(forced_publications(include_confirmed))
        for record in records:
            record.can_confirm = not record.is_confirmed and record.published_by_id != self.request.user.pk
        return super().get_context_data(
            records=records,
            include_confirmed=include_confirmed,
            unconfirmed_count=ForcedPublication.objects.unconfirmed().count(),
            **kwargs,
        )


class PeriodReportView(ReportHeaderMixin, WagtailAdminTemplateMixin, TemplateView):
    """A report of the board for a period (`editorial.periods`): on screen with a chart, or as CSV / XLSX.

    `report_module` builds it (`build_report(period)`) and writes the files (`download(report, kind)`).
    """

    report_module = None

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_see_editorial_reports(request.user):
            return refused(request, _("Báo cáo này dành cho Ban biên tập."))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if not request.GET:
            # Opened from the menu: the latest quarter with data, as if chosen in the form.
            self.params = QueryDict(mutable=True)
            self.params.update(periods.latest_quarter_with_data())
        else:
            self.params = request.GET
        try:
            period = periods.parse_period(self.params)
        except periods.PeriodError as error:
            context = self.get_context_data(error=str(error), report=None, **kwargs)
            return self.render_to_response(context, status=400)
        report = self.report_module.build_report(period)
        download = request.GET.get("format")
        if download in ("csv", "xlsx"):
            return self.report_module.download(report, download)
        return self.render_to_response(self.get_context_data(report=report, **kwargs))

    def get_context_data(self, **kwargs):
        report = kwargs.get("report")
        params = getattr(self, "params", self.request.GET)
        return super().get_context_data(
            periods=[(key, label) for key, (label, _start, _end) in periods.PERIODS.items()],
            params=params,
            query=params.urlencode(),
            year_value=params.get("year") or (report.period.start.year if report else ""),
            # Wagtail's date picker, writing dd/mm/yyyy (WAGTAIL_DATE_FORMAT), not the browser's own.
            from_input=AdminDateInput().render("from", params.get("from", ""), {"id": "id_from"}),
            to_input=AdminDateInput().render("to", params.get("to", ""), {"id": "id_to"}),
            date_input_media=AdminDateInput().media,
            **kwargs,
        )


class OutreachReportView(PeriodReportView):
    """The quarterly outreach report for Sở Nội vụ."""

    template_name = "editorial/admin/outreach_report.html"
    page_title = _("Kết quả thông tin, tuyên truyền CCHC")
    header_icon = "table"
    report_module = outreach_report


class TurnaroundReportView(PeriodReportView):
    """How long pages wait at each review step, why they are returned, and who holds the oldest."""

    template_name = "editorial/admin/turnaround_report.html"
    page_title = _("Thời gian xử lý tin, bài")
    header_icon = "time"
    report_module = turnaround_report
