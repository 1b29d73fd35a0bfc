from django.apps import AppConfig


class RedactionReviewConfig(AppConfig):
    name = "dhr.redaction_review"
    verbose_name = "Redaction review and sign-off"
