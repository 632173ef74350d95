"""What the editor-in-chief decides stays as decided: the comment of an approval (or none), an expiry
set on a live page, the pending changes a force publish puts live, who made the revision it publishes;
and what a submission starts from: the revision the author wrote, or one made for a page that had none."""

import pytest
from wagtail.models import PageLogEntry, TaskState

from editorial import services, setup
from news.factories import NewsArticlePageFactory
from tests.editorial.helpers import advance_to, fresh, in_future, make_live

pytestmark = pytest.mark.django_db


def chief_approval(page):
    return TaskState.objects.filter(revision__object_id=str(page.pk), task__name=setup.CHIEF_APPROVAL).latest("pk")


def test_an_approval_without_a_comment_records_none(draft, people):
    page = advance_to(draft, people, setup.CHIEF_APPROVAL)
    services.publish(page, people.chief)
    assert fresh(page).live
    assert chief_approval(page).comment == ""


def test_an_editor_s_approval_without_a_comment_records_none(draft, people):
    services.submit(draft, people.collaborator)
    services.approve(fresh(draft), people.editor)
    step = TaskState.objects.filter(revision__object_id=str(draft.pk), task__name=setup.EDITOR_REVIEW).get()
    assert step.status == TaskState.STATUS_APPROVED and step.comment == ""


def test_the_chief_s_comment_on_the_final_approval_is_kept(draft, people):
    page = advance_to(draft, people, setup.CHIEF_APPROVAL)
    services.approve(page, people.chief, comment="Đồng ý đăng, bổ sung ảnh sau.")
    assert fresh(page).live
    assert chief_approval(page).comment == "Đồng ý đăng, bổ sung ảnh sau."


def test_the_comment_of_a_scheduled_approval_is_kept(draft, people):
    """The chief's note with a go-live time is the approval's comment, as the author and the history show it."""
    page = advance_to(draft, people, setup.CHIEF_APPROVAL)
    services.schedule(page, people.chief, go_live_at=in_future(days=1), comment="Đăng sáng mai, 7 giờ.")
    approval = chief_approval(page)
    assert approval.status == TaskState.STATUS_APPROVED
    assert approval.comment == "Đăng sáng mai, 7 giờ."


def test_an_expiry_set_on_a_live_page_survives_publishing_its_pending_changes(topic, people, agency):
    """The expiry goes into the pending draft too: publishing that draft later must not drop it."""
    page = make_live(topic, people.collaborator, agency)
    page.title = "Lào Cai đẩy mạnh dịch vụ công trực tuyến toàn trình"
    page.save_revision(user=people.collaborator)
    expire_at = in_future(days=30)

    returned = services.schedule(fresh(page), people.chief, expire_at=expire_at)
    assert returned.expire_at == expire_at, "the page handed back says when it expires"
    assert fresh(page).expire_at == expire_at

    fresh(page).get_latest_revision().publish(user=people.chief)
    page = fresh(page)
    assert page.title == "Lào Cai đẩy mạnh dịch vụ công trực tuyến toàn trình"
    assert page.expire_at == expire_at


def test_force_publishing_a_live_page_puts_its_pending_changes_live(topic, people, agency):
    page = make_live(topic, people.collaborator, agency)
    page.title = "Đính chính: Lào Cai đẩy mạnh dịch vụ công trực tuyến"
    page.save_revision(user=people.collaborator)
    assert fresh(page).has_unpublished_changes

    record = services.force_publish(fresh(page), people.chief, "Đính chính khẩn theo yêu cầu của Sở Nội vụ.")
    page = fresh(page)
    assert page.title == "Đính chính: Lào Cai đẩy mạnh dịch vụ công trực tuyến"
    assert not page.has_unpublished_changes
    assert record.revision == page.live_revision and record.revision.user == people.collaborator


def test_a_page_without_any_revision_is_force_published_with_one_made_by_the_chief(topic, people, agency):
    """A page a script made (no revision, like the demo's generated articles) gets its first revision from the
    chief who publishes it, recorded in its history."""
    page = NewsArticlePageFactory(parent=topic, title="Thông báo lịch tiếp công dân", live=False, agency=agency)
    assert page.get_latest_revision() is None

    record = services.force_publish(fresh(page), people.chief, "Lịch tiếp công dân cần đăng ngay hôm nay.")
    assert fresh(page).live
    assert record.revision.user == people.chief
    assert PageLogEntry.objects.filter(page=page, action="wagtail.edit", user=people.chief).exists()


def test_submitting_a_page_without_any_revision_makes_one_by_the_author(topic, people, agency):
    """A page a script made has no revision for the review chain to show: submitting makes one, by whoever
    submits, recorded in the history."""
    page = NewsArticlePageFactory(
        parent=topic, title="Tổng hợp ý kiến người dân", live=False, agency=agency, owner=people.collaborator
    )
    assert page.get_latest_revision() is None
    services.submit(fresh(page), people.collaborator)
    revision = fresh(page).get_latest_revision()
    assert revision is not None and revision.user == people.collaborator
    assert fresh(page).current_workflow_task_state.revision == revision
    assert PageLogEntry.objects.filter(page=page, action="wagtail.edit", user=people.collaborator).exists()


def test_submitting_sends_the_author_s_own_revision_and_makes_no_other(draft, people):
    written = draft.get_latest_revision()
    services.submit(draft, people.collaborator)
    assert fresh(draft).get_latest_revision() == written
    assert fresh(draft).current_workflow_task_state.revision == written
