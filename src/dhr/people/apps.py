from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "dhr.people"
    verbose_name = "People in a review"
