"""Wagtail's other ways of making a page public are closed too, for every role including the chief."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.editorial.helpers import as_user, edit_form, fresh, make_live, snapshot

pytestmark = pytest.mark.django_db

PUBLISH_REFUSED = "chỉ lên cổng qua quy trình duyệt bài"


def test_bulk_publish_is_refused(client, draft, people):
    """Publishing from the explorer's bulk actions is refused, the chief included."""
    before = snapshot(draft)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={draft.pk}"
    response = as_user(client, people.chief).post(url)
    assert response.status_code == 403 and PUBLISH_REFUSED in response.content.decode()
    assert snapshot(draft) == before


def test_reverting_to_a_revision_and_publishing_is_refused(client, draft, people):
    """Reverting to an older revision and publishing it at once is refused before anything is saved."""
    revision = fresh(draft).get_latest_revision()
    before = snapshot(draft)
    response = as_user(client, people.chief).post(
        reverse("wagtailadmin_pages:revisions_revert", args=[draft.pk, revision.pk]),
        edit_form(draft, **{"action-publish": "1"}),
    )
    assert response.status_code == 403 and PUBLISH_REFUSED in response.content.decode()
    assert snapshot(draft) == before


def test_copying_a_page_as_published_is_refused(client, topic, people, agency):
    """A copy cannot be published on the spot: it has to go through review like any page."""
    page = make_live(topic, people.collaborator, agency)
    before = snapshot(page)
    response = as_user(client, people.chief).post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": "Bản sao", "new_slug": "ban-sao", "new_parent_page": topic.pk, "publish_copies": "on"},
    )
    assert response.status_code == 403
    assert snapshot(page) == before


def test_bulk_unpublish_goes_through_the_board_rules(client, topic, people, agency):
    """The chief may unpublish in bulk (each one logged and announced); an editor may not."""
    page = make_live(topic, people.collaborator, agency)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"]) + f"?id={page.pk}"
    # Wagtail drops the pages an editor may not unpublish before the board's rules run: nothing is taken
    # off, and the editor is told so rather than "0 pages unpublished".
    refused = as_user(client, people.editor).post(url)
    assert refused.status_code == 403
    assert "Bạn không có quyền gỡ bài nào trong số đã chọn khỏi cổng" in refused.content.decode()
    assert not get_messages(refused.wsgi_request)
    assert fresh(page).live
    response = as_user(client, people.chief).post(url)
    assert response.status_code == 302
    assert not fresh(page).live
