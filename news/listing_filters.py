"""One filter form for every public listing (topic sections, documents, media): type, year, tag and page.

A filter value that no form offers comes from a hand-made or stale link: the listing
answers 404 with a Vietnamese message (`FilterError`), never an empty table or a 500.
"""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from taggit.models import Tag

FIRST_YEAR = 1945
LAST_YEAR = 2100


class FilterError(Exception):
    """A filter value no form offers; the message says which, in Vietnamese."""


class ListingFilterForm(forms.Form):
    """The GET parameters of a listing. `kinds` are the allowed `type` values of that listing (none: no type filter)."""

    type = forms.CharField(required=False)
    year = forms.CharField(required=False)
    tag = forms.CharField(required=False, max_length=100)

    def __init__(self, data, kinds=(), kind_error="Không có loại này."):
        super().__init__(data)
        self.kinds = set(kinds)
        self.kind_error = kind_error

    def clean_type(self):
        kind = self.cleaned_data["type"]
        if kind and kind not in self.kinds:
            raise forms.ValidationError(self.kind_error)
        return kind

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year and not (year.isdigit() and len(year) == 4 and FIRST_YEAR <= int(year) <= LAST_YEAR):
            raise forms.ValidationError("Năm không hợp lệ.")
        return int(year) if year else None

    def clean_tag(self):
        slug = self.cleaned_data["tag"]
        if not slug:
            return None
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise forms.ValidationError("Không có từ khóa này.")
        return tag


def read_filters(request, kinds=(), kind_error="Không có loại này."):
    """The cleaned filters of a listing request: {"type": "" or a kind, "year": int or None, "tag": Tag or None}.

    Raises FilterError with the first message when a value is not one the listing offers.
    """
    form = ListingFilterForm(request.GET, kinds=kinds, kind_error=kind_error)
    if not form.is_valid():
        raise FilterError(next(iter(form.errors.values()))[0])
    return form.cleaned_data


def paginate(items, page_number, count=None):
    """One page of a listing; a missing or malformed number gives the first page, too large the last.

    `count`, when known (e.g. cached by content version), spares the COUNT query.
    """
    paginator = Paginator(items, settings.PORTAL_PAGE_SIZE)
    if count is not None:
        paginator.count = count
    return paginator.get_page(page_number)
