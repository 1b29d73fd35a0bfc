from django.urls import path

from dhr.evidence import views

app_name = "evidence"
urlpatterns = [
    path("", views.index, name="index"),
    path("imrs/new/", views.imr_upload, name="imr_upload"),
    path("imrs/<int:submission_id>/", views.imr_download, name="imr_download"),
    path("imrs/<int:submission_id>/sign-off/", views.imr_sign_off, name="imr_sign_off"),
    path("chronology/", views.chronology, name="chronology"),
    path("chronology/names/", views.held_names, name="held_names"),
    path("chronology/names/<int:name_id>/", views.held_name, name="held_name"),
    path("chronology/export.xlsx", views.chronology_xlsx, name="chronology_xlsx"),
    path("chronology/export.docx", views.chronology_docx, name="chronology_docx"),
    path(
        "chronology/template.xlsx", views.chronology_template_xlsx, name="chronology_template_xlsx"
    ),
    path("chronology/template.csv", views.chronology_template_csv, name="chronology_template_csv"),
    path("chronology/imports/new/", views.chronology_upload, name="chronology_upload"),
    path(
        "chronology/imports/<int:import_id>/",
        views.chronology_import,
        name="chronology_import",
    ),
    path(
        "chronology/imports/<int:import_id>/accept/",
        views.chronology_accept,
        name="chronology_accept",
    ),
    path(
        "chronology/imports/<int:import_id>/restart/",
        views.chronology_restart,
        name="chronology_restart",
    ),
    path(
        "chronology/imports/<int:import_id>/file/",
        views.chronology_file,
        name="chronology_file",
    ),
]
