"""Pages due for review: the "Cần rà soát" report and the reminders to the authors' agencies.

Reform models and exemplary officials carry a "review by" date (news.models.review_by).
Once it has passed, the page is listed in the board's report, and the collaborators of the
page's agency are reminded once (a dashboard notice and an e-mail, editorial.notifications).
The minute job (`manage.py remind_reviews`) sends the reminders. The public page is unchanged.

"Once" is per overdue period: a reminder counts if it was sent on or after the page's current
review-by date, so moving the date forward opens a new period and a new reminder when it
passes again. The notices themselves are the record, so no other table is needed.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db.models import Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from editorial import notifications, permissions, roles
from editorial.models import Notice, NoticeKind
from editorial.views import refused
from news.dates import local_date, local_datetime
from news.models import ContentPage

# The date lives on each page type's own table; ContentPage reaches both through their links.
REVIEW_DUE = Coalesce("reformmodelpage__review_by", "exemplaryofficialpage__review_by")

# Pages kept only as history (an official whose term ended, a replaced model) need no review.
STILL_CURRENT = Q(exemplaryofficialpage__term_ended_on__isnull=True) & Q(reformmodelpage__replaced_by__isnull=True)


def overdue_pages(today=None):
    """Live, not withdrawn, still current pages whose review-by date is before `today`, most overdue first.

    Each carries `review_due` (its review-by date) and `last_reminded_at` (the latest reminder
    sent for it, or None).
    """
    today = today or timezone.localdate()
    last_reminder = (
        Notice.objects.filter(page=OuterRef("pk"), kind=NoticeKind.REVIEW_DUE)
        .values("page")
        .annotate(last=Max("created_at"))
        .values("last")
    )
    return (
        ContentPage.objects.live()
        .filter(withdrawal__isnull=True)
        .filter(STILL_CURRENT)
        .annotate(review_due=REVIEW_DUE, last_reminded_at=Subquery(last_reminder))
        .filter(review_due__lt=today)
        .select_related("agency", "content_type")
        .order_by("review_due", "pk")
    )


def reminder_due(page):
    """Whether this overdue page's agency has not yet been reminded in the current overdue period."""
    period_start = timezone.make_aware(datetime.datetime.combine(page.review_due, datetime.time.min))
    return page.last_reminded_at is None or page.last_reminded_at < period_start


def recipients_for(page):
    """The active collaborators of the page's agency; the page's owner when the agency has none."""
    people = []
    if page.agency_id is not None:
        people = list(
            get_user_model().objects.filter(
                is_active=True,
                groups__name=roles.COLLABORATOR,
                editorial_profile__agency_id=page.agency_id,
            )
        )
    return people or [page.owner]


def remind_overdue(today=None):
    """Reminds each overdue page's agency once per overdue period; returns the pages reminded."""
    reminded = []
    for page in overdue_pages(today).select_related("owner"):
        if not reminder_due(page):
            continue
        sent = notifications.send(
            recipients_for(page),
            NoticeKind.REVIEW_DUE,
            page,
            _(
                "“%(title)s” đã quá ngày rà soát (%(date)s): hãy kiểm tra lại thông tin, "
                "cập nhật bài hoặc hẹn ngày rà soát mới."
            )
            % {"title": page.get_admin_display_title(), "date": local_date(page.review_due)},
            agency=page.agency,
        )
        if sent:
            reminded.append(page)
    return reminded


class ReviewDueReportView(ReportView):
    """The "Cần rà soát" report: the published reform models and exemplary officials past their review-by date,
    for the board to chase; downloadable as CSV and XLSX."""

    page_title = gettext_lazy("Cần rà soát")
    header_icon = "time"
    index_url_name = "editorial_review_due"
    paginate_by = 50
    verbose_name = gettext_lazy("bài")
    verbose_name_plural = gettext_lazy("bài")
    no_results_message = gettext_lazy("Không có bài nào quá ngày rà soát.")
    columns = [
        TitleColumn(
            "title",
            label=gettext_lazy("Bài"),
            url_name="wagtailadmin_pages:edit",
            accessor="get_admin_display_title",
        ),
        Column("type_name", label=gettext_lazy("Loại")),
        Column("agency_name", label=gettext_lazy("Cơ quan, đơn vị")),
        Column("review_due_display", label=gettext_lazy("Rà soát trước ngày")),
        Column("days_overdue", label=gettext_lazy("Số ngày quá hạn")),
        Column("last_reminded_display", label=gettext_lazy("Đã nhắc lúc")),
    ]
    list_export = ["title", "type_name", "agency_name", "review_due", "days_overdue", "last_reminded_display"]
    export_headings = {
        "title": gettext_lazy("Bài"),
        "type_name": gettext_lazy("Loại"),
        "agency_name": gettext_lazy("Cơ quan, đơn vị"),
        "review_due": gettext_lazy("Rà soát trước ngày"),
        "days_overdue": gettext_lazy("Số ngày quá hạn"),
        "last_reminded_display": gettext_lazy("Đã nhắc lúc"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_see_editorial_reports(request.user):
            return refused(request, _("Báo cáo này dành cho Ban biên tập."))
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return overdue_pages()

    def get_filename(self):
        return f"can-ra-soat-{timezone.localdate():%Y%m%d}"

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        pages = list(object_list)
        for page in pages:
            page.type_name = capfirst(page.type_label)
            page.agency_name = page.agency.name if page.agency else ""
            page.review_due_display = local_date(page.review_due)
            page.days_overdue = (today - page.review_due).days
            page.last_reminded_display = local_datetime(page.last_reminded_at) or "—"
        return pages
