"""Citizens' feedback: the public form and page, the rate limit, the picture, and moderation.

Moderation follows one table of allowed steps (`transitions.STEPS`: new → answered →
published, or rejected, and back), read by the services and by the admin form.
"""

from news.feedback.admin_forms import FeedbackAdminForm
from news.feedback.forms import FeedbackForm
from news.feedback.services import answer, apply_step, publish, reject, reopen, submit, unpublish
from news.feedback.views import serve_page

__all__ = [
    "FeedbackAdminForm",
    "FeedbackForm",
    "answer",
    "apply_step",
    "publish",
    "reject",
    "reopen",
    "serve_page",
    "submit",
    "unpublish",
]
