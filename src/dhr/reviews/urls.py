from django.urls import path

from dhr.reviews import views

app_name = "reviews"
urlpatterns = [
    path("", views.review_list, name="list"),
    path("new/notification/", views.review_notify, name="notify"),
    path("<int:review_id>/", views.review_detail, name="detail"),
    path("<int:review_id>/edit/", views.review_edit, name="edit"),
    path("<int:review_id>/notification/", views.review_notification, name="notification"),
    path("<int:review_id>/decision/", views.review_decision, name="decision"),
    path("<int:review_id>/stage/", views.review_stage, name="stage"),
    path("<int:review_id>/members/", views.member_list, name="members"),
    path(
        "<int:review_id>/members/<int:membership_id>/remove/",
        views.member_remove,
        name="member_remove",
    ),
    path("<int:review_id>/members/invite/", views.member_invite, name="member_invite"),
    path(
        "<int:review_id>/members/invitations/<int:invitation_id>/withdraw/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("<int:review_id>/documents/", views.document_list, name="documents"),
    path(
        "<int:review_id>/documents/<int:document_id>/",
        views.document_download,
        name="document_download",
    ),
]
