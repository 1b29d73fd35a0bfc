from django.urls import path

from dhr.actions import views

app_name = "actions"
urlpatterns = [
    path("", views.recommendation_list, name="list"),
    path("lessons/", views.lessons, name="lessons"),
    path("<int:recommendation_id>/edit/", views.recommendation_edit, name="edit"),
    path("<int:recommendation_id>/withdraw/", views.recommendation_withdraw, name="withdraw"),
    path("<int:recommendation_id>/actions/new/", views.action_create, name="action_create"),
    path("actions/<int:action_id>/", views.action_edit, name="action_edit"),
    path("actions/<int:action_id>/progress/", views.action_progress, name="progress"),
    path("actions/<int:action_id>/close/", views.action_close, name="close"),
    path("evidence/<int:evidence_id>/", views.evidence_download, name="evidence"),
    path("evidence/<int:evidence_id>/decide/", views.evidence_decide, name="evidence_decide"),
    path("agencies/<int:agency_id>/sign-off/", views.agency_sign_off, name="agency_sign_off"),
    path("conclude/", views.conclude, name="conclude"),
    path("action-plan.docx", views.plan_docx, name="plan_docx"),
    path("action-plan.xlsx", views.plan_xlsx, name="plan_xlsx"),
]
