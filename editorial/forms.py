"""Forms of the editorial admin views; the rules themselves live in editorial.services."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateTimeInput

from editorial.services import MIN_REASON_LENGTH


class ReasonForm(forms.Form):
    """A written reason, required: the editorial record is worth nothing without one."""

    reason = forms.CharField(
        label=_("Lý do"),
        min_length=MIN_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, reason_label=None, reason_help=None, **kwargs):
        super().__init__(*args, **kwargs)
        if reason_label:
            self.fields["reason"].label = reason_label
        if reason_help:
            self.fields["reason"].help_text = reason_help


class OptionalReasonForm(ReasonForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = False
        self.fields["reason"].min_length = None
        self.fields["reason"].validators = []


class ScheduleForm(forms.Form):
    go_live_at = forms.DateTimeField(label=_("Xuất bản lúc"), required=False, widget=AdminDateTimeInput)
    expire_at = forms.DateTimeField(label=_("Hết hạn lúc"), required=False, widget=AdminDateTimeInput)
    comment = forms.CharField(label=_("Nhận xét"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, page_is_live=False, **kwargs):
        super().__init__(*args, **kwargs)
        # The admin's date picker writes WAGTAIL_DATETIME_FORMAT; ISO is accepted too.
        formats = [getattr(settings, "WAGTAIL_DATETIME_FORMAT", "%Y-%m-%d %H:%M"), "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"]
        for name in ("go_live_at", "expire_at"):
            self.fields[name].input_formats = formats
        if page_is_live:
            del self.fields["go_live_at"]
            del self.fields["comment"]
