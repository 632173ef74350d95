"""The admin's page search, scoped like the explorer: collaborators never see other agencies' drafts.

Wagtail's page search has no hook for its queryset (the explorer and the chooser do), so
its view is subclassed here and mounted at Wagtail's own URLs ahead of the admin
(portal/urls.py).
"""

from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import base_page_viewset

from editorial import roles


class AgencyScopedSearchView(SearchView):
    def annotate_queryset(self, pages):
        # SearchView.get_queryset sets self.all_pages (the facet counts) and then calls this
        # before running the search: both are narrowed here, so neither titles nor counts leak.
        hidden = roles.hidden_drafts_q(self.request.user)
        self.all_pages = self.all_pages.exclude(hidden)
        return super().annotate_queryset(pages.exclude(hidden))


search = base_page_viewset.construct_view(AgencyScopedSearchView)
search_results = base_page_viewset.construct_view(AgencyScopedSearchView, results_only=True)
