from django.urls import path

from dhr.distribution import views

app_name = "distribution"
urlpatterns = [
    path("", views.distribution, name="list"),
    path("usual/", views.add_usual, name="add_usual"),
    path("<int:recipient_id>/", views.recipient, name="recipient"),
    path("<int:recipient_id>/remove/", views.recipient_remove, name="recipient_remove"),
    path("<int:recipient_id>/issue/", views.issue, name="issue"),
    path("links/<int:link_id>/revoke/", views.revoke, name="revoke"),
]
