"""CSP-wide pages of the panel app: the IMR letter template."""

from django.urls import path

from dhr.panel import views

app_name = "panel_csp"
urlpatterns = [
    path("", views.letter_template, name="letter_template"),
]
