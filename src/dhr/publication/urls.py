from django.urls import path

from dhr.publication import views

app_name = "publishing"
urlpatterns = [
    path("", views.publication_settings, name="settings"),
    path("faq/", views.faq_preview, name="faq"),
    path("publish/", views.publish, name="publish"),
    path("withdraw/", views.withdraw, name="withdraw"),
    path("holds/", views.holds, name="holds"),
    path("holds/add/", views.hold_add, name="hold_add"),
    path("holds/<int:hold_id>/lift/", views.hold_lift, name="hold_lift"),
    path("holds/<int:hold_id>/confirm-lapse/", views.hold_confirm_lapse, name="hold_confirm_lapse"),
    path(
        "distribution/<int:recipient_id>/remove/",
        views.recipient_remove,
        name="recipient_remove",
    ),
]
