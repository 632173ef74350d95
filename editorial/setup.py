"""What `manage.py setup_editorial` builds: roles, permissions, the review workflow, demo users.

Every step creates what is missing and corrects what the code defines (group permissions,
the order of the review steps), so running it again changes nothing. Two settings belong
to the administrators once created and are only seeded: the sections a collaborator may
write in, and the sections whose pages need appraisal.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from editorial import roles
from editorial.models import AppraisalTask, EditorialProfile, ReviewTask
from news.demo import DEMO_PASSWORD
from news.models import Agency, HomePage, MediaIndexPage, TopicIndexPage

WORKFLOW_NAME = "Quy trình duyệt bài"
EDITOR_REVIEW = "Biên tập viên duyệt"
APPRAISAL = "Thẩm định nội dung (Sở TT&TT)"
CHIEF_APPROVAL = "Trưởng ban biên tập duyệt xuất bản"
# Seeded once: digital transformation (plan item 1.3) is what the Department of
# Information and Communications appraises first; administrators change it in Settings → Workflow tasks.
APPRAISED_SECTION_CODES = ["1.3"]

COMMON_PERMISSIONS = ["wagtailadmin.access_admin", "news.view_agency"]
# Everyone but collaborators sees every agency's drafts.
ALL_DRAFTS = [*COMMON_PERMISSIONS, "editorial.view_all_agency_drafts"]
# The board moderates citizens' feedback and keeps the PAR index scores.
BOARD_PERMISSIONS = [
    *ALL_DRAFTS,
    "editorial.view_editorial_reports",
    "editorial.confirm_forced_publication",
    "news.view_feedback",
    "news.change_feedback",
    *(f"news.{action}_indexscore" for action in ("add", "change", "view")),
]
MODEL_PERMISSIONS = {
    roles.COLLABORATOR: COMMON_PERMISSIONS,
    roles.EDITOR: BOARD_PERMISSIONS,
    roles.APPRAISER: ALL_DRAFTS,
    roles.EDITOR_IN_CHIEF: [
        *BOARD_PERMISSIONS,
        "news.delete_indexscore",
        "editorial.force_publish",
        "editorial.withdraw_page",
        "editorial.schedule_page",
    ],
    # Accounts, but not the groups themselves: whoever edits a group's permissions could give
    # their own group the power to publish. Groups are a superuser's business.
    roles.ADMINISTRATOR: [
        *ALL_DRAFTS,
        *(f"auth.{action}_user" for action in ("add", "change", "delete", "view")),
        "auth.view_group",
        # Unlocking sign-ins that django-axes locked after repeated wrong passwords.
        "axes.view_accessattempt",
        "axes.delete_accessattempt",
        *(f"news.{action}_agency" for action in ("add", "change", "delete")),
        "news.change_portalsettings",
        *(f"editorial.{action}_editorialprofile" for action in ("add", "change", "delete", "view")),
        *(
            f"wagtailcore.{action}_{model}"
            for model in ("site", "workflow", "task")
            for action in ("add", "change", "delete")
        ),
        *(f"wagtailredirects.{action}_redirect" for action in ("add", "change", "delete")),
    ],
}
# Taken back from a group that an earlier version of setup_editorial granted them to.
REVOKED_PERMISSIONS = {roles.ADMINISTRATOR: [f"auth.{action}_group" for action in ("add", "change", "delete")]}
# Page permissions on the home page, inherited by every section. Only the editor-in-chief
# publishes, and even then Wagtail's own publish button is replaced by a reasoned force publish.
HOME_PAGE_PERMISSIONS = {
    roles.EDITOR: ["add", "change", "lock", "unlock"],
    roles.EDITOR_IN_CHIEF: ["add", "change", "publish", "lock", "unlock"],
}
# Collaborators may add (and so edit their own) pages in the sections granted to them.
COLLABORATOR_SECTION_PERMISSIONS = ["add"]
COLLECTION_PERMISSIONS = {
    roles.COLLABORATOR: ["add", "choose"],
    roles.EDITOR: ["add", "change", "choose"],
    roles.EDITOR_IN_CHIEF: ["add", "change", "delete", "choose"],
}

DEMO_USERS = [
    # username, role, (first_name, last_name), agency. Django shows "first last", so the family
    # and middle names go first, as a Vietnamese name is written: "Nguyễn Thu" + "Hà".
    ("ctv_sonoivu", roles.COLLABORATOR, ("Nguyễn Thu", "Hà"), "Sở Nội vụ tỉnh Lào Cai"),
    ("bientap", roles.EDITOR, ("Trần Minh", "Đức"), "Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai"),
    ("thamdinh", roles.APPRAISER, ("Hoàng Thị", "Lan"), "Sở Thông tin và Truyền thông tỉnh Lào Cai"),
    ("truongban", roles.EDITOR_IN_CHIEF, ("Phạm Quốc", "Bảo"), "Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai"),
    ("quantri", roles.ADMINISTRATOR, ("Vũ Thanh", "Sơn"), "Sở Nội vụ tỉnh Lào Cai"),
]


def _permission(dotted):
    app_label, codename = dotted.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist as error:
        raise ImproperlyConfigured(f"Permission {dotted} does not exist; run migrate first.") from error


def ensure_groups():
    """The five role groups with their model permissions; returns {name: group}."""
    groups = {}
    for name in roles.ALL_ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        wanted = {_permission(dotted) for dotted in MODEL_PERMISSIONS[name]}
        missing = wanted - set(group.permissions.all())
        if missing:
            group.permissions.add(*missing)
        revoked = [_permission(dotted) for dotted in REVOKED_PERMISSIONS.get(name, [])]
        if revoked:
            group.permissions.remove(*revoked)
        groups[name] = group
    return groups


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def ensure_page_permissions(groups, home):
    for name, actions in HOME_PAGE_PERMISSIONS.items():
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=home, permission=_page_permission(action)
            )
    collaborators = groups[roles.COLLABORATOR]
    if not GroupPagePermission.objects.filter(group=collaborators).exists():
        # Topic sections and the media section: district media centres send in clips and posters.
        for section in [*TopicIndexPage.objects.child_of(home), *MediaIndexPage.objects.child_of(home)]:
            for action in COLLABORATOR_SECTION_PERMISSIONS:
                GroupPagePermission.objects.create(
                    group=collaborators, page=section, permission=_page_permission(action)
                )


def ensure_collection_permissions(groups):
    root = Collection.get_first_root_node()
    for name, actions in COLLECTION_PERMISSIONS.items():
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=root, permission=_permission(f"{app_label}.{action}_{model}")
                )


def _task(model, name, group):
    """The task of exactly this class and name (a plain review step is not an appraisal step)."""
    content_type = ContentType.objects.get_for_model(model)
    task = model.objects.filter(name=name, content_type=content_type).first()
    created = task is None
    if created:
        task = model.objects.create(name=name)
    if not task.groups.filter(pk=group.pk).exists():
        task.groups.add(group)
    return task, created


def ensure_workflow(groups, home, translations=()):
    """The review chain, attached to the home page (and its translations, e.g. the English home at /en/)
    so every section, future section and translated page inherits it."""
    editor_review, _created = _task(ReviewTask, EDITOR_REVIEW, groups[roles.EDITOR])
    appraisal, appraisal_created = _task(AppraisalTask, APPRAISAL, groups[roles.APPRAISER])
    chief_approval, _created = _task(ReviewTask, CHIEF_APPROVAL, groups[roles.EDITOR_IN_CHIEF])
    if appraisal_created and home is not None:
        appraisal.sections.set(TopicIndexPage.objects.descendant_of(home).filter(code__in=APPRAISED_SECTION_CODES))

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for order, task in enumerate([editor_review, appraisal, chief_approval]):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    for page in [home, *translations] if home is not None else []:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow, created


def ensure_demo_users(groups):
    """One user per role, with the documented password; an existing user is left as it is."""
    user_model = get_user_model()
    created = 0
    for username, role, (first_name, last_name), agency_name in DEMO_USERS:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model.objects.create_user(
                username=username,
                password=DEMO_PASSWORD,
                email=f"{username}@cchc.laocai.gov.vn",
                first_name=first_name,
                last_name=last_name,
            )
            created += 1
        user.groups.add(groups[role])
        agency = Agency.objects.filter(name=agency_name).first()
        EditorialProfile.objects.get_or_create(user=user, defaults={"agency": agency})
    return created


@transaction.atomic
def setup_editorial(demo_users=False):
    """Roles, permissions and the review workflow; with `demo_users`, one demo user per role."""
    groups = ensure_groups()
    # The Vietnamese home (the default locale's) and its translations: the board edits and approves
    # the English pages at /en/ exactly as the Vietnamese ones.
    homes = list(Page.objects.filter(pk__in=HomePage.objects.values("pk")).select_related("locale"))
    default = settings.LANGUAGE_CODE
    home = next((page for page in homes if page.locale.language_code == default), homes[0] if homes else None)
    translations = [page for page in homes if page is not home]
    for page in [home, *translations] if home is not None else []:
        ensure_page_permissions(groups, page)
    ensure_collection_permissions(groups)
    workflow, workflow_created = ensure_workflow(groups, home, translations)
    users_created = ensure_demo_users(groups) if demo_users else 0
    return {
        "groups": len(groups),
        "workflow": workflow,
        "workflow_created": workflow_created,
        "attached_to": home,
        "users_created": users_created,
    }
