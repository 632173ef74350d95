"""Signals for public-visibility changes that Wagtail itself does not announce.

The editorial app sends them when an editor-in-chief withdraws a page or lifts a
withdrawal; the search app listens to drop the page from, or restore it to, the index.
"""

from django.dispatch import Signal

# sender: the page's specific class; kwargs: instance (the page), user
page_withdrawn = Signal()
page_withdrawal_lifted = Signal()
