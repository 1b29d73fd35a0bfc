from django.urls import path

from dhr.people import views

app_name = "people"
urlpatterns = [
    path("", views.people_list, name="list"),
    path("add/", views.person_add, name="person_add"),
    path("<int:person_id>/", views.person_edit, name="person_edit"),
    path("<int:person_id>/subject-access.zip", views.subject_access, name="subject_access"),
    path("relationships/add/", views.relationship_add, name="relationship_add"),
    path(
        "relationships/<int:relationship_id>/remove/",
        views.relationship_remove,
        name="relationship_remove",
    ),
    path("contacts/", views.contact_log, name="contacts"),
    path("contacts/add/", views.contact_add, name="contact_add"),
    path("contacts/<int:contact_id>/", views.contact_edit, name="contact_edit"),
    path("genogram/", views.genogram_page, name="genogram"),
    path("genogram.svg", views.genogram_svg, name="genogram_svg"),
    path("register.yaml", views.register_download, name="register"),
]
