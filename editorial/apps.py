from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class EditorialConfig(AppConfig):
    """The editorial board: approval workflow, roles and reports."""

    name = "editorial"
    label = "editorial"
    verbose_name = "Ban biên tập"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported when the app registry is ready: the receivers import models.
        from editorial import admin_scope, receivers

        receivers.connect()
        admin_scope.register_page_policy()


class PortalUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user screens with the editorial board's grant limits (editorial.accounts)."""

    user_viewset = "editorial.accounts.PortalUserViewSet"
