"""Who may grant what: only a superuser makes superusers, editors-in-chief and administrators;
every grant is in the history; the rules follow permissions, not the groups' names."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from editorial import roles, services
from editorial.factories import UserFactory
from tests.editorial.helpers import as_user, fresh

pytestmark = pytest.mark.django_db

User = get_user_model()
ROLES_CHANGED = "editorial.roles_changed"
STRONG_PASSWORD = "Cải-cách-hành-chính-2026!"  # noqa: S105 - a test account's password


def group(name):
    return Group.objects.get(name=name)


def new_user_form(username, *group_names, **extra):
    data = {
        "username": username,
        "email": f"{username}@cchc.laocai.gov.vn",
        "first_name": "Lê Văn",
        "last_name": "An",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "groups": [group(name).pk for name in group_names],
    }
    data.update(extra)
    return data


def edit_user_form(user, *group_names, **extra):
    data = {
        "username": user.username,
        "email": user.email or f"{user.username}@cchc.laocai.gov.vn",
        "first_name": user.first_name or "Lê",
        "last_name": user.last_name or "An",
        "is_active": "on",
        "groups": [group(name).pk for name in group_names],
    }
    data.update(extra)
    return data


def test_administrator_cannot_create_a_superuser(client, people):
    """A forged is_superuser=on is ignored: the field is not on the administrator's form."""
    response = as_user(client, people.administrator).post(
        "/admin/users/new/", new_user_form("kehoach", roles.COLLABORATOR, is_superuser="on")
    )
    assert response.status_code == 302
    created = User.objects.get(username="kehoach")
    assert not created.is_superuser
    assert set(created.groups.values_list("name", flat=True)) == {roles.COLLABORATOR}


def test_administrator_cannot_make_anyone_superuser_or_editor_in_chief(client, people):
    admin = as_user(client, people.administrator)
    page = admin.get(f"/admin/users/edit/{people.editor.pk}/")
    assert page.status_code == 200
    assert 'name="is_superuser"' not in page.content.decode()
    assert f'value="{group(roles.EDITOR_IN_CHIEF).pk}"' not in page.content.decode()

    response = admin.post(
        f"/admin/users/edit/{people.editor.pk}/",
        edit_user_form(people.editor, roles.EDITOR, roles.EDITOR_IN_CHIEF, is_superuser="on"),
    )
    assert response.status_code == 200  # the form again, with the refusal
    editor = User.objects.get(pk=people.editor.pk)
    assert not editor.is_superuser
    assert set(editor.groups.values_list("name", flat=True)) == {roles.EDITOR}


def test_administrator_cannot_promote_itself(client, people):
    admin = people.administrator
    response = as_user(client, admin).post(
        f"/admin/users/edit/{admin.pk}/", edit_user_form(admin, roles.ADMINISTRATOR, roles.EDITOR_IN_CHIEF)
    )
    assert response.status_code == 200
    assert not User.objects.get(pk=admin.pk).groups.filter(name=roles.EDITOR_IN_CHIEF).exists()


def test_administrator_cannot_take_over_the_chiefs_account(client, people):
    """Resetting the editor-in-chief's password would hand the administrator its powers."""
    response = as_user(client, people.administrator).post(
        f"/admin/users/edit/{people.chief.pk}/",
        edit_user_form(people.chief, roles.EDITOR_IN_CHIEF, password1=STRONG_PASSWORD, password2=STRONG_PASSWORD),
    )
    assert response.status_code in {302, 403}
    assert not User.objects.get(pk=people.chief.pk).check_password(STRONG_PASSWORD)


def test_administrator_manages_the_other_roles_and_it_is_logged(client, people):
    response = as_user(client, people.administrator).post(
        f"/admin/users/edit/{people.collaborator.pk}/",
        edit_user_form(people.collaborator, roles.COLLABORATOR, roles.APPRAISER),
    )
    assert response.status_code == 302
    assert User.objects.get(pk=people.collaborator.pk).groups.filter(name=roles.APPRAISER).exists()
    entry = (
        ModelLogEntry.objects.filter(action=ROLES_CHANGED, object_id=str(people.collaborator.pk))
        .order_by("-id")
        .first()
    )
    assert entry is not None
    assert entry.user_id == people.administrator.pk
    assert roles.APPRAISER in entry.data["groups"]


def test_superuser_grants_editor_in_chief_and_superuser_and_it_is_logged(client, people):
    boss = UserFactory(username="sieuquantri", is_superuser=True)
    response = as_user(client, boss).post(
        f"/admin/users/edit/{people.editor.pk}/",
        edit_user_form(people.editor, roles.EDITOR, roles.EDITOR_IN_CHIEF, is_superuser="on"),
    )
    assert response.status_code == 302
    editor = User.objects.get(pk=people.editor.pk)
    assert editor.is_superuser
    assert editor.groups.filter(name=roles.EDITOR_IN_CHIEF).exists()
    entries = ModelLogEntry.objects.filter(action=ROLES_CHANGED, object_id=str(editor.pk))
    assert entries.filter(user=boss, data__is_superuser=True).exists()


def test_superuser_flag_changed_in_the_shell_is_logged(people):
    people.editor.is_superuser = True
    people.editor.save()
    entries = ModelLogEntry.objects.filter(action=ROLES_CHANGED, object_id=str(people.editor.pk))
    assert entries.filter(data__is_superuser=True).count() == 1


def test_administrator_cannot_edit_groups(client, people):
    """Whoever edits a group's permissions could give their own group the power to publish."""
    response = as_user(client, people.administrator).get(f"/admin/groups/edit/{group(roles.COLLABORATOR).pk}/")
    assert response.status_code in {302, 403}


def test_renaming_groups_switches_no_rule_off(draft, people, agency, other_agency):
    """The rules ask for permissions: a renamed group keeps its members' powers and limits."""
    group(roles.EDITOR_IN_CHIEF).__class__.objects.filter(name=roles.EDITOR_IN_CHIEF).update(name="Lãnh đạo Ban")
    group(roles.COLLABORATOR).__class__.objects.filter(name=roles.COLLABORATOR).update(name="CTV")
    chief = User.objects.get(pk=people.chief.pk)
    services.force_publish(draft, chief, "Thông báo khẩn của UBND tỉnh, phải đăng ngay.")
    assert fresh(draft).live

    # The renamed collaborators' group still limits its members to their agency's drafts.
    outsider = User.objects.get(pk=people.other_collaborator.pk)
    assert roles.is_limited_to_own_agency(outsider)
