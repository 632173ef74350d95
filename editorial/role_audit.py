"""The audit trail of roles: every change of a user's groups or superuser flag is in Wagtail's history.

From the admin, a management command or the shell alike: the receivers below write an
`editorial.roles_changed` entry for the account, with who did it (in the admin, the request's
user, which Wagtail's log context supplies) and the groups the account holds afterwards.
"""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_save, pre_save
from wagtail.log_actions import log

ROLES_CHANGED = "editorial.roles_changed"


def _role_names(user):
    return sorted(user.groups.values_list("name", flat=True))


def remember_superuser_flag(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and "is_superuser" not in update_fields:
        instance._previous_is_superuser = None  # a login's last_login, say: nothing to compare
        return
    previous = sender.objects.filter(pk=instance.pk).values_list("is_superuser", flat=True).first()
    instance._previous_is_superuser = previous


def log_superuser_flag(sender, instance, created, **kwargs):
    previous = getattr(instance, "_previous_is_superuser", None)
    if (created and instance.is_superuser) or (previous is not None and previous != instance.is_superuser):
        log(
            instance,
            ROLES_CHANGED,
            data={"is_superuser": instance.is_superuser, "groups": _role_names(instance)},
        )


def log_group_change(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    user_model = get_user_model()
    accounts = user_model.objects.filter(pk__in=pk_set) if reverse else [instance]
    for account in accounts:
        log(
            account,
            ROLES_CHANGED,
            data={
                "change": action.removeprefix("post_"),
                "is_superuser": account.is_superuser,
                "groups": _role_names(account),
            },
        )


def connect():
    user_model = get_user_model()
    pre_save.connect(remember_superuser_flag, sender=user_model, dispatch_uid="editorial_superuser_before")
    post_save.connect(log_superuser_flag, sender=user_model, dispatch_uid="editorial_superuser_after")
    m2m_changed.connect(log_group_change, sender=user_model.groups.through, dispatch_uid="editorial_groups")
