from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "dhr.demo"
