"""The "published without review" report: every forced publication until another editor confirms it."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from editorial import roles
from editorial.models import ForcedPublication
from editorial.views import refused


def forced_publications(include_confirmed=False):
    records = ForcedPublication.objects.select_related("page", "published_by", "confirmed_by")
    return records if include_confirmed else records.unconfirmed()


class PublishedWithoutReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Pages the editor-in-chief published without review, with the reason; editors confirm them here."""

    template_name = "editorial/admin/published_without_review.html"
    page_title = _("Xuất bản không qua duyệt")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not roles.is_editor(request.user):
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
