from django.urls import path

from dhr.library import api

app_name = "library_api"
urlpatterns = [
    path("openapi.json", api.openapi, name="openapi"),
    path("entries/", api.entries, name="entries"),
    path("entries/<str:key>/", api.entry, name="entry"),
    path("facets/", api.facets, name="facets"),
    path("themes/", api.themes, name="themes"),
]
