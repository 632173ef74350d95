"""Fixtures: the editorial board as setup_editorial builds it, and its members (helpers: helpers.py)."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from editorial import roles, setup
from editorial.factories import UserFactory
from editorial.models import AppraisalTask
from news.factories import AgencyFactory, TopicIndexPageFactory
from tests.editorial.helpers import make_draft


@pytest.fixture
def editorial(home, topic):
    """Groups, permissions and the review workflow on the home page; appraisal switched off everywhere."""
    result = setup.setup_editorial()
    appraisal = AppraisalTask.objects.get()
    appraisal.sections.clear()
    return SimpleNamespace(workflow=result["workflow"], appraisal=appraisal)


@pytest.fixture
def appraised_topic(home, editorial):
    """A section whose pages need the Department of Information and Communications' appraisal."""
    section = TopicIndexPageFactory(parent=home, title="Chuyển đổi số", slug="chuyen-doi-so", code="1.3")
    editorial.appraisal.sections.add(section)
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=roles.COLLABORATOR), page=section, permission_type="add"
    )
    return section


@pytest.fixture
def agency(db):
    return AgencyFactory(name="Sở Nội vụ tỉnh Lào Cai", slug="so-noi-vu")


@pytest.fixture
def other_agency(db):
    return AgencyFactory(name="Ủy ban nhân dân huyện Bát Xát", slug="ubnd-bat-xat")


@pytest.fixture
def people(editorial, agency, other_agency):
    """One member per role, two where a second pair of eyes is needed."""
    return SimpleNamespace(
        collaborator=UserFactory(username="ctv", role=roles.COLLABORATOR, agency=agency),
        other_collaborator=UserFactory(username="ctv_batxat", role=roles.COLLABORATOR, agency=other_agency),
        editor=UserFactory(username="bientap", role=roles.EDITOR, agency=agency),
        second_editor=UserFactory(username="bientap2", role=roles.EDITOR, agency=agency),
        appraiser=UserFactory(username="thamdinh", role=roles.APPRAISER),
        chief=UserFactory(username="truongban", role=roles.EDITOR_IN_CHIEF),
        second_chief=UserFactory(username="photruongban", role=roles.EDITOR_IN_CHIEF),
        administrator=UserFactory(username="quantri", role=roles.ADMINISTRATOR),
    )


@pytest.fixture
def draft(topic, people, agency):
    return make_draft(topic, people.collaborator, agency)
