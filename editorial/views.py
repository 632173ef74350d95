"""Admin screens for the changes Wagtail has no screen for; each one calls editorial.services."""

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import Page, TaskState

from editorial import permissions, services, workflow_messages
from editorial.forms import OptionalReasonForm, ReasonForm, ScheduleForm
from editorial.models import ForcedPublication, Notice


def refused(request, message, status=403):
    """A refusal the user can read: 403 with the reason, in the admin's layout."""
    return TemplateResponse(
        request,
        "editorial/admin/refused.html",
        {"message": message, "page_title": _("Không thực hiện được"), "header_icon": "warning"},
        status=status,
    )


class PageActionView(WagtailAdminTemplateMixin, FormView):
    """A confirmation form for one editorial change of one page; editor-in-chief only."""

    template_name = "editorial/admin/page_action.html"
    header_icon = "doc-full-inverse"
    form_class = ReasonForm
    role_refusal = ""
    allowed = staticmethod(permissions.may_force_publish)
    intro = ""
    submit_label = ""
    success_message = ""
    reason_label = None
    reason_help = None

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        user = request.user
        if not self.allowed(user, self.page):
            return refused(request, self.role_refusal)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if issubclass(self.form_class, ReasonForm):
            kwargs.update(reason_label=self.reason_label, reason_help=self.reason_help)
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            intro=self.intro,
            submit_label=self.submit_label,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            **kwargs,
        )

    def perform(self, data):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.perform(form.cleaned_data)
        except services.ActionRefused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        messages.success(self.request, self.success_message % {"title": self.page.get_admin_display_title()})
        return redirect(
            get_valid_next_url_from_request(self.request) or reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        )


class ForcePublishView(PageActionView):
    page_title = gettext_lazy("Xuất bản không qua duyệt")
    role_refusal = gettext_lazy("Chỉ Trưởng ban biên tập được xuất bản không qua duyệt.")
    intro = gettext_lazy(
        "Phiên bản mới nhất của bài sẽ lên cổng ngay, bỏ qua quy trình duyệt (quy trình đang chạy, nếu có, bị hủy). "
        "Lý do được ghi vào lịch sử và bài nằm trong báo cáo “Xuất bản không qua duyệt” "
        "cho tới khi một biên tập viên khác xác nhận."
    )
    submit_label = gettext_lazy("Xuất bản ngay")
    success_message = gettext_lazy("Đã xuất bản “%(title)s” không qua duyệt.")
    reason_label = gettext_lazy("Lý do xuất bản không qua duyệt")

    def perform(self, data):
        services.force_publish(self.page, self.request.user, data["reason"])


class ScheduleView(PageActionView):
    form_class = ScheduleForm
    page_title = gettext_lazy("Lên lịch xuất bản")
    role_refusal = gettext_lazy("Chỉ Trưởng ban biên tập được lên lịch xuất bản.")
    allowed = staticmethod(permissions.may_schedule)
    submit_label = gettext_lazy("Lưu lịch")
    success_message = gettext_lazy("Đã lên lịch cho “%(title)s”.")

    def get_intro(self):
        if self.page.live:
            return _("Bài đã xuất bản: chọn thời điểm bài tự gỡ khỏi cổng.")
        return _(
            "Duyệt bước cuối và hẹn giờ: bài tự lên cổng vào thời điểm đã chọn (và tự gỡ nếu có thời điểm hết hạn)."
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "page_is_live": self.page.live}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["intro"] = self.get_intro()
        return context

    def perform(self, data):
        services.schedule(
            self.page,
            self.request.user,
            go_live_at=data.get("go_live_at"),
            expire_at=data.get("expire_at"),
            comment=data.get("comment", ""),
        )


class WithdrawView(PageActionView):
    page_title = gettext_lazy("Rút bài")
    role_refusal = gettext_lazy("Chỉ Trưởng ban biên tập được rút bài.")
    allowed = staticmethod(permissions.may_withdraw)
    intro = gettext_lazy(
        "Bài vẫn ở địa chỉ cũ, kèm thông báo đã rút và lý do dưới đây, nhưng không còn trong danh sách tin bài "
        "và kết quả tìm kiếm."
    )
    submit_label = gettext_lazy("Rút bài")
    success_message = gettext_lazy("Đã rút “%(title)s”.")
    reason_label = gettext_lazy("Lý do rút bài (hiển thị công khai)")

    def perform(self, data):
        services.withdraw(self.page, self.request.user, data["reason"])


class LiftWithdrawalView(PageActionView):
    form_class = OptionalReasonForm
    page_title = gettext_lazy("Bỏ rút bài")
    role_refusal = gettext_lazy("Chỉ Trưởng ban biên tập được bỏ rút bài.")
    allowed = staticmethod(permissions.may_withdraw)
    intro = gettext_lazy("Thông báo rút bài được gỡ; bài trở lại danh sách tin bài và kết quả tìm kiếm.")
    submit_label = gettext_lazy("Bỏ rút bài")
    success_message = gettext_lazy("“%(title)s” không còn bị rút.")
    reason_label = gettext_lazy("Ghi chú (không bắt buộc)")

    def perform(self, data):
        services.lift_withdrawal(self.page, self.request.user, data.get("reason", ""))


@require_POST
def confirm_forced_publication(request, pk):
    """Another editor confirms a page published without review."""
    record = get_object_or_404(ForcedPublication.objects.select_related("page"), pk=pk)
    try:
        services.confirm_forced_publication(record, request.user)
    except services.ActionRefused as refusal:
        return refused(request, str(refusal))
    messages.success(request, _("Đã xác nhận “%(title)s”.") % {"title": record.page.get_admin_display_title()})
    return redirect(get_valid_next_url_from_request(request) or reverse("editorial:published_without_review"))


@require_POST
def mark_notices_read(request):
    Notice.objects.unread().filter(recipient=request.user).update(read_at=timezone.now())
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def workflow_action_with_outcome(request, page_id, action_name, task_state_id):
    """Wagtail's workflow action (approve or return from the dashboard, or in its dialog), then the
    message saying what happened and what comes next (editorial.workflow_messages).

    Wagtail's own view answers these actions with no message at all. It is served at Wagtail's
    address (portal/urls.py puts this view first), so every button and link keeps working.
    """
    response = WorkflowActionView.as_view()(
        request, page_id=page_id, action_name=action_name, task_state_id=task_state_id
    )
    if request.method == "POST":
        task_state = TaskState.objects.filter(pk=task_state_id).first()
        if task_state is not None and task_state.status != TaskState.STATUS_IN_PROGRESS:
            page = Page.objects.get(pk=page_id).specific
            workflow_messages.replace_success_message(request, workflow_messages.after_review(page))
    return response
