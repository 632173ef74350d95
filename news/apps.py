from django.apps import AppConfig


class NewsConfig(AppConfig):
    """The portal's published content: sections, articles, reform models, officials."""

    name = "news"
    label = "news"
    verbose_name = "Nội dung cổng thông tin"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported when the app registry is ready (the receivers import models); importing connects them.
        from news import receivers  # noqa: F401
        from news.speech import receivers as speech_receivers  # noqa: F401
