from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "dhr.actions"

    def ready(self) -> None:
        from dhr.actions import gates

        gates.provide_all()
