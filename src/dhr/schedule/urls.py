from django.urls import path

from dhr.schedule import views

app_name = "schedule"
urlpatterns = [
    path("reviews/<int:review_id>/schedule/", views.review_schedule, name="review"),
    path("reviews/<int:review_id>/schedule/pauses/new/", views.pause_create, name="pause_create"),
    path(
        "reviews/<int:review_id>/schedule/pauses/<int:pause_id>/end/",
        views.pause_end,
        name="pause_end",
    ),
    path(
        "reviews/<int:review_id>/schedule/extensions/new/",
        views.extension_create,
        name="extension_create",
    ),
    path("reviews/<int:review_id>/meetings/", views.meeting_list, name="meetings"),
    path("reviews/<int:review_id>/meetings/new/", views.meeting_create, name="meeting_create"),
    path(
        "reviews/<int:review_id>/meetings/<int:meeting_id>/",
        views.meeting_detail,
        name="meeting",
    ),
    path(
        "reviews/<int:review_id>/meetings/<int:meeting_id>/change/",
        views.meeting_edit,
        name="meeting_edit",
    ),
    path(
        "reviews/<int:review_id>/meetings/<int:meeting_id>/cancel/",
        views.meeting_cancel,
        name="meeting_cancel",
    ),
    path(
        "reviews/<int:review_id>/meetings/<int:meeting_id>/minutes/",
        views.meeting_minutes,
        name="meeting_minutes",
    ),
    path(
        "reviews/<int:review_id>/meetings/<int:meeting_id>/minutes/file/",
        views.meeting_minutes_file,
        name="meeting_minutes_file",
    ),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/reviews.csv", views.dashboard_csv, name="dashboard_csv"),
    path("calendar/", views.calendar_page, name="calendar"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="feed"),
]
