"""Factories for the editorial board: users in a role, with their agency."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial import roles
from editorial.models import EditorialProfile

TEST_PASSWORD = "matkhau-thu-nghiem"  # noqa: S105 - accounts made by the tests only


class UserFactory(factory.django.DjangoModelFactory):
    """An admin user; `role` puts them in that editorial group, `agency` on their profile."""

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@cchc.laocai.gov.vn")
    first_name = "Nguyễn Văn"  # Django shows "first last": a Vietnamese name in its written order
    last_name = "An"
    password = factory.django.Password(TEST_PASSWORD)

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            group, _created = Group.objects.get_or_create(name=extracted)
            self.groups.add(group)
            roles.forget(self)

    @factory.post_generation
    def agency(self, create, extracted, **kwargs):
        if create and extracted is not None:
            EditorialProfile.objects.update_or_create(user=self, defaults={"agency": extracted})
            roles.forget(self)
