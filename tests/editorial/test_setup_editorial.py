"""`setup_editorial` builds the board's roles and workflow; running it again changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Task, Workflow, WorkflowPage, WorkflowTask

from editorial import roles, setup
from editorial.models import AppraisalTask, EditorialProfile
from news.models import HomePage, MediaIndexPage, TopicIndexPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "group_permissions": sorted(Group.permissions.through.objects.values_list("group_id", "permission_id")),
        "page_permissions": sorted(GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id")),
        "collection_permissions": sorted(
            GroupCollectionPermission.objects.values_list("group_id", "collection_id", "permission_id")
        ),
        "workflows": sorted(Workflow.objects.values_list("pk", "name", "active")),
        "tasks": sorted(Task.objects.values_list("pk", "name", "content_type_id")),
        "workflow_tasks": sorted(WorkflowTask.objects.values_list("workflow_id", "task_id", "sort_order")),
        "workflow_pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        "appraised": sorted(AppraisalTask.objects.values_list("sections", flat=True)),
        "users": sorted(get_user_model().objects.values_list("username", "password")),
        "profiles": sorted(EditorialProfile.objects.values_list("user__username", "agency_id")),
    }


def test_setup_editorial_is_idempotent(home, topic):
    """A second run creates, changes and deletes nothing."""
    call_command("setup_editorial", "--demo-users", verbosity=0)
    first = snapshot()
    call_command("setup_editorial", "--demo-users", verbosity=0)
    assert snapshot() == first


def test_roles_workflow_and_permissions(home, topic):
    """Five groups; the three-step workflow on the home page; only the editor-in-chief may publish."""
    call_command("setup_editorial", verbosity=0)
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ALL_ROLES)
    workflow = Workflow.objects.get(name=setup.WORKFLOW_NAME)
    assert WorkflowPage.objects.get(page=home).workflow == workflow
    assert topic.get_workflow() == workflow, "every section inherits it"
    assert [task.name for task in workflow.tasks] == [setup.EDITOR_REVIEW, setup.APPRAISAL, setup.CHIEF_APPROVAL]
    assert [group.name for group in workflow.tasks[0].specific.groups.all()] == [roles.EDITOR]

    publishers = GroupPagePermission.objects.filter(
        permission__codename="publish_page", group__name__in=roles.ALL_ROLES
    )
    assert [p.group.name for p in publishers] == [roles.EDITOR_IN_CHIEF]
    collaborator_pages = GroupPagePermission.objects.filter(group__name=roles.COLLABORATOR)
    assert {(p.page_id, p.permission.codename) for p in collaborator_pages} == {(topic.pk, "add_page")}
    assert not GroupPagePermission.objects.filter(group__name__in=[roles.APPRAISER, roles.ADMINISTRATOR]).exists()
    administrators = Group.objects.get(name=roles.ADMINISTRATOR)
    assert administrators.permissions.filter(codename="change_user").exists()
    assert administrators.permissions.filter(codename="change_portalsettings").exists()


def test_demo_portal_has_one_user_per_role(client):
    """`setup_portal` ends with setup_editorial: the demo users log in with the documented password."""
    call_command("setup_portal", verbosity=0)
    home = HomePage.objects.get(locale__language_code="vi")  # the English home is its translation
    assert home.get_workflow().name == setup.WORKFLOW_NAME
    appraised = AppraisalTask.objects.get().sections.values_list("code", flat=True)
    assert list(appraised) == setup.APPRAISED_SECTION_CODES
    sections = TopicIndexPage.objects.child_of(home)
    media = MediaIndexPage.objects.child_of(home)
    collaborator_sections = GroupPagePermission.objects.filter(group__name=roles.COLLABORATOR).values_list("page_id")
    assert {pk for (pk,) in collaborator_sections} == {
        *sections.values_list("pk", flat=True),
        *media.values_list("pk", flat=True),
    }

    for username, role, _name, agency_name in setup.DEMO_USERS:
        user = get_user_model().objects.get(username=username)
        assert user.groups.filter(name=role).exists()
        assert user.editorial_profile.agency.name == agency_name
        assert client.login(username=username, password=setup.DEMO_PASSWORD)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
        client.logout()

    # The English pages at /en/ go through the same board: the editor may edit them, and a change
    # there starts the same review chain rather than going live unreviewed.
    english = HomePage.objects.get(locale__language_code="en")
    assert english.get_workflow().name == setup.WORKFLOW_NAME
    english_page = english.get_children().first()
    assert english_page.get_workflow().name == setup.WORKFLOW_NAME
    client.login(username="bientap", password=setup.DEMO_PASSWORD)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[english_page.pk])).status_code == 200
    client.logout()

    client.login(username="ctv_sonoivu", password=setup.DEMO_PASSWORD)
    section = sections.first()
    assert (
        client.get(reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", section.pk])).status_code == 200
    )
    assert (
        client.get(reverse("wagtailadmin_pages:add", args=["news", "mediaitempage", media.get().pk])).status_code == 200
    )


def test_administrator_manages_users_groups_and_settings_not_content(client, home, topic):
    """Quản trị: users, groups, profiles (agencies), the portal settings and the workflow's tasks; no pages."""
    from editorial.factories import UserFactory

    call_command("setup_editorial", verbosity=0)
    client.force_login(UserFactory(username="quantri", role=roles.ADMINISTRATOR))
    for url in [
        "/admin/users/",
        "/admin/groups/",
        "/admin/snippets/editorial/editorialprofile/",
        "/admin/settings/news/portalsettings/",
        "/admin/workflows/tasks/index/",
    ]:
        response = client.get(url, follow=True)
        assert response.status_code == 200 and response.request["PATH_INFO"].startswith(url), url
    refused = client.get(reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", topic.pk]))
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
