from django.apps import AppConfig


class SignoffsConfig(AppConfig):
    name = "dhr.signoffs"
    verbose_name = "Sign-offs and Home Office QA"

    def ready(self) -> None:
        from dhr.signoffs import gates

        gates.provide_all()
