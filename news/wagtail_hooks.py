from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import Agency
from news.page_cache import mark_cacheable


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = "Cơ quan, đơn vị"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]


register_snippet(AgencyViewSet)


@hooks.register("before_serve_page")
def allow_anonymous_page_cache(page, request, serve_args, serve_kwargs):
    mark_cacheable(page, request)
