"""Citizens' proposals and feedback (plan II.1.8: đề xuất, góp ý): stored rows, moderated in the admin,
and the page that takes them in and shows the published questions and answers."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from news.models.section_index import SectionIndexPage

DEFAULT_PRIVACY_NOTICE = (
    "<p>Họ tên, thư điện tử, số điện thoại và ảnh bạn gửi chỉ dùng để xem xét và trả lời góp ý này; "
    "chúng không được công khai trên Cổng và không được chuyển cho bên thứ ba ngoài cơ quan có thẩm quyền "
    "giải quyết (Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân). Khi công khai câu hỏi và trả lời, "
    "Ban biên tập có thể lược bỏ các chi tiết cho phép nhận ra người gửi.</p>"
)


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("Mới nhận")
    ANSWERED = "answered", _("Đã trả lời")
    PUBLISHED = "published", _("Đã công khai")
    REJECTED = "rejected", _("Không công khai")


def feedback_image_path(instance, filename):
    """Unguessable names: a citizen's picture is never listed or linked from a public page."""
    return f"feedback/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.jpg"


class FeedbackQuerySet(models.QuerySet):
    def published(self):
        """What citizens may read: published items, without any contact detail loaded at all."""
        return (
            self.filter(status=FeedbackStatus.PUBLISHED)
            .select_related("topic", "agency")
            .defer("name", "email", "phone", "image", "note")
            .order_by("-published_at", "-pk")
        )


class Feedback(models.Model):
    """A proposal or comment sent by a citizen or business through the feedback page.

    Moderated in the admin through news.feedback's services only, along the steps of
    news.feedback.transitions (new → answered → published, or rejected); the contact details
    are for the reply and are never shown publicly.
    """

    name = models.CharField(_("họ và tên"), max_length=120, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("số điện thoại"), max_length=20, blank=True)
    agency = models.ForeignKey(
        "news.Agency",
        verbose_name=_("cơ quan liên quan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
    )
    topic = models.ForeignKey(
        "news.TopicIndexPage",
        verbose_name=_("chủ đề"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
    )
    title = models.CharField(_("tiêu đề"), max_length=200)
    text = models.TextField(
        _("nội dung"), help_text=_("Biên tập viên có thể lược bỏ thông tin cá nhân trong nội dung trước khi công khai.")
    )
    image = models.ImageField(_("ảnh kèm theo"), upload_to=feedback_image_path, blank=True)
    submitted_at = models.DateTimeField(_("thời điểm gửi"), default=timezone.now, db_index=True)

    status = models.CharField(
        _("trạng thái"), max_length=20, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW, db_index=True
    )
    answer = models.TextField(_("trả lời"), blank=True)
    answered_at = models.DateTimeField(_("thời điểm trả lời"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người trả lời"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("thời điểm công khai"), null=True, blank=True)
    note = models.TextField(
        _("ghi chú nội bộ"), blank=True, help_text=_("Không công khai, ví dụ lý do không công khai.")
    )

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("góp ý, đề xuất")
        verbose_name_plural = _("góp ý, đề xuất")

    def __str__(self):
        return self.title

    @property
    def reference(self):
        """The number the sender is given to quote when asking about it: GY-2024-000123."""
        return f"GY-{timezone.localtime(self.submitted_at):%Y}-{self.pk:06d}"

    @property
    def contact(self):
        return " · ".join(part for part in [self.name, self.email, self.phone] if part)


class FeedbackPage(SectionIndexPage):
    """The public feedback page: the form (with its privacy notice), then the published
    questions and answers. Never stored in the anonymous page cache: it carries a CSRF form."""

    default_menu_title = _("Góp ý")

    cache_for_anonymous = False  # a POST form with a CSRF token: see news.page_cache

    intro = RichTextField(_("giới thiệu"), features=["bold", "italic", "link"], blank=True)
    privacy_notice = RichTextField(
        _("thông báo về dữ liệu cá nhân"), features=["bold", "italic", "link"], default=DEFAULT_PRIVACY_NOTICE
    )

    content_panels = SectionIndexPage.content_panels + [FieldPanel("privacy_notice")]

    class Meta:
        verbose_name = _("trang góp ý")
        verbose_name_plural = _("trang góp ý")

    def serve(self, request, *args, **kwargs):
        # Imported here: news.feedback's forms and services are built on these models.
        from news.feedback.views import serve_page

        return serve_page(self, request)
