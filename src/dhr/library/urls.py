from django.urls import path

from dhr.library import views

app_name = "library"
urlpatterns = [
    path("", views.search_page, name="search"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.json", views.export_json, name="export_json"),
    path("records/<str:incident_id>/", views.record, name="record"),
    path("recommendations/", views.recommendations, name="recommendations"),
    path("charts/", views.charts, name="charts"),
]
