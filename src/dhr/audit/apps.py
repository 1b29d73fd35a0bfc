from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "dhr.audit"

    def ready(self) -> None:
        from dhr.audit import admin_trail

        admin_trail.connect()
