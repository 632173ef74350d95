"""Two Content-Security-Policies: a strict one for the public site, a looser one for Wagtail's admin.

django-csp sends settings.CONTENT_SECURITY_POLICY everywhere; under PORTAL_ADMIN_CSP_PREFIX
this middleware hands it PORTAL_ADMIN_CSP instead (see portal/settings/security.py).
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.PORTAL_ADMIN_CSP_PREFIX):
            parts.config = settings.PORTAL_ADMIN_CSP
        return parts
