from django.urls import path

from dhr.publication import views

app_name = "publishing"
urlpatterns = [
    path("", views.publication_settings, name="settings"),
    path("faq/", views.faq_preview, name="faq"),
    path("publish/", views.publish, name="publish"),
    path("withdraw/", views.withdraw, name="withdraw"),
    path(
        "distribution/<int:recipient_id>/remove/",
        views.recipient_remove,
        name="recipient_remove",
    ),
]
