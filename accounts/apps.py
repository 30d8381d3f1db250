from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        from .services import roles_ensure

        # Permissions only exist after migrate has created them, so the
        # Instructors group is (re)synchronised after every migrate.
        post_migrate.connect(lambda **kwargs: roles_ensure(), sender=self, weak=False)
