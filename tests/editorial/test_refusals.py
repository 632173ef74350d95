"""Every refusal of an editorial action says exactly why, in the words the admin shows, and changes nothing.

One row per refusal in editorial/services.py: the situation, who tries, and the message word
for word (a message with a typo, wrapped in debugging marks or empty is a message the user
cannot act on). The permission matrix (test_permission_matrix.py) says who may do what; this
file says what they read when they may not.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Task, WorkflowPage

from editorial import roles, services, setup
from news.factories import TopicIndexPageFactory
from tests.editorial.helpers import advance_to, fresh, in_future, make_draft, make_live, snapshot

pytestmark = pytest.mark.django_db

STEP_OVER = "Bước duyệt này đã kết thúc; hãy tải lại trang."  # a form left open in another tab after its step ended
NOT_IN_REVIEW = "Bài “Bộ phận một cửa cấp xã trả kết quả sớm” không ở trong quy trình duyệt."


def submitted(ctx):
    services.submit(ctx.draft, ctx.people.collaborator)
    return fresh(ctx.draft)


def at_chief(ctx):
    return advance_to(ctx.draft, ctx.people, setup.CHIEF_APPROVAL)


def live(ctx):
    return make_live(ctx.topic, ctx.people.collaborator, ctx.agency, title="Kết quả chấm điểm CCHC quý I")


def locked_by_editor(ctx):
    page = ctx.draft
    page.locked, page.locked_by, page.locked_at = True, ctx.people.editor, timezone.now()
    page.save()
    return page


def without_workflow(ctx):
    WorkflowPage.objects.all().delete()
    return ctx.draft


def editors_own(ctx):
    page = make_draft(ctx.topic, ctx.people.editor, ctx.agency, title="Bài của biên tập viên")
    services.submit(page, ctx.people.editor)
    return fresh(page)


def past(**delta):
    return timezone.now() - datetime.timedelta(**delta)


def stale_step(ctx):
    """The editor's step, already approved: its form is still open in another tab."""
    page = submitted(ctx)
    old = page.current_workflow_task_state
    services.approve(page, ctx.people.editor)
    return fresh(page), old


def stale_final_step(ctx):
    """The chief's step, sent back by the chief and resubmitted by the author: the old form is still open."""
    page = at_chief(ctx)
    old = page.current_workflow_task_state
    services.request_changes(page, ctx.people.chief, "Bổ sung số liệu quý II.")
    services.submit(fresh(page), ctx.people.collaborator)
    return fresh(page), old


def collaborators_may_edit_every_page(ctx):
    """An administrator gave the collaborators' group "change" on the section (Settings → Groups): they
    may now edit other people's pages, but the agency rule still hides another agency's drafts."""
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=roles.COLLABORATOR), page=ctx.topic, permission=change
    )
    return ctx.draft


def chief_may_no_longer_publish(ctx):
    """An administrator took the publish permission from the chief's group (Settings → Groups)."""
    GroupPagePermission.objects.filter(group__name=roles.EDITOR_IN_CHIEF, permission__codename="publish_page").delete()
    return at_chief(ctx)


def forced(ctx):
    return services.force_publish(ctx.draft, ctx.people.chief, "Thông báo khẩn của Ban Chỉ đạo.")


def confirmed(ctx):
    record = forced(ctx)
    return services.confirm_forced_publication(record, ctx.people.editor)


def withdrawn(ctx):
    page = live(ctx)
    services.withdraw(page, ctx.people.chief, "Số liệu đã được đính chính.")
    return page


def live_topic(ctx):
    return TopicIndexPageFactory(parent=ctx.home, title="Chuyển đổi số", slug="chuyen-doi-so")


REFUSALS = {
    "submit: may not edit": (
        lambda ctx: (ctx.draft, lambda page: services.submit(page, ctx.people.other_collaborator)),
        "Bạn không có quyền sửa bài này nên không thể gửi duyệt.",
    ),
    "submit: another agency's draft, though the group may edit every page": (
        lambda ctx: (
            collaborators_may_edit_every_page(ctx),
            lambda page: services.submit(page, ctx.people.other_collaborator),
        ),
        "Bạn không có quyền sửa bài này nên không thể gửi duyệt.",
    ),
    "submit: locked": (
        lambda ctx: (locked_by_editor(ctx), lambda page: services.submit(page, ctx.people.collaborator)),
        "Bài đang bị khóa.",
    ),
    "submit: no workflow": (
        lambda ctx: (without_workflow(ctx), lambda page: services.submit(page, ctx.people.collaborator)),
        "Chuyên mục này chưa gắn quy trình duyệt bài.",
    ),
    "submit: the author, while the page is in review": (
        lambda ctx: (submitted(ctx), lambda page: services.submit(page, ctx.people.collaborator)),
        "Bài đang bị khóa.",
    ),
    "submit: a reviewer, while the page is in review": (
        lambda ctx: (submitted(ctx), lambda page: services.submit(page, ctx.people.editor)),
        "Bài đang chờ duyệt.",
    ),
    "approve: not in review": (
        lambda ctx: (ctx.draft, lambda page: services.approve(page, ctx.people.editor)),
        NOT_IN_REVIEW,
    ),
    "approve: a step already over": (
        lambda ctx: (
            (state := stale_step(ctx))[0],
            lambda page: services.approve(page, ctx.people.chief, task_state=state[1]),
        ),
        STEP_OVER,
    ),
    "approve: the chief's step already over": (
        lambda ctx: (
            (state := stale_final_step(ctx))[0],
            lambda page: services.approve(page, ctx.people.chief, task_state=state[1]),
        ),
        STEP_OVER,
    ),
    "approve: not a reviewer of this step": (
        lambda ctx: (submitted(ctx), lambda page: services.approve(page, ctx.people.appraiser)),
        "Bước “Biên tập viên duyệt” do thành viên nhóm Biên tập viên duyệt.",
    ),
    "approve: own submission": (
        lambda ctx: (editors_own(ctx), lambda page: services.approve(page, ctx.people.editor)),
        "Bạn đã gửi hoặc sửa lần cuối phiên bản này nên không thể tự duyệt ở bước “Biên tập viên duyệt”; "
        "cần một thành viên khác của nhóm duyệt.",
    ),
    "request changes: no comment": (
        lambda ctx: (submitted(ctx), lambda page: services.request_changes(page, ctx.people.editor, "  \n ")),
        "Hãy ghi rõ nội dung cần chỉnh sửa.",
    ),
    "request changes: not in review": (
        lambda ctx: (ctx.draft, lambda page: services.request_changes(page, ctx.people.editor, "Sửa tiêu đề.")),
        NOT_IN_REVIEW,
    ),
    "request changes: a step already over": (
        lambda ctx: (
            (state := stale_step(ctx))[0],
            lambda page: services.request_changes(page, ctx.people.chief, "Sửa tiêu đề.", task_state=state[1]),
        ),
        STEP_OVER,
    ),
    "request changes: not a reviewer of this step": (
        lambda ctx: (submitted(ctx), lambda page: services.request_changes(page, ctx.people.chief, "Sửa tiêu đề.")),
        "Bước “Biên tập viên duyệt” do thành viên nhóm Biên tập viên duyệt.",
    ),
    "publish: not the last step": (
        lambda ctx: (submitted(ctx), lambda page: services.publish(page, ctx.people.chief)),
        "Bài chưa qua đủ các bước duyệt; chỉ bước cuối cùng mới xuất bản bài.",
    ),
    "publish: not in review": (
        lambda ctx: (ctx.draft, lambda page: services.publish(page, ctx.people.chief)),
        NOT_IN_REVIEW,
    ),
    "publish: not the chief": (
        lambda ctx: (at_chief(ctx), lambda page: services.publish(page, ctx.people.editor)),
        "Bước “Trưởng ban biên tập duyệt xuất bản” do thành viên nhóm Trưởng ban biên tập duyệt.",
    ),
    "publish: a step already over": (
        lambda ctx: (
            (state := stale_final_step(ctx))[0],
            lambda page: services.publish(page, ctx.people.chief, task_state=state[1]),
        ),
        STEP_OVER,
    ),
    "publish: the chief's group may no longer publish": (
        lambda ctx: (chief_may_no_longer_publish(ctx), lambda page: services.publish(page, ctx.people.chief)),
        "Chỉ Trưởng ban biên tập được duyệt xuất bản.",
    ),
    "schedule: not the chief": (
        lambda ctx: (
            at_chief(ctx),
            lambda page: services.schedule(page, ctx.people.editor, go_live_at=in_future(days=1)),
        ),
        "Chỉ Trưởng ban biên tập được lên lịch xuất bản.",
    ),
    "schedule: no time": (
        lambda ctx: (at_chief(ctx), lambda page: services.schedule(page, ctx.people.chief)),
        "Hãy chọn thời điểm xuất bản hoặc thời điểm hết hạn.",
    ),
    "schedule: go-live in the past": (
        lambda ctx: (at_chief(ctx), lambda page: services.schedule(page, ctx.people.chief, go_live_at=past(minutes=1))),
        "Thời điểm xuất bản phải ở tương lai.",
    ),
    "schedule: expiry in the past": (
        lambda ctx: (live(ctx), lambda page: services.schedule(page, ctx.people.chief, expire_at=past(minutes=1))),
        "Thời điểm hết hạn phải sau thời điểm xuất bản.",
    ),
    "schedule: expiry before go-live": (
        lambda ctx: (
            at_chief(ctx),
            lambda page: services.schedule(
                page, ctx.people.chief, go_live_at=in_future(days=2), expire_at=in_future(days=1)
            ),
        ),
        "Thời điểm hết hạn phải sau thời điểm xuất bản.",
    ),
    "schedule: expiry at go-live": (
        lambda ctx: (
            at_chief(ctx),
            lambda page: services.schedule(page, ctx.people.chief, go_live_at=(at := in_future(days=2)), expire_at=at),
        ),
        "Thời điểm hết hạn phải sau thời điểm xuất bản.",
    ),
    "schedule: before the chief's step": (
        lambda ctx: (
            submitted(ctx),
            lambda page: services.schedule(page, ctx.people.chief, go_live_at=in_future(days=1)),
        ),
        "Chỉ lên lịch được khi bài đã tới bước Trưởng ban duyệt.",
    ),
    "schedule: a draft not sent for review": (
        lambda ctx: (ctx.draft, lambda page: services.schedule(page, ctx.people.chief, go_live_at=in_future(days=1))),
        "Bài chưa qua duyệt: hãy gửi duyệt trước khi lên lịch.",
    ),
    "schedule: go-live of a live page": (
        lambda ctx: (live(ctx), lambda page: services.schedule(page, ctx.people.chief, go_live_at=in_future(days=1))),
        "Bài đã xuất bản; chỉ đặt được thời điểm hết hạn.",
    ),
    "force publish: not the chief": (
        lambda ctx: (ctx.draft, lambda page: services.force_publish(page, ctx.people.editor, "Thông báo khẩn.")),
        "Chỉ Trưởng ban biên tập được xuất bản không qua duyệt.",
    ),
    "force publish: reason too short": (
        lambda ctx: (ctx.draft, lambda page: services.force_publish(page, ctx.people.chief, "  Gấp lắm  ")),
        "Hãy ghi rõ lý do xuất bản không qua duyệt (ít nhất 10 ký tự).",
    ),
    "force publish: nothing to publish": (
        lambda ctx: (live(ctx), lambda page: services.force_publish(page, ctx.people.chief, "Thông báo khẩn.")),
        "Bài đã xuất bản và không có thay đổi nào chờ xuất bản.",
    ),
    "confirm: a collaborator": (
        lambda ctx: (
            (record := forced(ctx)).page,
            lambda page: services.confirm_forced_publication(record, ctx.people.collaborator),
        ),
        "Chỉ biên tập viên hoặc Trưởng ban xác nhận được bài xuất bản không qua duyệt.",
    ),
    "confirm: who published it": (
        lambda ctx: (
            (record := forced(ctx)).page,
            lambda page: services.confirm_forced_publication(record, ctx.people.chief),
        ),
        "Người đã xuất bản không thể tự xác nhận; cần một biên tập viên khác.",
    ),
    "confirm: twice": (
        lambda ctx: (
            (record := confirmed(ctx)).page,
            lambda page: services.confirm_forced_publication(record, ctx.people.second_editor),
        ),
        "Bài này đã được xác nhận.",
    ),
    "unpublish: not the chief": (
        lambda ctx: (live(ctx), lambda page: services.unpublish(page, ctx.people.editor)),
        "Chỉ Trưởng ban biên tập được gỡ bài.",
    ),
    "withdraw: not the chief": (
        lambda ctx: (live(ctx), lambda page: services.withdraw(page, ctx.people.editor, "Số liệu đã được đính chính.")),
        "Chỉ Trưởng ban biên tập được rút bài.",
    ),
    "withdraw: a section": (
        lambda ctx: (
            live_topic(ctx),
            lambda page: services.withdraw(page, ctx.people.chief, "Số liệu đã được đính chính."),
        ),
        "Chỉ rút được tin bài, mô hình, gương điển hình.",
    ),
    "withdraw: a draft": (
        lambda ctx: (ctx.draft, lambda page: services.withdraw(page, ctx.people.chief, "Số liệu đã được đính chính.")),
        "Bài chưa xuất bản nên không cần rút; hãy dùng chức năng gỡ bài.",
    ),
    "withdraw: twice": (
        lambda ctx: (
            withdrawn(ctx),
            lambda page: services.withdraw(page, ctx.people.chief, "Số liệu đã được đính chính."),
        ),
        "Bài đã được rút trước đó.",
    ),
    "withdraw: reason too short": (
        lambda ctx: (live(ctx), lambda page: services.withdraw(page, ctx.people.chief, "123456789")),
        "Hãy ghi rõ lý do rút bài (ít nhất 10 ký tự).",
    ),
}


@pytest.fixture
def ctx(home, topic, agency, people, draft):
    return SimpleNamespace(home=home, topic=topic, agency=agency, people=people, draft=draft)


@pytest.mark.parametrize(("situation", "refused_with"), REFUSALS.values(), ids=REFUSALS.keys())
def test_each_refusal_says_exactly_why_and_changes_nothing(ctx, situation, refused_with):
    page, attempt = situation(ctx)
    before = snapshot(page)
    with pytest.raises(services.ActionRefused) as refused:
        attempt(page)
    assert str(refused.value) == refused_with
    assert snapshot(page) == before


def test_a_step_the_page_is_not_at_is_named(ctx):
    """An approve form for another step (the chief's, while the editor reviews) names the current one."""
    page = submitted(ctx)
    chief_step = Task.objects.get(name=setup.CHIEF_APPROVAL)
    assert services.review_refusal(page, ctx.people.chief, task=chief_step) == "Bài đang ở bước “Biên tập viên duyệt”."
    assert services.review_refusal(page, ctx.people.editor) is None


def test_a_reason_of_exactly_ten_characters_is_enough(ctx):
    """The minimum counts the reason without the spaces around it."""
    record = services.force_publish(ctx.draft, ctx.people.chief, "  Tin khẩn 1  ")
    assert record.reason == "Tin khẩn 1"
    assert fresh(ctx.draft).live


def test_asked_about_a_page_not_in_review_the_refusal_says_so(ctx):
    """The admin asks review_refusal() directly to explain a missing approve button."""
    assert services.review_refusal(ctx.draft, ctx.people.editor) == NOT_IN_REVIEW


def test_a_step_reviewed_by_two_groups_names_both(ctx):
    page = submitted(ctx)
    editor_step = Task.objects.get(name=setup.EDITOR_REVIEW).specific
    editor_step.groups.add(Group.objects.get(name=roles.EDITOR_IN_CHIEF))
    refusal = services.review_refusal(page, ctx.people.appraiser)
    prefix, suffix = "Bước “Biên tập viên duyệt” do thành viên nhóm ", " duyệt."
    assert refusal.startswith(prefix) and refusal.endswith(suffix)
    assert sorted(refusal[len(prefix) : -len(suffix)].split(", ")) == sorted([roles.EDITOR, roles.EDITOR_IN_CHIEF])
