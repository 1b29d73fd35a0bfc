from django.apps import AppConfig


class LibraryConfig(AppConfig):
    name = "dhr.library"
    label = "library"
    verbose_name = "Learning library"

    def ready(self) -> None:
        from dhr.library import signals  # noqa: F401
