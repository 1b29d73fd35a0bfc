from django.urls import path

from dhr.organisations import views

app_name = "organisations"
urlpatterns = [
    path("", views.agency_list, name="agencies"),
    path("new/", views.agency_create, name="agency_create"),
    path("<int:agency_id>/", views.agency_detail, name="agency_detail"),
    path("<int:agency_id>/edit/", views.agency_edit, name="agency_edit"),
    path("<int:agency_id>/managers/new/", views.manager_create, name="manager_create"),
    path(
        "<int:agency_id>/managers/<int:manager_id>/edit/", views.manager_edit, name="manager_edit"
    ),
]
