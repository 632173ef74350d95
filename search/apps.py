from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Archive search over published content (Elasticsearch, or the database)."""

    name = "search"
    label = "portal_search"
    verbose_name = "Tìm kiếm"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported when the app registry is ready (the receivers import models); importing connects them.
        from search import receivers  # noqa: F401
