from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from editorial import admin_search
from editorial import views as editorial_views
from news import feeds
from news.sitemap import PortalSitemap
from portal import views as portal_views

urlpatterns = [
    # Ahead of Wagtail's own, at the same addresses: the page search scoped by agency.
    path("admin/pages/search/", admin_search.search),
    path("admin/pages/search/results/", admin_search.search_results),
    # Wagtail's workflow action, followed by a message saying what happened and what comes next.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        editorial_views.workflow_action_with_outcome,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path("robots.txt", portal_views.robots_txt, name="robots"),
    path("feeds/rss/", feeds.latest_rss, name="feed-rss"),
    path("feeds/atom/", feeds.latest_atom, name="feed-atom"),
    path("feeds/<slug:topic_slug>/rss/", feeds.topic_rss, name="topic-feed-rss"),
    path("feeds/<slug:topic_slug>/atom/", feeds.topic_atom, name="topic-feed-atom"),
    path("", include("search.urls")),
    path("", include("news.speech.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages last, each at its language's address: Vietnamese without a prefix, exactly as before
# Wagtail's i18n; English under /en/ (the English home page and its children).
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)

handler500 = "portal.views.server_error"
