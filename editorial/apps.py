from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """The editorial board: approval workflow, roles and reports."""

    name = "editorial"
    label = "editorial"
    verbose_name = "Ban biên tập"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import init_new_page

        from editorial import notifications, roles

        notifications.connect_receivers()
        init_new_page.connect(roles.give_new_page_its_authors_agency, dispatch_uid="editorial_default_agency")
