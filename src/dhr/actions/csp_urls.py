from django.urls import path

from dhr.actions import views

app_name = "csp_actions"
urlpatterns = [
    path("actions.csv", views.csp_actions_csv, name="csv"),
]
