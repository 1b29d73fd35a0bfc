from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "dhr.evidence"
    verbose_name = "IMRs and chronologies"
