"""The public side of the editorial record: the withdrawal notice on a withdrawn page."""

from django import template
from django.core.exceptions import ObjectDoesNotExist

register = template.Library()


@register.simple_tag
def page_withdrawal(page):
    """The page's Withdrawal, or None.

    Reads the one-to-one `withdrawal` relation, so it costs no query when the page came
    from a queryset with `select_related("withdrawal")`, and at most one otherwise
    (Django caches the answer, also a missing one, on the page).
    """
    if page is None or not hasattr(type(page), "withdrawal"):
        return None
    try:
        return page.withdrawal
    except ObjectDoesNotExist:
        return None
