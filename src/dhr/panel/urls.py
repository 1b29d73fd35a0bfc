from django.urls import path

from dhr.panel import views

app_name = "panel"
urlpatterns = [
    path("", views.panel, name="panel"),
    path("members/<int:member_id>/remove/", views.panel_member_remove, name="member_remove"),
    path("imr-requests/", views.imr_requests, name="imr_requests"),
    path("imr-requests/<int:imr_id>/", views.imr_request_edit, name="imr_edit"),
    path("imr-requests/<int:imr_id>/remove/", views.imr_request_remove, name="imr_remove"),
    path("imr-requests/<int:imr_id>/letter.docx", views.imr_letter_docx, name="imr_letter_docx"),
    path("imr-requests/<int:imr_id>/letter.pdf", views.imr_letter_pdf, name="imr_letter_pdf"),
    path("scoping/", views.scoping, name="scoping"),
    path("independence/", views.independence, name="independence"),
    path("terms-of-reference/", views.terms, name="terms"),
    path("terms-of-reference/new/", views.terms_edit, name="terms_edit"),
    path("terms-of-reference/<int:version>/", views.terms_version, name="terms_version"),
]
