"""The citizen's feedback form: what is asked, and the messages that say what to correct.

Name is optional; an e-mail address or a phone number is required for the reply. A hidden
honeypot field catches form-filling bots; the page (news.feedback.views) drops such posts.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from news.feedback import images
from news.models import Agency, AgencyKind, Feedback, TopicIndexPage

HONEYPOT = "website"
PHONE = re.compile(r"^\+?[0-9 .()-]{8,20}$")


class FeedbackForm(forms.ModelForm):
    """The citizen's form. Name is optional; an e-mail address or a phone number is required for the reply."""

    consent = forms.BooleanField(
        label=_("Tôi đã đọc thông báo về dữ liệu cá nhân và đồng ý để Ban biên tập dùng thông tin trên để trả lời."),
        error_messages={"required": _("Xin vui lòng xác nhận bạn đã đọc thông báo về dữ liệu cá nhân.")},
    )
    # The honeypot: hidden from people (and from screen readers), filled in by form-filling bots.
    website = forms.CharField(label=_("Để trống ô này"), required=False)

    class Meta:
        model = Feedback
        fields = ["name", "email", "phone", "agency", "topic", "title", "text", "image"]
        labels = {
            "name": _("Họ và tên (không bắt buộc)"),
            "email": _("Thư điện tử"),
            "phone": _("Số điện thoại"),
            "agency": _("Cơ quan, đơn vị liên quan (nếu biết)"),
            "topic": _("Chủ đề"),
            "title": _("Tiêu đề"),
            "text": _("Nội dung góp ý, đề xuất"),
            "image": _("Ảnh kèm theo (không bắt buộc)"),
        }
        help_texts = {
            "phone": _("Cần ít nhất thư điện tử hoặc số điện thoại để Ban biên tập trả lời bạn."),
            "text": _("Từ 20 đến 5.000 ký tự."),
        }
        error_messages = {
            "title": {"required": _("Xin vui lòng nhập tiêu đề.")},
            "text": {"required": _("Xin vui lòng nhập nội dung góp ý.")},
            "email": {"invalid": _("Địa chỉ thư điện tử chưa đúng, ví dụ: ten@example.com.")},
            "image": {"invalid_image": _("Tệp đã chọn không phải là ảnh hợp lệ.")},
        }
        widgets = {
            "text": forms.Textarea(attrs={"rows": 8, "maxlength": 5000}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "image": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].required = True
        self.fields["topic"].error_messages["required"] = _("Xin vui lòng chọn chủ đề.")
        self.fields["topic"].queryset = TopicIndexPage.objects.live().public().order_by("path")
        self.fields["topic"].label_from_instance = lambda topic: " ".join(filter(None, [topic.code, topic.title]))
        self.fields["topic"].empty_label = _("— Chọn chủ đề —")
        for name in ("topic", "agency"):
            self.fields[name].error_messages["invalid_choice"] = _("Xin vui lòng chọn một mục trong danh sách.")
        self.fields["agency"].queryset = Agency.objects.all()
        self.fields["agency"].choices = agency_choices()
        self.fields[HONEYPOT].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["image"].help_text = images.upload_hint()

    def full_clean(self):
        super().full_clean()
        # Each input with an error points screen readers at its message (and its hint).
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                ids = [f"{bound.auto_id}_error"] + ([f"{bound.auto_id}_helptext"] if bound.help_text else [])
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if len(text) < 20:
            raise ValidationError(_("Nội dung quá ngắn: xin vui lòng viết ít nhất 20 ký tự."))
        if len(text) > 5000:
            raise ValidationError(_("Nội dung quá dài: tối đa 5.000 ký tự (hiện có %(count)s).") % {"count": len(text)})
        return text

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and (not PHONE.match(phone) or sum(ch.isdigit() for ch in phone) < 9):
            raise ValidationError(_("Số điện thoại chưa đúng, ví dụ: 0214 3840 010."))
        return phone

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image and hasattr(image, "image"):  # something was uploaded
            images.check_upload(image)
        return image

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and "email" not in self.errors:
            self.add_error("email", _("Xin vui lòng để lại thư điện tử hoặc số điện thoại để nhận trả lời."))
        return cleaned


def agency_choices():
    """The agencies grouped by kind (sở, ngành / huyện / xã…), in one query."""
    groups = {}
    for agency in Agency.objects.order_by("kind", "name").only("pk", "name", "kind"):
        groups.setdefault(agency.kind, []).append((agency.pk, agency.name))
    labels = dict(AgencyKind.choices)
    return [("", _("— Không rõ —"))] + [(labels.get(kind, kind), items) for kind, items in groups.items()]
