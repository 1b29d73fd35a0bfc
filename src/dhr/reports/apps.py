from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "dhr.reports"
    verbose_name = "Overview report and executive summary"
