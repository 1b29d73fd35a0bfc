from django.urls import path

from dhr.panel import views

app_name = "panel"
urlpatterns = [
    path("", views.panel, name="panel"),
    path("members/<int:member_id>/remove/", views.panel_member_remove, name="member_remove"),
    path("imr-requests/", views.imr_requests, name="imr_requests"),
    path("imr-requests/<int:imr_id>/remove/", views.imr_request_remove, name="imr_remove"),
]
