"""Citizens' feedback: the public form, the rate limit, and one service per moderation step.

Every state change goes through a function here (submit, answer, publish, reject, reopen),
which checks the user's permission and writes Wagtail's audit log, so the admin and any
script behave alike. The public page takes posts through `serve_page`:

- a client over the limit (RATE_LIMIT accepted posts per RATE_WINDOW, counted per hashed
  IP in the shared cache, so every app server sees the same count) gets 429 and the form
  back, filled in;
- a post with the honeypot filled is answered like a success and dropped;
- a post with errors comes back filled in with the messages (a picture must be chosen again:
  browsers never refill a file input, and the message says so);
- a good post is stored, its picture re-encoded without metadata (no GPS position), and the
  sender is redirected to the page with their reference number (post/redirect/get).
"""

import hashlib
import hmac
import io
import re

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.log_actions import log

from news.listing_filters import paginate
from news.models import Agency, AgencyKind, Feedback, FeedbackStatus, TopicIndexPage

RATE_LIMIT = 5
RATE_WINDOW = 60 * 60
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP"}
STORED_IMAGE_SIDE = 2000
HONEYPOT = "website"
PHONE = re.compile(r"^\+?[0-9 .()-]{8,20}$")
PERMISSION = "news.change_feedback"

RATE_LIMITED_MESSAGE = _(
    "Bạn đã gửi nhiều góp ý trong thời gian ngắn. Xin vui lòng thử lại sau một giờ; "
    "nội dung bạn đã nhập vẫn được giữ nguyên dưới đây."
)
IMAGE_AGAIN_MESSAGE = _("Nếu bạn có đính kèm ảnh, xin vui lòng chọn lại ảnh trước khi gửi.")


# ---------------------------------------------------------------- the public form


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
            "image": _("Một ảnh JPEG, PNG hoặc WebP, tối đa 5 MB."),
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
        if not image or not hasattr(image, "image"):
            return image  # nothing uploaded
        if image.size > MAX_IMAGE_BYTES:
            raise ValidationError(_("Ảnh quá lớn: tối đa 5 MB."))
        if image.image.format not in IMAGE_FORMATS:
            raise ValidationError(_("Chỉ nhận ảnh JPEG, PNG hoặc WebP."))
        width, height = image.image.size
        if width * height > MAX_IMAGE_PIXELS:
            raise ValidationError(_("Ảnh có kích thước quá lớn."))
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


# ---------------------------------------------------------------- rate limit


def client_ip(request):
    """The client's address. Behind N trusted proxies (PORTAL_TRUSTED_PROXIES = N), the Nth address
    from the right of X-Forwarded-For; never the left-most one, which the client writes itself."""
    proxies = getattr(settings, "PORTAL_TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_key(request):
    """The client's counter key: a keyed hash of the address, so no address is stored anywhere."""
    digest = hmac.new(settings.SECRET_KEY.encode(), client_ip(request).encode(), hashlib.sha256).hexdigest()
    return f"news:feedback-rate:{digest[:32]}"


def is_rate_limited(request):
    return (cache.get(rate_key(request)) or 0) >= RATE_LIMIT


def count_post(request):
    """Counts an accepted (or honeypot-caught) post; the window starts at the first one."""
    key = rate_key(request)
    if not cache.add(key, 1, RATE_WINDOW):
        try:
            cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.add(key, 1, RATE_WINDOW)


# ---------------------------------------------------------------- services


def clean_image_file(upload):
    """The picture re-encoded as JPEG, at most STORED_IMAGE_SIDE px, without EXIF (no GPS, no camera data)."""
    upload.seek(0)
    with Image.open(upload) as source:
        picture = ImageOps.exif_transpose(source)
        picture.thumbnail((STORED_IMAGE_SIDE, STORED_IMAGE_SIDE))
        if picture.mode not in ("RGB", "L"):
            background = Image.new("RGB", picture.size, (255, 255, 255))
            rgba = picture.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            picture = background
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=85, optimize=True)
    return ContentFile(out.getvalue(), name="anh.jpg")


@transaction.atomic
def submit(form):
    """Stores a valid public submission as a new item; the sender's address is not kept."""
    feedback = form.save(commit=False)
    feedback.status = FeedbackStatus.NEW
    upload = form.cleaned_data.get("image")
    feedback.image = None
    if upload:
        feedback.image.save("anh.jpg", clean_image_file(upload), save=False)
    feedback.save()
    log(instance=feedback, action="news.feedback.submit", user=None)
    return feedback


def check_permission(user):
    if user is None or not user.has_perm(PERMISSION):
        raise PermissionDenied("Bạn không có quyền xử lý góp ý.")


def answer(feedback, *, user, text):
    """Records (or corrects) the answer. An item already published stays published with the new answer."""
    check_permission(user)
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Cần nhập nội dung trả lời."))
    if feedback.status == FeedbackStatus.REJECTED:
        raise ValidationError(_("Góp ý đã được xếp «không công khai»: hãy mở lại trước khi trả lời."))
    feedback.answer = text
    feedback.answered_at = timezone.now()
    feedback.answered_by = user
    if feedback.status == FeedbackStatus.NEW:
        feedback.status = FeedbackStatus.ANSWERED
    feedback.save()
    log(instance=feedback, action="news.feedback.answer", user=user)
    return feedback


def publish(feedback, *, user):
    """Shows the question and its answer on the public page (without the sender's contact details)."""
    check_permission(user)
    if feedback.status != FeedbackStatus.ANSWERED or not feedback.answer.strip():
        raise ValidationError(_("Chỉ công khai được góp ý đã có trả lời."))
    feedback.status = FeedbackStatus.PUBLISHED
    feedback.published_at = timezone.now()
    feedback.save()
    log(instance=feedback, action="news.feedback.publish", user=user)
    return feedback


def unpublish(feedback, *, user):
    """Takes a published item off the public page; it stays answered."""
    check_permission(user)
    if feedback.status != FeedbackStatus.PUBLISHED:
        raise ValidationError(_("Góp ý này chưa được công khai."))
    feedback.status = FeedbackStatus.ANSWERED
    feedback.published_at = None
    feedback.save()
    log(instance=feedback, action="news.feedback.unpublish", user=user)
    return feedback


def reject(feedback, *, user, note=""):
    """Keeps the item out of public view for good (spam, abuse, out of scope); it stays stored."""
    check_permission(user)
    if feedback.status == FeedbackStatus.REJECTED:
        raise ValidationError(_("Góp ý này đã được xếp «không công khai»."))
    feedback.status = FeedbackStatus.REJECTED
    feedback.published_at = None
    if note:
        feedback.note = note
    feedback.save()
    log(instance=feedback, action="news.feedback.reject", user=user)
    return feedback


def reopen(feedback, *, user):
    """Brings a rejected item back to moderation (answered if it has an answer, else new)."""
    check_permission(user)
    if feedback.status != FeedbackStatus.REJECTED:
        raise ValidationError(_("Chỉ mở lại được góp ý đã xếp «không công khai»."))
    feedback.status = FeedbackStatus.ANSWERED if feedback.answer.strip() else FeedbackStatus.NEW
    feedback.save()
    log(instance=feedback, action="news.feedback.reopen", user=user)
    return feedback


# The moderation steps offered from each state, in the admin form's "Xử lý" field.
STEPS = {
    "answer": (_("Lưu trả lời"), answer),
    "publish": (_("Công khai câu hỏi và trả lời"), publish),
    "unpublish": (_("Gỡ khỏi trang công khai"), unpublish),
    "reject": (_("Không công khai"), reject),
    "reopen": (_("Mở lại để xử lý"), reopen),
}
STEPS_FROM = {
    FeedbackStatus.NEW: ["answer", "publish", "reject"],
    FeedbackStatus.ANSWERED: ["answer", "publish", "reject"],
    FeedbackStatus.PUBLISHED: ["answer", "unpublish", "reject"],
    FeedbackStatus.REJECTED: ["reopen"],
}


class FeedbackAdminForm(WagtailAdminModelForm):
    """The moderation form: the editor may redact the text and write the answer, then picks a step.

    The status itself is not a form field: the chosen step runs its service after the
    edits are saved, so the admin changes states exactly as a script would.
    """

    step = forms.ChoiceField(label=_("Xử lý"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.instance.status or FeedbackStatus.NEW
        self.fields["step"].choices = [("", _("— Chỉ lưu thay đổi —"))] + [
            (name, STEPS[name][0]) for name in STEPS_FROM[FeedbackStatus(status)]
        ]
        self.fields["step"].help_text = _("Trạng thái hiện tại: %(status)s.") % {"status": FeedbackStatus(status).label}

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


def apply_step(feedback, step, *, user):
    """Runs one moderation step; publishing a new item answers it first, with the answer it now has."""
    if step == "answer" or (step == "publish" and feedback.status == FeedbackStatus.NEW):
        answer(feedback, user=user, text=feedback.answer)
    if step != "answer":
        STEPS[step][1](feedback, user=user)
    return feedback


# ---------------------------------------------------------------- the page


def serve_page(page, request):
    """GET shows the form and the published Q&A; POST takes a submission (see the module docstring)."""
    if request.method == "POST":
        form = FeedbackForm(request.POST, request.FILES)
        if is_rate_limited(request):
            return render(page, request, form, status=429, alert=RATE_LIMITED_MESSAGE, image_again=bool(request.FILES))
        if request.POST.get(HONEYPOT):
            count_post(request)
            return HttpResponseRedirect(page.url + "#gui-thanh-cong")
        if form.is_valid():
            feedback = submit(form)
            count_post(request)
            messages.success(
                request,
                _(
                    "Cảm ơn bạn đã gửi góp ý. Mã số góp ý của bạn là %(reference)s. Ban biên tập sẽ trả lời "
                    "qua thư điện tử hoặc điện thoại bạn đã để lại."
                )
                % {"reference": feedback.reference},
            )
            return HttpResponseRedirect(page.url + "#gui-thanh-cong")
        return render(page, request, form, image_again=bool(request.FILES))
    return render(page, request, FeedbackForm())


def render(page, request, form, status=200, alert="", image_again=False):
    """The page with the form as it stands: what was typed, and the messages of a bound form."""
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "alert": alert,
            "image_again": IMAGE_AGAIN_MESSAGE if image_again else "",
            "page_obj": paginate(Feedback.objects.published(), request.GET.get("page")),
        }
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)
