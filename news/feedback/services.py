"""One function per change of a feedback item: submit, answer, publish, unpublish, reject, reopen.

Each checks the user's permission and that its step is allowed from the item's status
(`transitions.STEPS`) before it changes anything, then writes Wagtail's audit log, so the
admin and any script behave alike.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from news.feedback.images import clean_image_file
from news.feedback.transitions import NEW, next_status, via_answer
from news.models import FeedbackStatus

PERMISSION = "news.change_feedback"


@transaction.atomic
def submit(form):
    """Stores a valid public submission as a new item; the sender's address is not kept."""
    feedback = form.save(commit=False)
    feedback.status = FeedbackStatus.NEW
    upload = form.cleaned_data.get("image")
    feedback.image = None
    if upload:
        feedback.image.save("anh.jpg", clean_image_file(upload), save=False)
    feedback.save()
    log(instance=feedback, action="news.feedback.submit", user=None)
    return feedback


def check_permission(user):
    if user is None or not user.has_perm(PERMISSION):
        raise PermissionDenied("Bạn không có quyền xử lý góp ý.")


def answer(feedback, *, user, text):
    """Records (or corrects) the answer. An item already published stays published with the new answer."""
    check_permission(user)
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Cần nhập nội dung trả lời."))
    feedback.status = next_status(feedback, "answer")
    feedback.answer = text
    feedback.answered_at = timezone.now()
    feedback.answered_by = user
    feedback.save()
    log(instance=feedback, action="news.feedback.answer", user=user)
    return feedback


def publish(feedback, *, user):
    """Shows the question and its answer on the public page (without the sender's contact details)."""
    check_permission(user)
    status = next_status(feedback, "publish")
    if not feedback.answer.strip():  # answered once, then the answer was cleared in the admin
        raise ValidationError(_("Chỉ công khai được góp ý đã có trả lời."))
    feedback.status = status
    feedback.published_at = timezone.now()
    feedback.save()
    log(instance=feedback, action="news.feedback.publish", user=user)
    return feedback


def unpublish(feedback, *, user):
    """Takes a published item off the public page; it stays answered."""
    check_permission(user)
    feedback.status = next_status(feedback, "unpublish")
    feedback.published_at = None
    feedback.save()
    log(instance=feedback, action="news.feedback.unpublish", user=user)
    return feedback


def reject(feedback, *, user, note=""):
    """Keeps the item out of public view for good (spam, abuse, out of scope); it stays stored."""
    check_permission(user)
    feedback.status = next_status(feedback, "reject")
    feedback.published_at = None
    if note:
        feedback.note = note
    feedback.save()
    log(instance=feedback, action="news.feedback.reject", user=user)
    return feedback


def reopen(feedback, *, user):
    """Brings a rejected item back to moderation (answered if it has an answer, else new)."""
    check_permission(user)
    status = next_status(feedback, "reopen")
    feedback.status = status if feedback.answer.strip() else NEW
    feedback.save()
    log(instance=feedback, action="news.feedback.reopen", user=user)
    return feedback


SERVICES = {"publish": publish, "unpublish": unpublish, "reject": reject, "reopen": reopen}


def apply_step(feedback, step, *, user):
    """Runs one moderation step chosen in the admin form, after the form saved the edits.

    The answer typed in the form is recorded first when the step asks for it, or when the
    step becomes allowed only once the item is answered (publishing a new item).
    """
    if step == "answer" or via_answer(feedback.status, step):
        answer(feedback, user=user, text=feedback.answer)
    if step != "answer":
        SERVICES[step](feedback, user=user)
    return feedback
