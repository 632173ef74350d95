from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news import document_access, view_restrictions
from news.feedback import FeedbackAdminForm
from news.models import Agency, Feedback, IndexScore
from news.page_cache import mark_cacheable


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = "Cơ quan, đơn vị"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]


register_snippet(AgencyViewSet)


@hooks.register("before_serve_page")
def allow_anonymous_page_cache(page, request, serve_args, serve_kwargs):
    mark_cacheable(page, request)


@hooks.register("before_serve_page")
def read_view_restrictions_from_the_cache(page, request, serve_args, serve_kwargs):
    """Wagtail's view-restriction check then reads the stored restrictions instead of two queries."""
    view_restrictions.use_stored_restrictions(page, request)


class IndexScoreViewSet(ModelViewSet):
    """The yearly index results, kept by editors; "Dữ liệu mẫu" marks figures not yet checked."""

    model = IndexScore
    icon = "table"
    menu_label = _("Số liệu các chỉ số")
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "__str__",
        Column("score_display", label=_("Điểm")),
        Column("rank_display", label=_("Xếp hạng")),
        BooleanColumn("is_sample", label=_("Dữ liệu mẫu")),
    ]
    list_filter = ["index", "year", "is_sample"]
    copy_view_enabled = False


class FeedbackViewSet(ModelViewSet):
    """Moderation of citizens' feedback: new → answered → published, or not published."""

    model = Feedback
    icon = "comment"
    menu_label = _("Góp ý của người dân")
    menu_order = 320
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("status", label=_("Trạng thái"), accessor="get_status_display"),
        "agency",
        DateColumn("submitted_at", label=_("Ngày gửi")),
    ]
    list_filter = ["status", "topic", "agency"]
    search_fields = ["title", "text"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")]), FieldPanel("image")],
                heading=_("Người gửi (không công khai)"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("topic"), FieldPanel("agency")]),
                    FieldPanel("title"),
                    FieldPanel("text"),
                ],
                heading=_("Góp ý"),
            ),
            MultiFieldPanel(
                [FieldPanel("answer"), FieldPanel("step"), FieldPanel("note")],
                heading=_("Trả lời và xử lý"),
            ),
        ],
        base_form_class=FeedbackAdminForm,
    )


@hooks.register("register_admin_viewset")
def register_index_scores():
    return IndexScoreViewSet("index_scores")


@hooks.register("register_admin_viewset")
def register_feedback():
    return FeedbackViewSet("feedback")


@hooks.register("register_log_actions")
def register_feedback_log_actions(actions):
    actions.register_action("news.feedback.submit", _("Nhận góp ý"), _("Người dân gửi góp ý"))
    actions.register_action("news.feedback.answer", _("Trả lời góp ý"), _("Đã trả lời góp ý"))
    actions.register_action("news.feedback.publish", _("Công khai góp ý"), _("Đã công khai câu hỏi và trả lời"))
    actions.register_action("news.feedback.unpublish", _("Gỡ góp ý"), _("Đã gỡ khỏi trang công khai"))
    actions.register_action("news.feedback.reject", _("Không công khai góp ý"), _("Đã xếp không công khai"))
    actions.register_action("news.feedback.reopen", _("Mở lại góp ý"), _("Đã mở lại để xử lý"))


@hooks.register("before_serve_document")
def serve_public_documents_only(document, request):
    return document_access.refuse_unpublished_documents(document, request)
