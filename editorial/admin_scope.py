"""Collaborators see only their own agency's drafts, in every admin view that lists or names pages.

Rather than patch each screen, the page permission policy itself leaves the hidden drafts
out: Wagtail's explorer, admin API (`/admin/api/main/pages/`), reports (aging pages, locked
pages, workflows, site history through `PageLogEntry.viewable_by_user`) and choosers all ask
this policy which pages a user may explore or act on. What does not ask it gets a hook here:
the page chooser's search and the explorer listing (hooks in wagtail_hooks), and the views of
one page (its explorer header, history, preview…) and bulk-action confirmations, which
`HiddenDraftGuard` answers with a 404.

`roles.hidden_drafts_q` and `roles.may_see_draft` hold the rule; this module applies it.
"""

from django.http import Http404
from django.urls import Resolver404, resolve
from wagtail.models import AbstractPage, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial import roles

# Admin URL names that take one page's id: whatever they show names the page.
PAGE_ID_KWARGS = ("page_id", "parent_page_id", "pk")
PAGE_VIEW_PREFIXES = ("wagtailadmin_pages:", "wagtailadmin_explore", "wagtailadmin_api:", "wagtailadmin_choose_page")
# The edit view has its own guard (wagtail_hooks.guard_page_edit), which says why.
UNGUARDED_VIEWS = {"wagtailadmin_pages:edit"}


class AgencyScopedPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, less the other agencies' drafts for collaborators."""

    def instances_user_has_any_permission_for(self, user, actions):
        return super().instances_user_has_any_permission_for(user, actions).exclude(roles.hidden_drafts_q(user))

    def explorable_instances(self, user):
        return super().explorable_instances(user).exclude(roles.hidden_drafts_q(user))


def register_page_policy():
    """Replaces Wagtail's page policy; called from EditorialConfig.ready."""
    # Imported here, so that wagtail.permissions registers its own policy first and ours wins.
    from wagtail.permissions import register_permission_policy

    register_permission_policy(AbstractPage, AgencyScopedPagePermissionPolicy(Page))


def hidden_page_ids(user, ids):
    """Which of these page ids the user must not see."""
    hidden = roles.hidden_drafts_q(user)
    return set(Page.objects.filter(pk__in=ids).filter(hidden).values_list("pk", flat=True))


class HiddenDraftGuard:
    """Middleware: an admin view of one page answers 404 to a collaborator of another agency.

    The explorer's header, a page's history, its preview, the admin API's detail: each would
    show the title and status of a draft the collaborator may not see.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not request.path_info.startswith("/admin/") or not roles.is_limited_to_own_agency(user):
            return None
        page_id = _page_id(request)
        if page_id is not None and hidden_page_ids(user, [page_id]):
            raise Http404
        if _names_hidden_pages_in_bulk(request, user):
            raise Http404
        return None


def _names_hidden_pages_in_bulk(request, user):
    """A bulk action's confirmation lists its pages' titles (those the user may not act on too)."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    if match.url_name != "wagtail_bulk_action" or match.kwargs.get("model_name") != "page":
        return False
    ids = request.GET.getlist("id")
    if "all" in ids:
        # Every page of a listing: refused if the listing holds a hidden draft.
        parent_id = request.GET.get("childOf")
        pages = Page.objects.get(pk=parent_id).get_descendants() if parent_id and parent_id.isdigit() else Page.objects
        return pages.filter(roles.hidden_drafts_q(user)).exists()
    return bool(hidden_page_ids(user, [int(pk) for pk in ids if pk.isdigit()]))


def _page_id(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    name = match.view_name or ""
    if not name.startswith(PAGE_VIEW_PREFIXES) or name in UNGUARDED_VIEWS:
        return None
    for key in PAGE_ID_KWARGS:
        value = match.kwargs.get(key)
        if value is not None and str(value).isdigit():
            return int(value)
    return None
