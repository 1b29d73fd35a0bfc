from django.urls import path

from dhr.reports import views

app_name = "reports"
urlpatterns = [
    path("", views.index, name="index"),
    path("checklist/", views.checklist, name="checklist"),
    path("submitted/", views.submitted, name="submitted"),
    path("exports/<int:export_id>/", views.export_status, name="export_status"),
    path("exports/<int:export_id>/download/", views.export_download, name="export_download"),
    path("<slug:kind>/", views.document, name="document"),
    path("<slug:kind>/sections/<slug:key>/", views.section, name="section"),
    path("<slug:kind>/sections/<slug:key>/pull/", views.section_pull, name="section_pull"),
    path("<slug:kind>/sections/<slug:key>/comments/", views.comment, name="comment"),
    path("<slug:kind>/sections/<slug:key>/dismiss/", views.dismiss, name="dismiss"),
    path(
        "<slug:kind>/comments/<int:comment_id>/resolve/",
        views.comment_resolve,
        name="comment_resolve",
    ),
    path("<slug:kind>/versions/", views.versions, name="versions"),
    path("<slug:kind>/versions/freeze/", views.freeze, name="freeze"),
    path("<slug:kind>/versions/compare/", views.compare, name="compare"),
    path("<slug:kind>/versions/<int:number>/", views.version, name="version"),
    path(
        "<slug:kind>/versions/<int:number>/family-comments/",
        views.family_comment,
        name="family_comment",
    ),
    path("<slug:kind>/export/", views.export, name="export"),
]
