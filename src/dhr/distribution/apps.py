from django.apps import AppConfig


class DistributionConfig(AppConfig):
    name = "dhr.distribution"
