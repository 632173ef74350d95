"""The editorial board's records: profiles, review tasks, forced publications, notices, review targets."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, TaskState

from news.dates import local_datetime
from news.models import TopicIndexPage

REQUEST_CHANGES = "reject"
APPROVE = "approve"


class EditorialProfile(models.Model):
    """Links an admin user to the agency they write for.

    A collaborator's new page takes this agency by default, and collaborators see only
    the drafts of their own agency.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người dùng"),
        on_delete=models.CASCADE,
        related_name="editorial_profile",
    )
    agency = models.ForeignKey(
        "news.Agency",
        verbose_name=_("cơ quan, đơn vị"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="editorial_profiles",
    )

    panels = [FieldPanel("user"), FieldPanel("agency")]

    class Meta:
        verbose_name = _("hồ sơ biên tập")
        verbose_name_plural = _("hồ sơ biên tập")
        # The editorial powers, granted to groups by setup_editorial and checked only in
        # editorial.permissions: renaming a group in the admin changes nothing.
        permissions = [
            ("force_publish", _("Xuất bản không qua duyệt")),
            ("withdraw_page", _("Rút bài, gỡ bài, bỏ rút bài")),
            ("schedule_page", _("Lên lịch xuất bản, hết hạn")),
            ("confirm_forced_publication", _("Xác nhận bài xuất bản không qua duyệt")),
            ("view_all_agency_drafts", _("Xem bản nháp của mọi cơ quan, đơn vị")),
            ("view_editorial_reports", _("Xem báo cáo của Ban biên tập")),
        ]

    def __str__(self):
        name = self.user.get_full_name() or self.user.get_username()
        return f"{name} – {self.agency}" if self.agency else name


class RequestChangesForm(TaskStateCommentForm):
    """Returning a page without saying what to change helps nobody: the comment is required."""

    comment = forms.CharField(
        label=_("Nội dung cần chỉnh sửa"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=True,
    )


class ReviewTask(AbstractGroupApprovalTask):
    """One review step of the board (editor review, editor-in-chief approval).

    Members of the chosen groups approve the page or return it with a comment; nobody
    approves a revision they submitted or last edited, superusers included. Every action
    goes through `editorial.services`, so the admin, commands and tests behave alike.
    """

    class Meta:
        verbose_name = _("bước duyệt của Ban biên tập")
        verbose_name_plural = _("bước duyệt của Ban biên tập")

    def applies_to(self, page):
        """Whether pages of this section go through this step (always, for a plain review step)."""
        return True

    def start(self, workflow_state, user=None):
        page = workflow_state.content_object.specific
        if not self.applies_to(page):
            # Recorded as skipped, so the workflow moves straight on and nobody is notified.
            return TaskState.objects.create(
                workflow_state=workflow_state,
                revision=page.get_latest_revision(),
                task=self,
                status=TaskState.STATUS_SKIPPED,
                finished_at=timezone.now(),
            )
        return super().start(workflow_state, user=user)

    def refusal_for(self, obj, user):
        """Why this user may not act on this step of the page now, or None if they may."""
        # The services sit above the models (they import them): Wagtail calls the task, the task asks the services.
        from editorial import services

        return services.review_refusal(obj, user, task=self)

    def user_can_access_editor(self, obj, user):
        # The step opens the editor to its reviewers, never to the one who sent the page in:
        # reviewing is the only reason it grants access. A reviewer who edits keeps access but
        # loses the approve action (get_actions) and the edit view says why.
        if not super().user_can_access_editor(obj, user):
            return False
        workflow_state = obj.current_workflow_state
        return workflow_state is None or workflow_state.requested_by_id != user.pk

    def get_actions(self, obj, user):
        if self.refusal_for(obj, user) is not None:
            return []
        return [
            (REQUEST_CHANGES, _("Yêu cầu chỉnh sửa"), True),
            (APPROVE, _("Duyệt"), False),
            (APPROVE, _("Duyệt kèm nhận xét"), True),
        ]

    def get_form_for_action(self, action):
        if action == REQUEST_CHANGES:
            return RequestChangesForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The services sit above the models (they import them): Wagtail calls the task, the task asks the services.
        from editorial import services

        page = task_state.workflow_state.content_object.specific
        comment = kwargs.get("comment", "")
        if action_name == APPROVE:
            services.approve(page, user, comment=comment, task_state=task_state)
        elif action_name == REQUEST_CHANGES:
            services.request_changes(page, user, comment=comment, task_state=task_state)
        else:
            raise services.ActionRefused(_("Thao tác không hợp lệ."))

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # The dashboard's "awaiting your review" list leaves out what the user sent in themselves.
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user).exclude(revision__user=user)

    @classmethod
    def get_description(cls):
        return _("Thành viên các nhóm được chọn duyệt hoặc trả lại bài; không ai tự duyệt bài mình gửi hoặc sửa.")


class AppraisalTask(ReviewTask):
    """The optional appraisal (thẩm định) by the Department of Information and Communications.

    Switched on per topic section: pages of the sections chosen here wait for an
    appraiser; pages of other sections skip the step.
    """

    sections = models.ManyToManyField(
        "news.TopicIndexPage",
        verbose_name=_("chuyên mục cần thẩm định"),
        blank=True,
        related_name="appraisal_tasks",
        help_text=_("Bài trong các chuyên mục này phải qua bước thẩm định; các chuyên mục khác bỏ qua bước này."),
    )

    admin_form_fields = ReviewTask.admin_form_fields + ["sections"]
    admin_form_widgets = {**ReviewTask.admin_form_widgets, "sections": forms.CheckboxSelectMultiple}

    class Meta:
        verbose_name = _("bước thẩm định")
        verbose_name_plural = _("bước thẩm định")

    def applies_to(self, page):
        section = TopicIndexPage.objects.ancestor_of(page, inclusive=True).order_by("-depth").first()
        return section is not None and self.sections.filter(pk=section.pk).exists()

    @classmethod
    def get_description(cls):
        return _("Thẩm định nội dung trước khi Trưởng ban duyệt, chỉ với các chuyên mục được chọn.")


class ForcedPublicationQuerySet(models.QuerySet):
    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)


class ForcedPublication(models.Model):
    """A publication that skipped the review chain, with the editor-in-chief's written reason.

    It stays in the "published without review" report until another editor confirms
    the published content.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("trang"), on_delete=models.CASCADE, related_name="forced_publications"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("phiên bản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("lý do xuất bản không qua duyệt"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xuất bản"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("thời điểm xuất bản"), default=timezone.now)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xác nhận"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("thời điểm xác nhận"), null=True, blank=True)

    objects = ForcedPublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("bài xuất bản không qua duyệt")
        verbose_name_plural = _("bài xuất bản không qua duyệt")

    def __str__(self):
        return f"{self.page.get_admin_display_title()} ({local_datetime(self.published_at)})"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class NoticeKind(models.TextChoices):
    REVIEW_REQUESTED = "review_requested", _("Bài chờ duyệt")
    CHANGES_REQUESTED = "changes_requested", _("Bài bị trả lại")
    APPROVED = "approved", _("Bài đã được duyệt")
    FORCE_PUBLISHED = "force_published", _("Xuất bản không qua duyệt")
    CONFIRMED = "confirmed", _("Đã xác nhận bài xuất bản không qua duyệt")
    UNPUBLISHED = "unpublished", _("Bài bị gỡ")
    WITHDRAWN = "withdrawn", _("Bài bị rút")
    WITHDRAWAL_LIFTED = "withdrawal_lifted", _("Bỏ rút bài")
    REVIEW_OVERDUE = "review_overdue", _("Bài quá hạn duyệt")
    REVIEW_DUE = "review_due", _("Bài cần rà soát")


class NoticeQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)


class Notice(models.Model):
    """An in-admin notice on the recipient's dashboard, sent with the matching e-mail."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người nhận"),
        on_delete=models.CASCADE,
        related_name="editorial_notices",
    )
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("trang"), null=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("loại"), max_length=30, choices=NoticeKind.choices)
    message = models.TextField(_("nội dung"))
    created_at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    read_at = models.DateTimeField(_("đã xem lúc"), null=True, blank=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="editorial_notice_unread_idx")]
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")

    def __str__(self):
        return self.message


class SectionDeadline(models.Model):
    """How many working days each review step may take for pages of one section (editorial.deadlines).

    Sections without a row get the default target (`editorial.deadlines.DEFAULT_WORKING_DAYS`).
    """

    section = models.OneToOneField(
        "news.TopicIndexPage",
        verbose_name=_("chuyên mục"),
        on_delete=models.CASCADE,
        related_name="review_deadline",
    )
    working_days = models.DecimalField(
        _("thời hạn mỗi bước duyệt (ngày làm việc)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text=_("Ví dụ: 1 cho tin tức, 3 cho mô hình cải cách. Không tính thứ Bảy, Chủ nhật và ngày lễ, Tết."),
    )

    panels = [FieldPanel("section"), FieldPanel("working_days")]

    class Meta:
        verbose_name = _("thời hạn duyệt bài")
        verbose_name_plural = _("thời hạn duyệt bài")

    def __str__(self):
        return f"{self.section.title}: {self.working_days} ngày làm việc"


class ReviewEscalation(models.Model):
    """The editor-in-chief was told that this review step is past twice its target: told once, never again."""

    task_state = models.OneToOneField(
        "wagtailcore.TaskState", verbose_name=_("bước duyệt"), on_delete=models.CASCADE, related_name="+"
    )
    notified_at = models.DateTimeField(_("thời điểm báo"), default=timezone.now)

    class Meta:
        verbose_name = _("báo quá hạn duyệt")
        verbose_name_plural = _("báo quá hạn duyệt")

    def __str__(self):
        return f"{self.task_state_id} ({local_datetime(self.notified_at)})"
