from django.apps import AppConfig


class ScheduleConfig(AppConfig):
    name = "dhr.schedule"
    label = "schedule"
    verbose_name = "Statutory clock, meetings and reminders"
