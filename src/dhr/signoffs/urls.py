from django.urls import path

from dhr.signoffs import views

app_name = "signoffs"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("imrs/<int:agency_id>/waive/", views.imr_waive, name="imr_waive"),
    path("csp-sign-off/", views.csp_sign_off, name="csp_sign_off"),
    path("submit/", views.submit, name="submit"),
    path("feedback/", views.feedback, name="feedback"),
    path("areas/<int:area_id>/", views.answer, name="answer"),
]
