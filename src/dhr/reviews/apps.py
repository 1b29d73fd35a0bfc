from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "dhr.reviews"
