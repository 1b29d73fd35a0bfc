from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "dhr.accounts"
