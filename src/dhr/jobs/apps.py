from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "dhr.jobs"

    def ready(self) -> None:
        from dhr.jobs import leases

        leases.connect()
