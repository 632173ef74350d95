"""The one place that answers "may this user do that?" for the editorial board and its accounts.

Every rule asks for a named permission (`editorial.force_publish`, `auth.change_user`…), never
for a group's name: setup_editorial grants the permissions to the role groups, and renaming a
group in the admin switches no rule off. Superusers hold every permission, as in Django, which
is why only a superuser may make another one (see `may_grant_superuser`).
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import GroupPagePermission

FORCE_PUBLISH = "editorial.force_publish"
WITHDRAW_PAGE = "editorial.withdraw_page"
SCHEDULE_PAGE = "editorial.schedule_page"
CONFIRM_FORCED_PUBLICATION = "editorial.confirm_forced_publication"
VIEW_ALL_AGENCY_DRAFTS = "editorial.view_all_agency_drafts"
VIEW_EDITORIAL_REPORTS = "editorial.view_editorial_reports"

# A group holding any of these makes its members able to publish, or to manage accounts:
# only a superuser may put someone into it (the editor-in-chief's and the administrators' roles).
PRIVILEGED_PERMISSIONS = [
    FORCE_PUBLISH,
    WITHDRAW_PAGE,
    SCHEDULE_PAGE,
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.add_group",
    "auth.change_group",
    "auth.delete_group",
]
PRIVILEGED_PAGE_PERMISSIONS = ["publish", "unpublish", "bulk_delete"]


def _page_power(user, page, power):
    return user.has_perm(power) and page.permissions_for_user(user).can_publish()


def may_force_publish(user, page):
    """Publishing without review, with a written reason (the editor-in-chief)."""
    return _page_power(user, page, FORCE_PUBLISH)


def may_schedule(user, page):
    """Setting a go-live or expiry time (the editor-in-chief)."""
    return _page_power(user, page, SCHEDULE_PAGE)


def may_withdraw(user, page):
    """Withdrawing a page or lifting a withdrawal (the editor-in-chief)."""
    return _page_power(user, page, WITHDRAW_PAGE)


def may_unpublish(user, page):
    """Taking a page off the portal (the editor-in-chief)."""
    return user.has_perm(WITHDRAW_PAGE) and page.permissions_for_user(user).can_unpublish()


def may_confirm_forced_publication(user):
    """Reviewing afterwards what was published without review (editors and the editor-in-chief)."""
    return user.has_perm(CONFIRM_FORCED_PUBLICATION)


def may_see_editorial_reports(user):
    return user.has_perm(VIEW_EDITORIAL_REPORTS)


def sees_all_agency_drafts(user):
    """Whether the user sees every agency's drafts; collaborators see only their own agency's."""
    return user.has_perm(VIEW_ALL_AGENCY_DRAFTS)


# Accounts -------------------------------------------------------------------------------------


def _privileged_permissions():
    q = Q()
    for dotted in PRIVILEGED_PERMISSIONS:
        app_label, codename = dotted.split(".")
        q |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(q)


def privileged_groups():
    """Groups whose members publish or manage accounts: granted by superusers only."""
    by_model = Q(permissions__in=_privileged_permissions())
    by_page = Q(
        pk__in=GroupPagePermission.objects.filter(
            permission__content_type__app_label="wagtailcore",
            permission__codename__in=[f"{action}_page" for action in PRIVILEGED_PAGE_PERMISSIONS],
        ).values("group_id")
    )
    return Group.objects.filter(by_model | by_page).distinct()


def grantable_groups(user):
    """The groups this user may put accounts into or take them out of."""
    if user.is_superuser:
        return Group.objects.all()
    if not user.has_perm("auth.change_user") and not user.has_perm("auth.add_user"):
        return Group.objects.none()
    return Group.objects.exclude(pk__in=privileged_groups().values("pk"))


def may_grant_superuser(user):
    return bool(user.is_active and user.is_superuser)


def may_manage_account(user, account):
    """Whether `user` may edit or delete `account`: a superuser's or a privileged member's account
    is managed by superusers only, so that nobody takes over a stronger account by resetting its password."""
    if user.is_superuser or account.pk == user.pk:
        return True
    if account.is_superuser:
        return False
    return not holds_privileged_role(account)


def holds_privileged_role(user):
    """Whether the user belongs to a group that publishes or manages accounts (two-factor sign-in required)."""
    return user.groups.filter(pk__in=privileged_groups().values("pk")).exists()
