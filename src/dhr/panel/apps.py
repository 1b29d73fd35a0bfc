from django.apps import AppConfig


class PanelConfig(AppConfig):
    name = "dhr.panel"

    def ready(self) -> None:
        from dhr.panel import seats

        seats.connect()
