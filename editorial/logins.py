"""Locked-out sign-ins: the message the person sees, and where a "Quản trị" unlocks them.

django-axes counts failures per username and address (portal/settings/security.py). A lockout
lifts by itself after AXES_COOLOFF_TIME; deleting the row in Settings → "Đăng nhập bị khóa"
lifts it at once.
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

LOCKED_OUT = _(
    "Tài khoản này tạm thời bị khóa đăng nhập từ địa chỉ của bạn vì nhập sai mật khẩu quá nhiều lần. "
    "Hãy thử lại sau %(hours)s giờ, hoặc liên hệ quản trị viên cổng để được mở khóa."
)


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the sign-in page's answer once the pair is locked (HTTP 429)."""
    message = LOCKED_OUT % {"hours": f"{settings.AXES_COOLOFF_TIME:g}"}
    # Rendered now: django-axes may return it from a signal, past the template-response phase.
    return render(request, "editorial/account/locked_out.html", {"message": message}, status=429)


class LockedSignInViewSet(ModelViewSet):
    """The failed sign-ins django-axes keeps; deleting one unlocks that username and address."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Đăng nhập bị khóa")
    add_to_settings_menu = True
    menu_order = 620
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    form_fields = ["username", "ip_address"]
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
