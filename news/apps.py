from django.apps import AppConfig


class NewsConfig(AppConfig):
    """The portal's published content: sections, articles, reform models, officials."""

    name = "news"
    label = "news"
    verbose_name = "Nội dung cổng thông tin"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported when the app registry is ready (the receivers import models); importing connects them.
        # wagtail.admin's form registry needs the app registry too.
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from news import receivers  # noqa: F401
        from news.slugs import VietnameseSlugInput
        from news.speech import receivers as speech_receivers  # noqa: F401

        # Every slug field of the admin folds Vietnamese to ASCII as it is typed (news.slugs).
        register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
