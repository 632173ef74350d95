"""The editorial board's roles, kept as Django groups, and the questions the rest of the app asks about them.

Group membership is looked up once per user object (Wagtail hands the same `request.user`
to every hook and panel of a request), so asking many questions costs one query.
"""

from django.db.models import Q

from editorial import permissions
from editorial.models import EditorialProfile
from news.models import ContentPage

COLLABORATOR = "Cộng tác viên"
EDITOR = "Biên tập viên"
APPRAISER = "Thẩm định"
EDITOR_IN_CHIEF = "Trưởng ban biên tập"
ADMINISTRATOR = "Quản trị"

ALL_ROLES = [COLLABORATOR, EDITOR, APPRAISER, EDITOR_IN_CHIEF, ADMINISTRATOR]
REVIEWER_ROLES = [EDITOR, APPRAISER, EDITOR_IN_CHIEF]

_ROLES_CACHE = "_editorial_roles"
_AGENCY_CACHE = "_editorial_agency"


def roles_of(user):
    """The names of the editorial groups the user belongs to (empty for anonymous users)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    if not hasattr(user, _ROLES_CACHE):
        names = user.groups.filter(name__in=ALL_ROLES).values_list("name", flat=True)
        setattr(user, _ROLES_CACHE, frozenset(names))
    return getattr(user, _ROLES_CACHE)


def has_role(user, *roles):
    """Whether the user holds one of the roles; superusers hold them all."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    return bool(roles_of(user) & set(roles))


def reviews_for(task, user):
    """Whether the user belongs to one of the groups of a group-approval step (superusers do)."""
    if getattr(user, "is_superuser", False):
        return True
    groups = getattr(task, "groups", None)
    return groups is not None and groups.filter(pk__in=user.groups.values("pk")).exists()


def is_limited_to_own_agency(user):
    """Collaborators (whoever lacks `editorial.view_all_agency_drafts`) see only their own agency's drafts."""
    return getattr(user, "is_authenticated", False) and not permissions.sees_all_agency_drafts(user)


def agency_of(user):
    """The agency on the user's editorial profile, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    if not hasattr(user, _AGENCY_CACHE):
        profile = EditorialProfile.objects.filter(user=user).select_related("agency").first()
        setattr(user, _AGENCY_CACHE, profile.agency if profile else None)
    return getattr(user, _AGENCY_CACHE)


def forget(user):
    """Drop the cached roles and agency, after changing them in the same request or test."""
    # Django's own permission caches too: the editorial rules ask for permissions (editorial.permissions).
    for name in (_ROLES_CACHE, _AGENCY_CACHE, "_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        if hasattr(user, name):
            delattr(user, name)


def hidden_drafts_q(user):
    """A filter on Page matching the drafts this user must not see: other agencies' unpublished content.

    Empty (matching nothing hidden) for everyone but collaborators. A collaborator always
    sees the pages they own, even if they filed them under another agency.
    """
    if not is_limited_to_own_agency(user):
        return Q(pk__in=[])
    agency = agency_of(user)
    own = Q(owner=user)
    if agency is not None:
        own |= Q(agency=agency)
    hidden = ContentPage.objects.filter(live=False).exclude(own).values("pk")
    return Q(pk__in=hidden)


def may_see_draft(user, page):
    """Whether the agency rule lets this user open the page in the admin."""
    if not is_limited_to_own_agency(user) or page.live or page.owner_id == user.pk:
        return True
    if not hasattr(page, "agency_id"):
        page = page.specific
        if not hasattr(page, "agency_id"):
            return True  # sections and the home page carry no agency
    agency = agency_of(user)
    return agency is not None and page.agency_id == agency.pk


def give_new_page_its_authors_agency(sender, page, parent, **kwargs):
    """`init_new_page` receiver: a new page's agency defaults to its author's (the admin sets the owner first)."""
    if hasattr(page, "agency_id") and page.agency_id is None and page.owner_id is not None:
        agency = agency_of(page.owner)
        if agency is not None:
            page.agency = agency
