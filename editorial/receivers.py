"""Signal receivers of the editorial board, connected once when the app is ready."""

from wagtail.signals import init_new_page

from editorial import notifications, role_audit, roles


def connect():
    """Our workflow e-mails replace Wagtail's; a new page gets its author's agency."""
    notifications.connect_receivers()
    init_new_page.connect(roles.give_new_page_its_authors_agency, dispatch_uid="editorial_default_agency")
    role_audit.connect()
