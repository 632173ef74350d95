"""Dashboard panels, one per question a board member asks, each with its count.

Which panels a user sees depends on their role: collaborators see their drafts and what
came back to them; reviewers see what waits for them; editors and the editor-in-chief
also see what was published without review.
"""

from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, TaskState, WorkflowState, get_default_page_content_type

from editorial import deadlines, roles, services
from editorial.models import ForcedPublication, Notice, ReviewTask

LIST_LIMIT = 10


def page_workflow_states():
    return WorkflowState.objects.filter(base_content_type=get_default_page_content_type())


class EditorialPanel(Component):
    """A dashboard panel shown to some roles only, with a heading that carries its count."""

    roles = ()
    heading = ""
    panel_id = ""
    empty_text = ""

    def is_shown(self, user):
        return roles.has_role(user, *self.roles)

    def get_items(self, user):
        """(count, first items) for this user."""
        raise NotImplementedError

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        count, items = self.get_items(request.user)
        return {
            "request": request,
            "csrf_token": parent_context.get("csrf_token"),
            "panel_id": self.panel_id,
            "heading": f"{self.heading} ({count})",
            "count": count,
            "items": items,
            "more": max(count - len(items), 0),
            "empty_text": self.empty_text,
        }

    def render_html(self, parent_context=None):
        if not self.is_shown(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)


class NoticesPanel(EditorialPanel):
    """Unread in-admin notices: what the e-mails said, for those who do not read e-mail."""

    name = "editorial_notices"
    order = 90
    template_name = "editorial/panels/notices.html"
    heading = _("Thông báo mới")
    panel_id = "editorial-notices"

    def is_shown(self, user):
        return Notice.objects.unread().filter(recipient=user).exists()

    def get_items(self, user):
        notices = Notice.objects.unread().filter(recipient=user).select_related("page")
        return notices.count(), list(notices[:LIST_LIMIT])


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "awaiting your review" list with approve/request-changes buttons, plus a count,
    each step's due date (red once past it), and the pages the user may not approve because
    they sent or last edited them (and why)."""

    order = 100
    template_name = "editorial/panels/awaiting_review.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["count"] = len(context["states"])
        deadlines.attach_dues(context["states"])  # past its target, a row shows red
        context["own_states"] = self.own_states(user)
        return context

    @staticmethod
    def own_states(user):
        tasks = ReviewTask.objects.all() if user.is_superuser else ReviewTask.objects.filter(groups__user=user)
        states = (
            TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, task__in=tasks)
            .filter(Q(workflow_state__requested_by=user) | Q(revision__user=user))
            .select_related("task", "workflow_state")
            .order_by("-started_at")[:LIST_LIMIT]
        )
        own = []
        for state in states:
            page = state.workflow_state.content_object
            if page is None:
                continue
            own.append({"page": page, "task_state": state, "reason": services.review_refusal(page, user)})
        return own

    def render_html(self, parent_context=None):
        if not roles.has_role(parent_context["request"].user, *roles.REVIEWER_ROLES):
            return ""
        return super().render_html(parent_context)


class ReturnedToMePanel(EditorialPanel):
    """Pages a reviewer sent back to the user, with the reviewer's comment."""

    name = "editorial_returned"
    order = 110
    template_name = "editorial/panels/returned.html"
    roles = (roles.COLLABORATOR, roles.EDITOR, roles.EDITOR_IN_CHIEF)
    heading = _("Bị trả lại cho tôi")
    panel_id = "editorial-returned"
    empty_text = _("Không có bài nào bị trả lại.")

    def get_items(self, user):
        owned = Page.objects.filter(owner=user).annotate(key=Cast("pk", CharField())).values("key")
        states = (
            page_workflow_states()
            .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
            .filter(Q(requested_by=user) | Q(object_id__in=owned))
            .select_related("current_task_state__task", "current_task_state__finished_by")
            .order_by("-current_task_state__finished_at")
        )
        items = []
        for state in states[:LIST_LIMIT]:
            page = state.content_object
            if page is not None:
                items.append({"page": page, "task_state": state.current_task_state})
        return states.count(), items


class MyDraftsPanel(EditorialPanel):
    """The user's pages with changes not yet sent for review."""

    name = "editorial_my_drafts"
    order = 120
    template_name = "editorial/panels/my_drafts.html"
    roles = (roles.COLLABORATOR, roles.EDITOR, roles.EDITOR_IN_CHIEF)
    heading = _("Bản nháp của tôi")
    panel_id = "editorial-my-drafts"
    empty_text = _("Không có bản nháp nào chưa gửi duyệt.")

    def get_items(self, user):
        in_workflow = (
            page_workflow_states().active().annotate(page_id=Cast("object_id", IntegerField())).values("page_id")
        )
        drafts = (
            Page.objects.filter(owner=user, has_unpublished_changes=True)
            .exclude(pk__in=in_workflow)
            .order_by("-latest_revision_created_at", "-pk")
        )
        return drafts.count(), list(drafts.specific()[:LIST_LIMIT])


class PublishedWithoutReviewPanel(EditorialPanel):
    """Forced publications waiting for another editor's confirmation."""

    name = "editorial_published_without_review"
    order = 130
    template_name = "editorial/panels/published_without_review.html"
    roles = (roles.EDITOR, roles.EDITOR_IN_CHIEF)
    heading = _("Xuất bản không qua duyệt")
    panel_id = "editorial-published-without-review"
    empty_text = _("Không có bài nào chờ xác nhận.")

    def get_items(self, user):
        records = ForcedPublication.objects.unconfirmed().select_related("page", "published_by")
        items = list(records[:LIST_LIMIT])
        for record in items:
            record.can_confirm = record.published_by_id != user.pk
        return records.count(), items


def construct_panels(request, panels):
    """Replaces Wagtail's "awaiting your review" panel with ours and adds the editorial panels."""
    panels[:] = [panel for panel in panels if not isinstance(panel, WorkflowObjectsToModeratePanel)]
    panels.extend(
        [NoticesPanel(), AwaitingReviewPanel(), ReturnedToMePanel(), MyDraftsPanel(), PublishedWithoutReviewPanel()]
    )
