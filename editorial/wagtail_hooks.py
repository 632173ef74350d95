"""Where the editorial rules meet Wagtail's admin.

Wagtail's own screens stay in use (edit, workflow actions, unpublish, the explorer), but:
- nobody publishes with Wagtail's Publish button: content goes live by the last review
  step, or by the editor-in-chief's force publish with a written reason;
- collaborators see and open only their own agency's drafts;
- a self-approval is refused before anything is saved, and the admin says why;
- unpublishing goes through editorial.services, so it is logged and announced;
- the dashboard gets one panel per role, the reports menu the "published without review" report.
"""

from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem, WorkflowMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial import (
    action_menu,
    avatars,
    logins,
    panels,
    permissions,
    review_due,
    role_audit,
    roles,
    services,
    two_factor,
    urls,
    workflow_messages,
)
from editorial.models import EditorialProfile, SectionDeadline
from editorial.views import refused
from news.dates import local_datetime
from news.models import ContentPage, Withdrawal

PUBLISH_REFUSED = gettext_lazy(
    "Bài chỉ lên cổng qua quy trình duyệt bài. Trưởng ban biên tập có thể dùng “Xuất bản không qua duyệt” "
    "và ghi rõ lý do."
)
COPY_PUBLISH_REFUSED = gettext_lazy("Bản sao không được xuất bản ngay: hãy gửi bản sao qua quy trình duyệt bài.")
EDIT_AND_APPROVE_REFUSED = gettext_lazy(
    "Bạn vừa sửa nội dung bài nên không thể tự duyệt phiên bản đó: hãy lưu bản nháp, "
    "một thành viên khác của nhóm sẽ duyệt."
)
BULK_UNPUBLISH_NOTHING_ALLOWED = gettext_lazy(
    "Bạn không có quyền gỡ bài nào trong số đã chọn khỏi cổng; không bài nào bị gỡ. "
    "Hãy đề nghị Trưởng ban biên tập gỡ bài."
)
OTHER_AGENCY_REFUSED = gettext_lazy(
    "Đây là bản nháp của cơ quan, đơn vị khác; cộng tác viên chỉ xem bản nháp của đơn vị mình."
)


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("editorial/", include(urls, namespace="editorial"))]


# Sign-in: two-factor screens, locked sign-ins (editorial.two_factor, editorial.logins) ----------


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include((two_factor.urlpatterns, "two_factor"), namespace="two_factor"))]


@hooks.register("register_admin_viewset")
def register_locked_sign_ins():
    return logins.LockedSignInViewSet("locked_sign_ins")


@hooks.register("register_account_menu_item")
def offer_two_factor(request):
    return {
        "url": reverse("two_factor:setup"),
        "label": _("Xác thực hai lớp"),
        "help_text": _("Đăng nhập bằng mật khẩu và mã từ ứng dụng trên điện thoại."),
    }


# Audit log ------------------------------------------------------------------------------------


class ReasonFormatter(LogFormatter):
    def format_comment(self, log_entry):
        return log_entry.data.get("reason", "")


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    @actions.register_action("editorial.force_publish")
    class ForcePublish(ReasonFormatter):
        label = gettext_lazy("Xuất bản không qua duyệt")
        message = gettext_lazy("Xuất bản không qua duyệt")

    @actions.register_action("editorial.confirm_review")
    class ConfirmReview(LogFormatter):
        label = gettext_lazy("Xác nhận bài xuất bản không qua duyệt")
        message = gettext_lazy("Biên tập viên đã xem lại và xác nhận bài xuất bản không qua duyệt")

    @actions.register_action("editorial.schedule")
    class Schedule(LogFormatter):
        label = gettext_lazy("Lên lịch xuất bản, hết hạn")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            parts = []
            if data.get("go_live_at"):
                parts.append(_("xuất bản lúc %(when)s") % {"when": _local(data["go_live_at"])})
            if data.get("expire_at"):
                parts.append(_("hết hạn lúc %(when)s") % {"when": _local(data["expire_at"])})
            return _("Lên lịch: %(parts)s") % {"parts": ", ".join(parts)}

    @actions.register_action("editorial.withdraw")
    class Withdraw(ReasonFormatter):
        label = gettext_lazy("Rút bài")
        message = gettext_lazy("Rút bài: vẫn ở địa chỉ cũ kèm thông báo, không còn trong danh sách và tìm kiếm")

    @actions.register_action(role_audit.ROLES_CHANGED)
    class RolesChanged(LogFormatter):
        label = gettext_lazy("Thay đổi vai trò, quyền quản trị")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            groups = ", ".join(data.get("groups", [])) or _("không có")
            superuser = _(" (quản trị viên cấp cao)") if data.get("is_superuser") else ""
            return _("Vai trò: %(groups)s%(superuser)s") % {"groups": groups, "superuser": superuser}

    @actions.register_action("editorial.lift_withdrawal")
    class LiftWithdrawal(ReasonFormatter):
        label = gettext_lazy("Bỏ rút bài")
        message = gettext_lazy("Bỏ rút bài: trở lại danh sách và tìm kiếm")


def _local(iso):
    return local_datetime(iso)


# Collaborators see their own agency's drafts only ---------------------------------------------


@hooks.register("construct_explorer_page_queryset")
def hide_other_agencies_drafts(parent_page, pages, request):
    return pages.exclude(roles.hidden_drafts_q(request.user))


@hooks.register("construct_page_chooser_queryset")
def hide_other_agencies_drafts_in_chooser(pages, request):
    return pages.exclude(roles.hidden_drafts_q(request.user))


# Other admin views that list or name pages: editorial.admin_scope.


# Guards on Wagtail's page views ---------------------------------------------------------------


@hooks.register("before_edit_page")
def guard_page_edit(request, page):
    """Runs before the edit view reads the form, so a refusal saves nothing."""
    user = request.user
    if not roles.may_see_draft(user, page):
        return refused(request, OTHER_AGENCY_REFUSED)
    if request.method == "POST":
        if request.POST.get("action-publish"):
            return refused(request, PUBLISH_REFUSED)
        if request.POST.get("action-workflow-action"):
            refusal = services.review_refusal(page, user)
            if refusal is None and request.POST.get("workflow-action-name") == "approve" and _changes(request, page):
                # Wagtail would save the reviewer's changes as a new revision, then approve it:
                # approving one's own edit. Refused before anything is saved.
                refusal = EDIT_AND_APPROVE_REFUSED
            if refusal:
                return refused(request, refusal)
    elif _reviews_current_step(page, user):
        refusal = services.review_refusal(page, user)
        if refusal:
            messages.warning(request, refusal)
    return None


def _changes(request, page):
    """Whether this POST of the edit form changes what the page says (inline comments aside)."""
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(request.POST, request.FILES, instance=page, for_user=request.user, parent_page=page.get_parent())
    formsets = (formset for name, formset in form.formsets.items() if name != "comments")
    return bool(form.changed_data) or any(formset.has_changed() for formset in formsets)


def _reviews_current_step(page, user):
    task = page.current_workflow_task
    return task is not None and roles.reviews_for(task, user)


@hooks.register("before_create_page")
def guard_page_create(request, parent_page, page_class):
    if request.method == "POST" and request.POST.get("action-publish"):
        return refused(request, PUBLISH_REFUSED)
    return None


@hooks.register("before_copy_page")
def guard_page_copy(request, page):
    if request.method == "POST" and request.POST.get("publish_copies"):
        return refused(request, COPY_PUBLISH_REFUSED)
    return None


@hooks.register("before_unpublish_page")
def unpublish_through_services(request, page):
    """Wagtail's unpublish screen confirms; editorial.services does the unpublishing."""
    try:
        services.unpublish(page, request.user)
    except services.ActionRefused as refusal:
        return refused(request, str(refusal))
    messages.success(request, _("Đã gỡ “%(title)s” khỏi cổng.") % {"title": page.get_admin_display_title()})
    return redirect(
        get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    )


@hooks.register("before_bulk_action")
def guard_bulk_actions(request, action_type, objects, action_class_instance):
    if action_type == "publish":
        return refused(request, PUBLISH_REFUSED)
    if action_type == "unpublish" and request.method == "POST":
        if not objects:  # Wagtail has already dropped every page this user may not unpublish
            return refused(request, BULK_UNPUBLISH_NOTHING_ALLOWED)
        # All or nothing: every page is checked before the first is taken off.
        for page in objects:
            refusal = services.unpublish_refusal(page, request.user)
            if refusal:
                return refused(request, refusal)
        for page in objects:
            services.unpublish(page, request.user)
        messages.success(request, _("Đã gỡ %(count)s bài khỏi cổng.") % {"count": len(objects)})
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore_root"))
    return None


# The action menu of the edit view --------------------------------------------------------------


class EditorialMenuItem(ActionMenuItem):
    """A link to one of the editorial screens, for the editor-in-chief."""

    url_name = ""

    def __init__(self, label, url_name, icon_name, order):
        super().__init__(order=order)
        self.label = label
        self.url_name = url_name
        self.icon_name = icon_name
        self.name = f"action-editorial-{url_name}"

    def get_url(self, parent_context):
        return reverse(f"editorial:{self.url_name}", args=[parent_context["page"].pk])


@hooks.register("construct_page_action_menu")
def editorial_page_actions(menu_items, request, context):
    menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
    page = context.get("page")
    if context.get("view") != "edit" or page is None:
        action_menu.arrange(menu_items, page)
        return
    task_state = page.current_workflow_task_state
    final = task_state is not None and services.is_final_step(task_state)
    if final:
        for item in menu_items:
            if isinstance(item, WorkflowMenuItem) and item.name == "approve":
                item.label = _("Duyệt kèm nhận xét và xuất bản") if item.launch_modal else _("Duyệt và xuất bản")
    user = request.user
    menu_items.extend(_editor_in_chief_actions(user, page, final))
    # Last, so that "Ngừng quy trình" stays at the end of the menu.
    action_menu.arrange(menu_items, page)


def _editor_in_chief_actions(user, page, final):
    """Schedule, force publish and withdraw: each offered only to whoever holds that power."""
    extra = []
    if (final or page.live) and permissions.may_schedule(user, page):
        label = _("Đặt thời điểm hết hạn…") if page.live and not final else _("Duyệt và lên lịch xuất bản…")
        extra.append(EditorialMenuItem(label, "schedule", "time", 31))
    if (not page.live or page.has_unpublished_changes) and permissions.may_force_publish(user, page):
        extra.append(EditorialMenuItem(_("Xuất bản không qua duyệt…"), "force_publish", "warning", 32))
    if page.live and isinstance(page, ContentPage) and permissions.may_withdraw(user, page):
        if Withdrawal.objects.filter(page_id=page.pk).exists():
            extra.append(EditorialMenuItem(_("Bỏ rút bài…"), "lift_withdrawal", "rotate", 33))
        else:
            extra.append(EditorialMenuItem(_("Rút bài…"), "withdraw", "cross", 33))
    return extra


@hooks.register("get_avatar_url")
def initials_avatar(user, size):
    return avatars.avatar_url(user, size)


@hooks.register("after_edit_page")
def say_what_comes_next(request, page):
    """After "Gửi duyệt", "Duyệt" or "Yêu cầu chỉnh sửa" in the editor, say where the page went."""
    if request.method != "POST":
        return None
    page = Page.objects.get(pk=page.pk)  # the view's instance predates the publication the action may have made
    if request.POST.get("action-submit"):
        workflow_messages.replace_success_message(request, workflow_messages.submitted(page))
    elif request.POST.get("action-workflow-action"):
        workflow_messages.replace_success_message(request, workflow_messages.after_review(page))
    return None


# Dashboard, reports, profiles --------------------------------------------------------------------


@hooks.register("construct_homepage_panels")
def editorial_dashboard_panels(request, panels_list):
    panels.construct_panels(request, panels_list)


class PublishedWithoutReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.may_see_editorial_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_published_without_review_report():
    return PublishedWithoutReviewMenuItem(
        gettext_lazy("Xuất bản không qua duyệt"),
        reverse("editorial:published_without_review"),
        icon_name="warning",
        order=50,
    )


class OutreachReportMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.may_see_editorial_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_outreach_report():
    return OutreachReportMenuItem(
        gettext_lazy("Kết quả tuyên truyền CCHC"),
        reverse("editorial:outreach_report"),
        icon_name="table",
        order=40,
    )


@hooks.register("register_reports_menu_item")
def register_turnaround_report():
    # The same readers as the outreach report: the board's editors.
    return OutreachReportMenuItem(
        gettext_lazy("Thời gian xử lý tin, bài"),
        reverse("editorial:turnaround_report"),
        icon_name="time",
        order=45,
    )


class SectionDeadlineViewSet(SnippetViewSet):
    model = SectionDeadline
    icon = "time"
    menu_label = gettext_lazy("Thời hạn duyệt bài")
    add_to_settings_menu = True
    menu_order = 620
    list_display = ["section", "working_days"]


register_snippet(SectionDeadlineViewSet)


@hooks.register("register_admin_urls")
def register_review_due_url():
    return [
        path("editorial/reports/review-due/", review_due.ReviewDueReportView.as_view(), name="editorial_review_due")
    ]


@hooks.register("register_reports_menu_item")
def register_review_due_report():
    return OutreachReportMenuItem(  # shown to the same people: the board
        gettext_lazy("Cần rà soát"), reverse("editorial_review_due"), icon_name="time", order=46
    )


class EditorialProfileViewSet(SnippetViewSet):
    model = EditorialProfile
    icon = "user"
    menu_label = gettext_lazy("Hồ sơ biên tập")
    add_to_settings_menu = True
    menu_order = 610
    list_display = ["user", "agency"]
    list_filter = ["agency"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]


register_snippet(EditorialProfileViewSet)
