"""The footer of the page editor, arranged for the step each user is at.

Wagtail puts its first action on the main button and the rest under a menu. For this board:
- a collaborator's main button is "Gửi duyệt", with "Lưu nháp" visible beside it, not hidden;
- a reviewer sees "Duyệt" and "Yêu cầu chỉnh sửa" side by side, the rest under the menu,
  and "Ngừng quy trình" (which withdraws the page from review for everybody) last,
  behind a confirmation.
"""

from django.utils.translation import gettext as _
from wagtail.admin.action_menu import ActionMenuItem, SubmitForModerationMenuItem, WorkflowMenuItem
from wagtail.models import WorkflowState

from editorial.models import APPROVE, REQUEST_CHANGES

SUBMIT = "action-submit"
SAVE_DRAFT = "action-save-draft"
CANCEL_WORKFLOW = "action-cancel-workflow"


class SideBySideMenuItem(ActionMenuItem):
    """Two actions shown as buttons next to each other, in the place of Wagtail's main button."""

    template_name = "editorial/admin/action_menu/side_by_side.html"

    def __init__(self, first, second):
        super().__init__(order=first.order)
        self.first = first
        self.second = second
        self.name = first.name

    def is_shown(self, context):
        return True

    def get_context_data(self, parent_context):
        return {
            "first": self.first.render_html(parent_context),
            "second": self.second.render_html(parent_context),
        }

    @property
    def media(self):
        return self.first.media + self.second.media


class SendForReviewMenuItem(SubmitForModerationMenuItem):
    """Wagtail's "Submit to <workflow name>", said as the board says it: "Gửi duyệt" (again, after changes)."""

    def is_shown(self, context):
        return True

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["label"] = _submit_label(context.get("page"))
        return context


class ConfirmedCancelMenuItem(ActionMenuItem):
    """Wagtail's "Cancel workflow", renamed and asking before it withdraws the page from review."""

    name = CANCEL_WORKFLOW
    icon_name = "error"
    template_name = "editorial/admin/action_menu/cancel_workflow.html"

    def __init__(self, order):
        super().__init__(order=order)
        self.label = _("Ngừng quy trình")

    def is_shown(self, context):
        return True

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["confirmation"] = _(
            "Ngừng quy trình duyệt bài này? Bài rời khỏi mọi bước duyệt; muốn duyệt lại, tác giả phải gửi duyệt từ đầu."
        )
        return context


def _take(menu_items, predicate):
    for index, item in enumerate(menu_items):
        if predicate(item):
            return menu_items.pop(index)
    return None


def arrange(menu_items, page):
    """Reorders Wagtail's action menu in place: the first item becomes the main button."""
    cancel = _take(menu_items, lambda item: item.name == CANCEL_WORKFLOW)
    approve = _take(menu_items, lambda item: isinstance(item, WorkflowMenuItem) and item.name == APPROVE)
    request_changes = _take(
        menu_items, lambda item: isinstance(item, WorkflowMenuItem) and item.name == REQUEST_CHANGES
    )
    submit = _take(menu_items, lambda item: item.name == SUBMIT)
    if approve and request_changes:
        menu_items.insert(0, SideBySideMenuItem(approve, request_changes))
    elif approve or request_changes:
        menu_items.insert(0, approve or request_changes)
    elif submit:
        submit = SendForReviewMenuItem(order=submit.order)
        save_draft = _take(menu_items, lambda item: item.name == SAVE_DRAFT)
        menu_items.insert(0, SideBySideMenuItem(submit, save_draft) if save_draft else submit)
    if cancel:
        menu_items.append(ConfirmedCancelMenuItem(order=cancel.order))


def _submit_label(page):
    workflow_state = page.current_workflow_state if page is not None and page.pk else None
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Gửi duyệt lại")
    return _("Gửi duyệt")
