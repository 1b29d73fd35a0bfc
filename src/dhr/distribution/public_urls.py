"""The public side of a secure link: /d/<token>/ (no account; the token is the credential)."""

from django.urls import path

from dhr.distribution import views

app_name = "distribution_link"
urlpatterns = [
    path("<str:token>/", views.link, name="link"),
    path("<str:token>/<int:export_id>/", views.link_file, name="link_file"),
]
