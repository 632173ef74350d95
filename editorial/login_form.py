"""The admin sign-in form with every visible word translated.

Wagtail's LoginForm gives its password field no label, so Django builds "Password" from the
field name, outside any catalogue: the sign-in page was the one admin screen left in English.
"""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm


class PortalLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")
