"""Two-factor sign-in to the admin with a code from an authenticator app (TOTP, django-otp).

Required, when PORTAL_REQUIRE_2FA is on (production's default), for whoever holds a power
that a stolen password must not hand over: superusers, and the members of any group that
publishes without review or manages accounts (`editorial.permissions.privileged_groups`,
i.e. "Trưởng ban biên tập" and "Quản trị" as setup_editorial builds them). Every other editor
may switch it on for their own account from the account menu; once on, it is asked at every
sign-in. `make run` and the tests leave it off, so the demo users sign in without a phone.
"""

import base64
from io import BytesIO

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from editorial import permissions

# Reachable before the second factor: the two screens below, signing out, and static files.
OPEN_PATHS = ("/admin/two-factor/", "/admin/logout/", "/admin/login/", "/admin/jsi18n/", "/static/")


def requires_two_factor(user):
    """Whether this account may not use the admin without its second factor."""
    if not settings.PORTAL_REQUIRE_2FA or not user.is_authenticated:
        return False
    return user.is_superuser or permissions.holds_privileged_role(user)


def must_verify(user):
    """Whether the admin asks this signed-in user for a code before anything else."""
    if not user.is_authenticated or user.is_verified():
        return False
    return requires_two_factor(user) or user_has_device(user, confirmed=True)


class RequireTwoFactorMiddleware:
    """Sends an admin request of an unverified user to the code screen (or to set-up, if no app yet)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and not request.path_info.startswith(OPEN_PATHS):
            user = getattr(request, "user", None)
            if user is not None and must_verify(user):
                target = "verify" if user_has_device(user, confirmed=True) else "setup"
                return redirect(f"{reverse(f'two_factor:{target}')}?next={request.get_full_path()}")
        return self.get_response(request)


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Mã xác thực (6 chữ số)"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


def _next_url(request):
    target = request.GET.get("next", "")
    return target if target.startswith("/admin/") and not target.startswith("//") else reverse("wagtailadmin_home")


class VerifyView(WagtailAdminTemplateMixin, FormView):
    """Asks for the current code of the user's authenticator app."""

    template_name = "editorial/account/two_factor.html"
    form_class = TokenForm
    page_title = _("Xác thực hai lớp")
    header_icon = "key"

    def form_valid(self, form):
        for device in TOTPDevice.objects.devices_for_user(self.request.user, confirmed=True):
            if device.verify_token(form.cleaned_data["token"]):
                otp_login(self.request, device)
                return redirect(_next_url(self.request))
        form.add_error("token", _("Mã không đúng hoặc đã hết hạn; hãy nhập mã đang hiện trên ứng dụng."))
        return self.form_invalid(form)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            intro=_("Nhập mã 6 chữ số đang hiện trên ứng dụng xác thực của bạn."), submit_label=_("Xác nhận"), **kwargs
        )


class SetupView(VerifyView):
    """Shows a new secret as a QR code; the first correct code confirms the app."""

    page_title = _("Bật xác thực hai lớp")

    def device(self):
        user = self.request.user
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        return device or TOTPDevice.objects.create(user=user, name=_("Ứng dụng xác thực"), confirmed=False)

    def form_valid(self, form):
        device = self.device()
        if not device.verify_token(form.cleaned_data["token"]):
            form.add_error("token", _("Mã không đúng; hãy quét lại mã QR và nhập mã đang hiện."))
            return self.form_invalid(form)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(self.request, device)
        messages.success(self.request, _("Đã bật xác thực hai lớp cho tài khoản của bạn."))
        return redirect(_next_url(self.request))

    def get_context_data(self, **kwargs):
        device = self.device()
        context = super().get_context_data(**kwargs)
        context.update(
            intro=_(
                "Quét mã QR bằng ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…), "
                "rồi nhập mã 6 chữ số ứng dụng hiện ra."
            ),
            qr_code=_qr_svg(device.config_url),
            secret=base64.b32encode(device.bin_key).decode(),
            submit_label=_("Bật xác thực hai lớp"),
        )
        return context


def _qr_svg(data):
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    return mark_safe(buffer.getvalue().decode())  # noqa: S308 - an SVG we drew from our own data


urlpatterns = [
    path("", VerifyView.as_view(), name="verify"),
    path("setup/", SetupView.as_view(), name="setup"),
]
