"""The "Kiểm tra trước khi gửi duyệt" panel at the top of a content page's edit form.

Wagtail 8 has no hook to add a side panel, so the findings of `news.content_checks` sit
in a panel of the page's own edit handler, above the title. They are read from the draft
being edited (the latest revision), so saving a draft refreshes them before it is sent in.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from news.content_checks import check_page


class ContentChecksPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Kiểm tra trước khi gửi duyệt"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "content_checks"

    class BoundPanel(Panel.BoundPanel):
        template_name = "news/admin/content_checks_panel.html"

        def is_shown(self):
            # A page not yet saved has nothing to check: the form's own errors speak first.
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            findings = check_page(self.instance)
            context["warnings"] = [finding for finding in findings if finding.level == "warning"]
            context["notes"] = [finding for finding in findings if finding.level != "warning"]
            return context
