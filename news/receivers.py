"""Receivers that keep derived caches honest; they only call news.listings."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from news import listings
from news.signals import page_withdrawal_lifted, page_withdrawn


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(page_withdrawn)
@receiver(page_withdrawal_lifted)
def content_changed(sender, **kwargs):
    listings.bump_content_version()


@receiver(post_save)
@receiver(post_delete)
def page_saved_or_deleted(sender, instance, **kwargs):
    """Any write to a page row (scripts and imports included, not only the publish action)."""
    from wagtail.models import Page

    if isinstance(instance, Page):
        listings.bump_content_version()
