"""Site-wide views that belong to no app."""

from django.http import HttpResponseServerError
from django.template import loader

from news.identity import names


def server_error(request):
    """The 500 page: plain, with no database query and no context processor that could fail again."""
    return HttpResponseServerError(loader.render_to_string("500.html", names()))
