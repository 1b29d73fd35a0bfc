from django.apps import AppConfig


class PublicationConfig(AppConfig):
    name = "dhr.publication"

    def ready(self) -> None:
        from dhr.publication import signals  # noqa: F401  (connects the receivers)
