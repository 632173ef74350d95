"""The public feedback page: GET shows the form and the published Q&A; POST takes a submission.

- a client over the limit (news.feedback.rate_limit) gets 429 and the form back, filled in;
- a post with the honeypot filled is answered like a success and dropped;
- a post with errors comes back filled in with the messages (a picture must be chosen again:
  browsers never refill a file input, and the message says so);
- a good post is stored, its picture re-encoded without metadata (no GPS position), and the
  sender is redirected to the page with their reference number (post/redirect/get).
"""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from news.feedback.forms import HONEYPOT, FeedbackForm
from news.feedback.rate_limit import count_post, is_rate_limited
from news.feedback.services import submit
from news.listing_filters import paginate
from news.models import Feedback

RATE_LIMITED_MESSAGE = _(
    "Bạn đã gửi nhiều góp ý trong thời gian ngắn. Xin vui lòng thử lại sau một giờ; "
    "nội dung bạn đã nhập vẫn được giữ nguyên dưới đây."
)
IMAGE_AGAIN_MESSAGE = _("Nếu bạn có đính kèm ảnh, xin vui lòng chọn lại ảnh trước khi gửi.")


def serve_page(page, request):
    """GET shows the form and the published Q&A; POST takes a submission (see the module docstring)."""
    if request.method == "POST":
        form = FeedbackForm(request.POST, request.FILES)
        if is_rate_limited(request):
            return render(page, request, form, status=429, alert=RATE_LIMITED_MESSAGE, image_again=bool(request.FILES))
        if request.POST.get(HONEYPOT):
            count_post(request)
            return HttpResponseRedirect(page.url + "#gui-thanh-cong")
        if form.is_valid():
            feedback = submit(form)
            count_post(request)
            messages.success(
                request,
                _(
                    "Cảm ơn bạn đã gửi góp ý. Mã số góp ý của bạn là %(reference)s. Ban biên tập sẽ trả lời "
                    "qua thư điện tử hoặc điện thoại bạn đã để lại."
                )
                % {"reference": feedback.reference},
            )
            return HttpResponseRedirect(page.url + "#gui-thanh-cong")
        return render(page, request, form, image_again=bool(request.FILES))
    return render(page, request, FeedbackForm())


def render(page, request, form, status=200, alert="", image_again=False):
    """The page with the form as it stands: what was typed, and the messages of a bound form."""
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "alert": alert,
            "image_again": IMAGE_AGAIN_MESSAGE if image_again else "",
            "page_obj": paginate(Feedback.objects.published(), request.GET.get("page")),
        }
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)
