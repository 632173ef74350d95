from django.urls import path

from search import views

app_name = "search"

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("search/feed/", views.search_feed, name="feed"),
    path("api/v1/search/", views.api_search, name="api"),
    path("api/v1/openapi.json", views.openapi_schema, name="openapi"),
]
