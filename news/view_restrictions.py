"""Who may see which page: every PageViewRestriction, read once per content version instead of per request.

Wagtail asks the database for a page's restrictions (and its ancestors) on every serve, and
the header menu asks again for the site root's sections. Restrictions are few and change
rarely; saving or deleting one bumps the content version (news.receivers), so the stored
list is never stale and a new restriction takes effect on the very next request, also for
pages already in the anonymous page cache.
"""

from django.db.models import F
from wagtail.models import Page, PageViewRestriction

from news import cache


def all_restrictions(request=None):
    """(whether any page is an alias, [every restriction with its page's tree path as `page_path`])."""

    def build():
        restrictions = list(PageViewRestriction.objects.annotate(page_path=F("page__path")).order_by("page_path"))
        return Page.objects.filter(alias_of__isnull=False).exists(), restrictions

    return cache.versioned("view-restrictions", build, request)


def restricted_paths(request=None):
    """The tree paths of the pages that carry a restriction: they and every page below them are private."""
    return [restriction.page_path for restriction in all_restrictions(request)[1]]


def restricted_page_ids(request=None):
    """The ids of pages that carry a restriction of their own."""
    return {restriction.page_id for restriction in all_restrictions(request)[1]}


def restrictions_for(page, request=None):
    """The restrictions on `page` and its ancestors, as Wagtail's `get_view_restrictions` finds them; None when
    the site has aliases (an alias takes its source's restrictions: then Wagtail's own query decides)."""
    has_aliases, restrictions = all_restrictions(request)
    if has_aliases:
        return None
    return [restriction for restriction in restrictions if page.path.startswith(restriction.page_path)]


def use_stored_restrictions(page, request):
    """Before Wagtail's view-restriction check: let it read the stored list instead of querying."""
    restrictions = restrictions_for(page, request)
    if restrictions is not None:
        page.get_view_restrictions = lambda: restrictions
