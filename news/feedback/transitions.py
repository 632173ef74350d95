"""The moderation steps of a feedback item: from which status each may start and where it leads.

One table, read by the services (which refuse a step its status does not allow, with the
step's own message) and by the admin form (which offers only the steps the status allows).
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from news.models import FeedbackStatus

NEW, ANSWERED, PUBLISHED, REJECTED = (
    FeedbackStatus.NEW,
    FeedbackStatus.ANSWERED,
    FeedbackStatus.PUBLISHED,
    FeedbackStatus.REJECTED,
)


@dataclass(frozen=True)
class Step:
    label: str  # the choice in the admin form's "Xử lý" field
    moves: dict  # {status it may start from: status it leads to}
    refusal: str  # the message when the item's status is not among the moves


STEPS = {
    # Correcting the answer of a published item keeps it published, with the new answer.
    "answer": Step(
        _("Lưu trả lời"),
        {NEW: ANSWERED, ANSWERED: ANSWERED, PUBLISHED: PUBLISHED},
        _("Góp ý đã được xếp «không công khai»: hãy mở lại trước khi trả lời."),
    ),
    "publish": Step(
        _("Công khai câu hỏi và trả lời"), {ANSWERED: PUBLISHED}, _("Chỉ công khai được góp ý đã có trả lời.")
    ),
    "unpublish": Step(_("Gỡ khỏi trang công khai"), {PUBLISHED: ANSWERED}, _("Góp ý này chưa được công khai.")),
    "reject": Step(
        _("Không công khai"),
        {NEW: REJECTED, ANSWERED: REJECTED, PUBLISHED: REJECTED},
        _("Góp ý này đã được xếp «không công khai»."),
    ),
    # Back to NEW instead when the item was rejected before anyone answered it (see services.reopen).
    "reopen": Step(_("Mở lại để xử lý"), {REJECTED: ANSWERED}, _("Chỉ mở lại được góp ý đã xếp «không công khai».")),
}


def next_status(feedback, step):
    """The status `step` takes this item to; ValidationError with the step's message if not from here."""
    moves = STEPS[step].moves
    if feedback.status not in moves:
        raise ValidationError(STEPS[step].refusal)
    return moves[feedback.status]


def via_answer(status, step):
    """True when `step` is not allowed from `status` but is once the item is answered: the admin
    form records the answer typed with it first, so a new item is answered and published in one go."""
    moves = STEPS[step].moves
    return status not in moves and STEPS["answer"].moves.get(status) in moves


def steps_from(status):
    """The steps the admin form offers an item in `status`, in the table's order."""
    return [name for name, step in STEPS.items() if status in step.moves or via_answer(status, name)]
