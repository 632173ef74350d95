"""Admin URLs of the editorial board, mounted under /admin/editorial/ by wagtail_hooks."""

from django.urls import path

from editorial import reports, views

app_name = "editorial"

urlpatterns = [
    path("pages/<int:page_id>/force-publish/", views.ForcePublishView.as_view(), name="force_publish"),
    path("pages/<int:page_id>/schedule/", views.ScheduleView.as_view(), name="schedule"),
    path("pages/<int:page_id>/withdraw/", views.WithdrawView.as_view(), name="withdraw"),
    path("pages/<int:page_id>/lift-withdrawal/", views.LiftWithdrawalView.as_view(), name="lift_withdrawal"),
    path("forced/<int:pk>/confirm/", views.confirm_forced_publication, name="confirm_forced_publication"),
    path("notices/read/", views.mark_notices_read, name="mark_notices_read"),
    path(
        "reports/published-without-review/",
        reports.PublishedWithoutReviewView.as_view(),
        name="published_without_review",
    ),
    path("reports/outreach/", reports.OutreachReportView.as_view(), name="outreach_report"),
    path("reports/turnaround/", reports.TurnaroundReportView.as_view(), name="turnaround_report"),
]
