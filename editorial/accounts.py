"""Accounts in the admin: who may grant which role, and the audit trail of every grant.

Wagtail's user screens stay in use, with forms that know who is filling them in:
- only a superuser sees (and so can set) the superuser flag;
- the groups offered are those `editorial.permissions.grantable_groups` allows: a "Quản trị"
  manages accounts and the three other roles, never the editor-in-chief's or its own;
- the account of a superuser or of a privileged member is edited by superusers only.
A forged POST fares no better than the form: the field is gone, the choice is not valid.

Every grant is in Wagtail's history: see `editorial.role_audit`.
"""

from django.contrib.auth.models import Group
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users

from editorial import permissions
from editorial.views import refused

ACCOUNT_REFUSED = gettext_lazy("Chỉ quản trị viên cấp cao (superuser) được sửa tài khoản này.")


class GrantLimitsMixin:
    """Removes what the person filling the form may not grant."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        if for_user is None or permissions.may_grant_superuser(for_user):
            return
        self.fields.pop("is_superuser", None)
        if "groups" in self.fields:
            grantable = permissions.grantable_groups(for_user)
            held = self.instance.groups.all() if self.instance.pk else Group.objects.none()
            # A privileged group the account already has stays shown (and kept), but cannot be added or removed.
            self.fields["groups"].queryset = (grantable | held).distinct().order_by("name")
            self._locked_groups = set(held.exclude(pk__in=grantable.values("pk")))

    def clean_groups(self):
        chosen = set(self.cleaned_data.get("groups") or [])
        locked = getattr(self, "_locked_groups", set())
        if self.for_user is not None and not permissions.may_grant_superuser(self.for_user):
            grantable = set(permissions.grantable_groups(self.for_user))
            forbidden = chosen - grantable - locked
            if forbidden:
                raise self.fields["groups"].error_class(
                    [_("Bạn không được giao vai trò: %(names)s.") % {"names": ", ".join(g.name for g in forbidden)}]
                )
            chosen |= locked
        return list(chosen)


class PortalUserCreationForm(GrantLimitsMixin, UserCreationForm):
    pass


class PortalUserEditForm(GrantLimitsMixin, UserEditForm):
    pass


class ForUserFormMixin:
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["for_user"] = self.request.user
        return kwargs


class CreateView(ForUserFormMixin, users.CreateView):
    pass


class EditView(ForUserFormMixin, users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_manage_account(request.user, self.object):
            return _refused(request)
        return super().dispatch(request, *args, **kwargs)


class DeleteView(users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_manage_account(request.user, self.get_object()):
            return _refused(request)
        return super().dispatch(request, *args, **kwargs)


def _refused(request):
    return refused(request, ACCOUNT_REFUSED)


class PortalUserViewSet(users.UserViewSet):
    """Wagtail's user screens with the grant limits above (set as `user_viewset` in PortalUsersConfig)."""

    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm
