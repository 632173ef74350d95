"""The moderation form in the admin: edit the item, then pick one step allowed from its status."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from news.feedback.services import apply_step
from news.feedback.transitions import STEPS, steps_from
from news.models import FeedbackStatus


class FeedbackAdminForm(WagtailAdminModelForm):
    """The moderation form: the editor may redact the text and write the answer, then picks a step.

    The status itself is not a form field: the chosen step runs its service after the
    edits are saved, so the admin changes states exactly as a script would.
    """

    step = forms.ChoiceField(label=_("Xử lý"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = FeedbackStatus(self.instance.status or FeedbackStatus.NEW)
        self.fields["step"].choices = [("", _("— Chỉ lưu thay đổi —"))] + [
            (name, STEPS[name].label) for name in steps_from(status)
        ]
        self.fields["step"].help_text = _("Trạng thái hiện tại: %(status)s.") % {"status": status.label}

    def clean(self):
        cleaned = super().clean()
        step = cleaned.get("step")
        answer_text = (cleaned.get("answer") or "").strip()
        if step in ("answer", "publish") and not answer_text:
            self.add_error("answer", _("Cần nhập nội dung trả lời."))
        return cleaned

    def save(self, commit=True):
        feedback = super().save(commit=commit)
        step = self.cleaned_data.get("step")
        if commit and step:
            apply_step(feedback, step, user=self.for_user)
        return feedback
