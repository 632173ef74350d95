"""The admin's page search hides other agencies' drafts from collaborators, like the explorer does."""

import pytest
from django.urls import reverse

from tests.editorial.helpers import make_draft

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url_name", ["wagtailadmin_pages:search", "wagtailadmin_pages:search_results"])
def test_collaborator_finds_own_drafts_but_not_another_agencys(client, people, topic, agency, other_agency, url_name):
    make_draft(topic, people.collaborator, agency, title="Bản nháp của Sở Nội vụ về một cửa")
    make_draft(topic, people.other_collaborator, other_agency, title="Bản nháp của Bát Xát về một cửa")
    client.force_login(people.collaborator)
    html = client.get(reverse(url_name), {"q": "một cửa"}).content.decode()
    assert "Bản nháp của Sở Nội vụ về một cửa" in html
    assert "Bản nháp của Bát Xát về một cửa" not in html


def test_editors_still_find_every_agencys_drafts(client, people, topic, agency, other_agency):
    make_draft(topic, people.other_collaborator, other_agency, title="Bản nháp của Bát Xát về một cửa")
    client.force_login(people.editor)
    html = client.get(reverse("wagtailadmin_pages:search"), {"q": "một cửa"}).content.decode()
    assert "Bản nháp của Bát Xát về một cửa" in html
