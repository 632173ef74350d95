"""The "review by" date of pages whose facts age: reform models and exemplary officials.

A model's measured results or an official's position can quietly go out of date. Each such
page carries the date by which its agency should check it again; past it, the board's
"Cần rà soát" report lists it and the agency is reminded (editorial.review_due). The public
page never shows the date.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

REVIEW_INTERVAL_YEARS = 1


def default_review_by(first_published_at):
    """One year after the first publication, in local time (29 February falls back to 28 February)."""
    published_on = timezone.localdate(first_published_at)
    year = published_on.year + REVIEW_INTERVAL_YEARS
    try:
        return published_on.replace(year=year)
    except ValueError:
        return published_on.replace(year=year, day=28)


class ReviewByPage(models.Model):
    """A page with a "review by" date, filled in when it is first published if the editor left it empty.

    Filled in on save rather than by a form default: the first publication date is known
    only then. A revision that leaves the field empty gets the same default back when it is
    published, so "empty" always means "one year after first publishing".
    """

    review_by = models.DateField(
        _("rà soát trước ngày"),
        null=True,
        blank=True,
        help_text=_(
            "Ngày cơ quan, đơn vị cần kiểm tra lại thông tin; quá ngày này bài hiện ở báo cáo “Cần rà soát”. "
            "Để trống: một năm sau ngày xuất bản lần đầu."
        ),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.review_by is None and self.first_published_at is not None:
            self.review_by = default_review_by(self.first_published_at)
            update_fields = kwargs.get("update_fields")
            if update_fields is not None and "review_by" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "review_by"]
        return super().save(*args, **kwargs)
