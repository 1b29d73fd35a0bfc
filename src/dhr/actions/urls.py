from django.urls import path

from dhr.actions import views

app_name = "actions"
urlpatterns = [
    path("", views.recommendation_list, name="list"),
    path("<int:recommendation_id>/actions/new/", views.action_create, name="action_create"),
    path("actions/<int:action_id>/", views.action_edit, name="action_edit"),
]
