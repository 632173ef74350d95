"""Collaborators work inside their agency: their new pages take it, and other agencies' drafts stay hidden."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission

from editorial import roles
from editorial.factories import UserFactory
from tests.editorial.helpers import as_user, make_draft, make_live

pytestmark = pytest.mark.django_db


def test_explorer_hides_other_agencies_drafts_from_collaborators(client, topic, people, agency, other_agency):
    """The section listing shows a collaborator their agency's drafts and everyone's published pages."""
    make_draft(topic, people.editor, agency, title="Nháp cùng đơn vị")
    make_draft(topic, people.other_collaborator, other_agency, title="Nháp đơn vị khác")
    make_live(topic, people.other_collaborator, other_agency, title="Bài đã đăng của đơn vị khác")
    explore = reverse("wagtailadmin_explore", args=[topic.pk])

    html = as_user(client, people.collaborator).get(explore).content.decode()
    assert "Nháp cùng đơn vị" in html
    assert "Bài đã đăng của đơn vị khác" in html
    assert "Nháp đơn vị khác" not in html

    html = as_user(client, people.editor).get(explore).content.decode()
    assert "Nháp đơn vị khác" in html


def test_opening_another_agencys_draft_is_refused(client, topic, people, agency, other_agency):
    """Collaborators edit only their own pages (Wagtail's "add" permission), so Wagtail refuses first."""
    page = make_draft(topic, people.other_collaborator, other_agency)
    response = as_user(client, people.collaborator).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_agency_rule_holds_when_collaborators_may_edit_each_others_drafts(client, topic, people, agency, other_agency):
    """If an administrator lets collaborators edit every draft of a section, the agency rule still refuses,
    and says why; a colleague's draft of the same agency opens."""
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=roles.COLLABORATOR), page=topic, permission_type="change"
    )
    colleague = UserFactory(username="ctv2", role=roles.COLLABORATOR, agency=agency)
    same_agency = make_draft(topic, colleague, agency, title="Nháp của đồng nghiệp")
    other = make_draft(topic, people.other_collaborator, other_agency, title="Nháp đơn vị khác")
    as_user(client, people.collaborator)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[other.pk]))
    assert response.status_code == 403
    assert "bản nháp của cơ quan, đơn vị khác" in response.content.decode()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[same_agency.pk])).status_code == 200


def test_a_new_page_takes_its_authors_agency(client, topic, people, agency):
    """The create form comes with the collaborator's agency already chosen, and the chooser opens for them."""
    as_user(client, people.collaborator)
    html = client.get(reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", topic.pk])).content.decode()
    assert f'name="agency" value="{agency.pk}"' in html
    assert client.get("/admin/snippets/choose/news/agency/").status_code == 200
