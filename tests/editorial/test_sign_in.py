"""Signing in to the admin: lockout after repeated wrong passwords, strong new passwords,
sessions that end when idle, and two-factor sign-in for the roles that can do the most harm."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial import roles, setup
from editorial.factories import TEST_PASSWORD as PASSWORD
from tests.editorial.helpers import as_user

pytestmark = pytest.mark.django_db


HOME = "192.0.2.10"
ELSEWHERE = "198.51.100.7"


def sign_in(client, username, password, address=HOME):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, HTTP_USER_AGENT="test"
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


@override_settings(AXES_ENABLED=True)
def test_thirty_wrong_passwords_lock_the_account_from_that_address(client, people):
    for _attempt in range(30):
        sign_in(client, "bientap", "sai-mat-khau")
    response = sign_in(client, "bientap", PASSWORD)
    assert response.status_code == 429
    assert "tạm thời bị khóa đăng nhập" in response.content.decode()
    assert not signed_in(client)

    # Another address is not locked out by someone guessing elsewhere.
    assert sign_in(client, "bientap", PASSWORD, address=ELSEWHERE).status_code == 302
    assert signed_in(client)


@override_settings(AXES_ENABLED=True)
def test_an_administrator_unlocks_a_sign_in(client, people):
    for _attempt in range(5):
        sign_in(client, "bientap", "sai-mat-khau")
    attempt = AccessAttempt.objects.get(username="bientap")
    admin = as_user(client, people.administrator)
    assert "bientap" in admin.get("/admin/locked_sign_ins/").content.decode()
    assert admin.post(f"/admin/locked_sign_ins/delete/{attempt.pk}/").status_code == 302
    client.logout()
    assert sign_in(client, "bientap", PASSWORD).status_code == 302


@override_settings(AXES_ENABLED=True)
def test_demo_users_still_sign_in_with_the_documented_password(client, editorial, home):
    setup.setup_editorial(demo_users=True)
    assert sign_in(client, "truongban", setup.DEMO_PASSWORD).status_code == 302
    assert signed_in(client)


@pytest.mark.parametrize("password", ["laocai2024", "matkhau123", "123456789012", "password1234"])
def test_short_or_common_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_uncommon_password_is_accepted():
    validate_password("Một cửa liên thông 2026!")


def test_admin_refuses_the_demo_password_for_a_new_account(client, people):
    response = as_user(client, people.administrator).post(
        "/admin/users/new/",
        {
            "username": "ctv_moi",
            "email": "ctv_moi@cchc.laocai.gov.vn",
            "first_name": "Lê",
            "last_name": "Mai",
            "password1": "laocai2024",
            "password2": "laocai2024",
        },
    )
    assert response.status_code == 200
    assert "12" in response.content.decode()


def test_an_admin_session_ends_after_eight_idle_hours(client, people):
    response = as_user(client, people.editor).get("/admin/")
    assert response.cookies["sessionid"]["max-age"] == 8 * 60 * 60  # renewed at every request


# Two-factor sign-in ------------------------------------------------------------------------------------


def current_code(device):
    return TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()


@override_settings(PORTAL_REQUIRE_2FA=True)
@pytest.mark.parametrize("who", ["chief", "administrator"])
def test_chief_and_administrator_must_set_up_two_factor(client, people, who):
    as_user(client, getattr(people, who))
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response.url.startswith("/admin/two-factor/setup/")

    setup_page = client.get(response.url)
    assert setup_page.status_code == 200
    assert "<svg" in setup_page.content.decode()
    device = TOTPDevice.objects.get(user=getattr(people, who), confirmed=False)
    assert client.post("/admin/two-factor/setup/?next=/admin/pages/", {"token": current_code(device)}).url == (
        "/admin/pages/"
    )
    assert client.get("/admin/").status_code == 200


@override_settings(PORTAL_REQUIRE_2FA=True)
def test_a_renamed_chiefs_group_still_needs_two_factor(client, people):
    from django.contrib.auth.models import Group

    Group.objects.filter(name=roles.EDITOR_IN_CHIEF).update(name="Lãnh đạo Ban biên tập")
    response = as_user(client, people.chief).get("/admin/")
    assert response.status_code == 302 and "/two-factor/" in response.url


@override_settings(PORTAL_REQUIRE_2FA=True)
def test_other_editors_may_choose_two_factor(client, people):
    as_user(client, people.editor)
    assert client.get("/admin/").status_code == 200
    assert "/admin/two-factor/setup/" in client.get("/admin/account/").content.decode()

    device = TOTPDevice.objects.create(user=people.editor, name="Điện thoại", confirmed=True)
    client.logout()
    as_user(client, people.editor)
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith("/admin/two-factor/")
    assert client.post("/admin/two-factor/", {"token": current_code(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_two_factor_is_off_for_make_run_and_tests(client, people):
    assert as_user(client, people.chief).get("/admin/").status_code == 200
