from django.urls import path

from dhr.library import views

app_name = "library_review"
urlpatterns = [
    path("", views.review_themes, name="themes"),
    path("add/", views.review_theme_add, name="add"),
    path("<int:tag_id>/remove/", views.review_theme_remove, name="remove"),
]
