from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The site as a whole, on top of news, editorial and search: settings, URLs and the
    site-wide commands that bring the apps together, such as `setup_portal`."""

    name = "portal"
    label = "portal"
    verbose_name = "Cổng thông tin"
