"""Two-step login with an authenticator app (TOTP): optional for staff, required when the
settings say so, and removable by the user (with a code) or for them (by a superuser)."""

import re
import time

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.base import make_process_leader

pytestmark = pytest.mark.django_db
PASSWORD = "Fjord-og-fjell-2026"
SETUP = "/admin/two-step/"


@pytest.fixture(autouse=True)
def english(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def no_throttle(settings):
    # django-otp makes a device wait after a wrong code (1 s, 2 s, 4 s …); the journeys
    # below try the right code straight after a wrong one.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def code(device, steps_ahead=0):
    """What the user's app shows now, or that many 30-second steps later."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"


def log_in(client, username="kari", password=PASSWORD, otp_token=""):
    data = {"username": username, "password": password, "otp_token": otp_token}
    return client.post(reverse("admin:login"), data)


def set_up(client):
    page = client.get(SETUP)
    assert page.status_code == 200
    device = TOTPDevice.objects.get(confirmed=False)
    used = code(device)
    response = client.post(SETUP, {"code": used})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    device.used_code = used
    return device


def test_the_login_form_offers_an_optional_code_field_labelled_for_people(client):
    page = client.get(reverse("admin:login")).text
    assert "Code from the authenticator app (if you have set up two-step login)" in page
    assert 'autocomplete="one-time-code"' in page


def test_the_admin_links_to_two_step_login_for_every_staff_user(client):
    client.force_login(make_process_leader("kari", password=PASSWORD))
    assert f'href="{SETUP}"' in client.get("/admin/").text


def test_the_setup_page_shows_a_qr_code_inline_and_the_key_to_type(client):
    client.force_login(make_process_leader("kari", password=PASSWORD))
    page = client.get(SETUP).text
    device = TOTPDevice.objects.get()
    svg = re.search(r"<svg [^>]*two-step__qr.*?</svg>", page, re.S)[0]
    assert 'role="img"' in svg
    assert "style=" not in svg  # nothing the Content Security Policy would block
    assert "http" not in svg.replace("http://www.w3.org", "")
    from base64 import b32encode

    key = b32encode(device.bin_key).decode()
    assert " ".join(key[i : i + 4] for i in range(0, len(key), 4)) in page
    assert 'type="submit" value="Turn on two-step login"' in page
    # The same secret on a second visit, until it is confirmed.
    client.get(SETUP)
    assert TOTPDevice.objects.get() == device


def test_a_staff_user_turns_it_on_then_needs_the_code_to_log_in(client, no_throttle):
    make_process_leader("kari", password=PASSWORD)
    assert log_in(client).status_code == 302
    device = TOTPDevice.objects.create(user=User.objects.get(), confirmed=False)
    wrong = client.post(SETUP, {"code": "000000" if code(device) != "000000" else "111111"})
    assert "The code from the authenticator app is not right" in wrong.text
    device.delete()
    device = set_up(client)
    assert client.get("/admin/").status_code == 200
    client.post(reverse("admin:logout"))

    without = log_in(client)
    assert without.status_code == 200
    assert "type the 6-digit code from the authenticator app as well" in without.text
    wrong = log_in(client, otp_token="123456" if code(device, 1) != "123456" else "654321")
    assert wrong.status_code == 200
    assert "The code from the authenticator app is not right" in wrong.text
    assert client.get("/admin/").status_code == 302

    assert log_in(client, otp_token=code(device, steps_ahead=1)).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_used_code_cannot_be_used_again(client, no_throttle):
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    device = set_up(client)
    client.post(reverse("admin:logout"))
    assert log_in(client, otp_token=device.used_code).status_code == 200


def test_wrong_codes_make_the_device_wait_and_count_towards_the_lockout(client, settings):
    # A minute's wait after a wrong code, so that it surely lasts through the next try.
    settings.OTP_TOTP_THROTTLE_FACTOR = 60
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    device = set_up(client)
    client.post(reverse("admin:logout"))
    log_in(client, otp_token="000000")
    throttled = log_in(client, otp_token=code(device, 1))
    assert "Too many wrong codes in a row" in throttled.text
    for _ in range(3):
        response = log_in(client, otp_token="000000")
    assert response.status_code == 429


def test_a_password_login_without_a_code_is_not_let_into_the_admin(client):
    # A session logged in by password alone (before the device was made) is not enough.
    kari = make_process_leader("kari", password=PASSWORD)
    client.force_login(kari)
    TOTPDevice.objects.create(user=kari, confirmed=True)
    assert client.get("/admin/").status_code == 302


def test_a_superuser_must_set_it_up_before_using_the_admin_when_required(client, settings):
    settings.ADMIN_REQUIRE_2FA_FOR_SUPERUSERS = True
    User.objects.create_superuser("it", password=PASSWORD)
    assert log_in(client, "it").status_code == 302
    for url in ["/admin/", "/admin/auth/user/", reverse("admin:login")]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == SETUP
    page = client.get(SETUP)
    assert "Two-step login is required for your account" in page.text
    assert "Log out" in page.text
    set_up(client)
    assert client.get("/admin/auth/user/").status_code == 200


def test_requiring_it_for_superusers_leaves_other_staff_free_to_choose(client, settings):
    settings.ADMIN_REQUIRE_2FA_FOR_SUPERUSERS = True
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    assert client.get("/admin/").status_code == 200


def test_requiring_it_for_all_staff_sends_everyone_to_set_it_up(client, settings):
    settings.ADMIN_REQUIRE_2FA_FOR_STAFF = True
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    assert client.get("/admin/")["Location"] == SETUP


def test_one_who_must_set_it_up_can_still_log_out(client, settings):
    settings.ADMIN_REQUIRE_2FA_FOR_STAFF = True
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    client.post(reverse("admin:logout"))
    assert "_auth_user_id" not in client.session


def test_the_user_turns_it_off_with_a_code_from_the_app(client, no_throttle):
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    device = set_up(client)
    page = client.get(SETUP).text
    assert "Two-step login is on" in page
    assert 'type="submit" value="Turn off two-step login"' in page
    client.post(SETUP, {"code": "000000" if code(device, 1) != "000000" else "111111"})
    assert TOTPDevice.objects.exists()
    client.post(SETUP, {"code": code(device, 1)})
    assert not TOTPDevice.objects.exists()


def test_for_a_lost_phone_a_superuser_removes_it_in_admin_or_with_a_command(
    client, admin_client, capsys
):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, name="Phone", confirmed=True)
    assert admin_client.get("/admin/otp_totp/totpdevice/").status_code == 200
    assert admin_client.get(f"/admin/otp_totp/totpdevice/{device.pk}/delete/").status_code == 200
    client.force_login(kari)
    assert client.get("/admin/otp_totp/totpdevice/").status_code in (302, 403)

    call_command("remove_two_step_login", "kari")
    assert "Two-step login is off for kari" in capsys.readouterr().out
    assert not TOTPDevice.objects.exists()
    assert log_in(client).status_code == 302
