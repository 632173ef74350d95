"""Signals that change what citizens may find; each receiver only hands the page to `indexing`.

Wagtail 8's `publish_scheduled` expires a page by calling `page.unpublish(set_expired=True)`,
which sends `page_unpublished` like a manual unpublish, so expiry needs no receiver of its
own (and search also filters on `expires_at` for pages the job has not reached yet).
Deleting a page sends `page_unpublished` (from Wagtail's pre_delete handler, before the row
goes) and then `post_delete` for it and each descendant.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from news.models import Agency, ContentPage, ContentPageTag, TopicIndexPage
from news.signals import page_withdrawal_lifted, page_withdrawn
from search import indexing
from search.models import SearchEntry


def is_content(page):
    return isinstance(page, ContentPage) or issubclass(page.specific_class or Page, ContentPage)


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    if is_content(instance):
        indexing.update_pages([instance.pk])
    elif isinstance(instance, TopicIndexPage):
        filed = ContentPage.objects.filter(
            Q(path__startswith=instance.path, depth=instance.depth + 1) | Q(topics=instance)
        )
        indexing.relabel("topic", instance.slug, instance.title, filed.values("pk"))


@receiver(post_save, sender=Agency)
def relabel_agency(sender, instance, **kwargs):
    """Results and facets show the agency's current name."""
    indexing.relabel("agency", instance.slug, instance.name, ContentPage.objects.filter(agency=instance).values("pk"))


@receiver(post_delete, sender=Agency)
def forget_agency(sender, instance, **kwargs):
    indexing.update_pages(SearchEntry.objects.filter(agency_key=instance.slug).values_list("page_id", flat=True))


@receiver(post_save, sender=Tag)
def relabel_tag(sender, instance, **kwargs):
    tagged = ContentPageTag.objects.filter(tag=instance).values("content_object_id")
    indexing.relabel("tag", instance.slug, instance.name, tagged)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    """Unpublish, expiry, and deletion (whose unpublish is never saved, so it is not re-checked)."""
    if is_content(instance):
        indexing.remove_pages([instance.pk])


@receiver(post_delete, sender=Page)
def remove_deleted_page(sender, instance, **kwargs):
    if is_content(instance):
        indexing.remove_pages([instance.pk])


@receiver(page_withdrawn)
def remove_withdrawn_page(sender, instance, **kwargs):
    indexing.remove_pages([instance.pk])


@receiver(page_withdrawal_lifted)
def restore_page(sender, instance, **kwargs):
    indexing.update_pages([instance.pk])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def recheck_restricted_subtree(sender, instance, **kwargs):
    """A restriction hides (or, removed, shows again) the page and everything below it."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        indexing.update_subtree(page)


@receiver(post_page_move)
def recheck_moved_subtree(sender, instance, **kwargs):
    """Moved out of the public site (or under a restricted section), or just to a new URL."""
    indexing.update_subtree(instance)


@receiver(page_slug_changed)
def recheck_renamed_subtree(sender, instance, **kwargs):
    """The URLs of the page and everything below it changed."""
    indexing.update_subtree(instance)
