from django.urls import path

from dhr.redaction_review import views

app_name = "redaction_review"
urlpatterns = [
    path("", views.index, name="index"),
    path("start/<slug:kind>/", views.start, name="start"),
    path("uploads/<int:document_id>/start/", views.start_upload, name="start_upload"),
    path("rounds/<int:round_id>/", views.round_page, name="round"),
    path("rounds/<int:round_id>/findings/<int:finding_id>/", views.decide, name="decide"),
    path("rounds/<int:round_id>/warnings/<int:warning_id>/", views.warning, name="warning"),
    path("rounds/<int:round_id>/missed/", views.missed, name="missed"),
    path("rounds/<int:round_id>/sign-off/", views.sign_off, name="sign_off"),
]
