"""Receivers that keep derived caches honest: any change of what citizens may see bumps the content version."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from news import cache, site_lookup
from news.models import IndexScore, IndexSubScore, PortalSettings
from news.signals import page_withdrawal_lifted, page_withdrawn


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(page_withdrawn)
@receiver(page_withdrawal_lifted)
def content_changed(sender, **kwargs):
    cache.bump_content_version()


@receiver(post_save)
@receiver(post_delete)
def page_saved_or_deleted(sender, instance, **kwargs):
    """Any write to a page row (scripts and imports included, not only the publish action)."""
    if isinstance(instance, Page):
        cache.bump_content_version()


# What Wagtail records of an image's file by itself, when first asked (nothing a page shows).
IMAGE_FILE_FACTS = {"file_size", "file_hash"}


@receiver(post_save, sender=get_image_model())
@receiver(post_delete, sender=get_image_model())
def image_changed(sender, update_fields=None, **kwargs):
    """Stored pages show an image's renditions and alt text: a replaced file deletes the renditions they
    point to, and a new alt text must show. Images change rarely; stored pages are rebuilt on demand."""
    if update_fields and set(update_fields) <= IMAGE_FILE_FACTS:
        return
    cache.bump_content_version()


@receiver(post_save, sender=IndexScore)
@receiver(post_delete, sender=IndexScore)
@receiver(post_save, sender=IndexSubScore)
@receiver(post_delete, sender=IndexSubScore)
def index_data_changed(sender, **kwargs):
    """The indices page is stored for anonymous readers: a changed figure must show at once."""
    cache.bump_content_version()


@receiver(post_save, sender=PortalSettings)
def portal_settings_changed(sender, created, **kwargs):
    """Every page's footer shows the committee's contact details: stored pages and fragments must show new ones.

    Not when the row is made: the first page to read the settings makes it, with the defaults it shows.
    """
    if not created:
        cache.bump_content_version()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, **kwargs):
    """A page made private (or public again) must be refused (or shown) at once, also where it was stored."""
    cache.bump_content_version()


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def site_changed(sender, **kwargs):
    """A changed hostname, port or root: this process forgets its Site answers, the others see the new version."""
    site_lookup.forget_sites()
    cache.bump_content_version()


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def locale_changed(sender, **kwargs):
    """Pages' languages (news.translations) are read from the locales, kept under the content version."""
    cache.bump_content_version()
