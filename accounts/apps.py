from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_migrate, post_save


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        from .services import roles_ensure, user_roles_forget

        # Permissions only exist after migrate has created them, so the
        # Instructors group is (re)synchronised after every migrate.
        post_migrate.connect(lambda **kwargs: roles_ensure(), sender=self, weak=False)

        def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
            if action.startswith("post_"):
                user_roles_forget(*(pk_set or ()) if reverse else (instance.pk,))

        User = get_user_model()
        m2m_changed.connect(groups_changed, sender=User.groups.through, weak=False, dispatch_uid="accounts-roles-forget")
        post_save.connect(lambda sender, instance, **kwargs: user_roles_forget(instance.pk), sender=User, weak=False,
                          dispatch_uid="accounts-roles-forget-save")
