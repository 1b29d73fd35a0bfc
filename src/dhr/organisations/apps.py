from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "dhr.organisations"
    verbose_name = "Partnerships and agencies"
