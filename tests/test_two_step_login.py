"""Two-step login with an authenticator app (TOTP): optional for staff, required when the
settings say so, and removable by the user (with a code) or for them (by a superuser)."""

import importlib
import re
import time
from base64 import b32decode, b32encode
from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from security import two_step
from tests.base import make_process_leader

pytestmark = pytest.mark.django_db
PASSWORD = "Fjord-og-fjell-2026"
SETUP = "/admin/two-step/"
CODE_PAGE = "/admin/login/code/"


def english(text):
    """A message as the English site (these tests' language) shows it."""
    with translation.override("en"):
        return translation.gettext(text)


LOGIN_FAILED = english("The user name or password is not right.")
CODE_WRONG = english(
    "The code from the authenticator app is not right. Codes change every 30 seconds: "
    "type the one the app shows now."
)


@pytest.fixture(autouse=True)
def english_site(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def no_throttle(settings):
    # django-otp makes a device wait after a wrong code (1 s, 2 s, 4 s …); the journeys
    # below try the right code straight after a wrong one.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def code(secret, steps_ahead=0):
    """What the app shows now, or that many 30-second steps later, for a saved device or
    for a key (bytes) as the set-up page shows it."""
    device = secret if isinstance(secret, TOTPDevice) else TOTPDevice(key=secret.hex())
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"


def other_than(*codes):
    return next(wrong for wrong in ("000000", "111111", "222222") if wrong not in codes)


def shown_key(page):
    """The key the set-up page shows to type (in groups of four), as bytes."""
    typed = re.search(r'class="two-step__secret">([A-Z2-7 =]+)</code>', page)[1]
    return b32decode(typed.replace(" ", ""))


def shown_qr(page):
    return re.search(r"<svg [^>]*two-step__qr.*?</svg>", page, re.S)[0]


def qr_for(user, key):
    """The QR code of the address that adds this key for this user to the app."""
    from security.views import qr_svg

    return qr_svg(TOTPDevice(user=user, key=key.hex()).config_url)


def log_in(client, username="kari", password=PASSWORD, otp_token=None, **query):
    """The login's first step (user name and password), and with otp_token its second
    (the code page): the response of the last step taken."""
    url = reverse("admin:login")
    if query:
        url += "?" + "&".join(f"{name}={value}" for name, value in query.items())
    response = client.post(url, {"username": username, "password": password})
    if otp_token is None or response.get("Location") != CODE_PAGE:
        return response
    return type_code(client, otp_token)


def type_code(client, otp_token):
    return client.post(CODE_PAGE, {"otp_token": otp_token})


def login_error(response):
    """What the login page says went wrong (the rest of it differs by its CSRF token)."""
    page = BeautifulSoup(response.text, "html.parser")
    return [" ".join(part.get_text().split()) for part in page.select(".errornote, .errorlist")]


def set_up(client):
    page = client.get(SETUP)
    assert page.status_code == 200
    key = shown_key(page.text)
    used = code(key)
    response = client.post(SETUP, {"code": used})
    assert response.status_code == 302
    device = TOTPDevice.objects.get(user__username=response.wsgi_request.user.get_username())
    assert device.confirmed
    assert device.bin_key == key
    device.used_code = used
    return device


def start_set_up(username="kari"):
    """A browser of its own, logged in by password, on the set-up page: (client, key)."""
    client = Client()
    assert log_in(client, username).status_code == 302
    page = client.get(SETUP)
    assert page.status_code == 200
    return client, shown_key(page.text)


def age_set_up(client, minutes):
    """Move the start of this session's set-up attempt that many minutes back."""
    session = client.session
    attempt = session[two_step.SET_UP_SESSION_KEY]
    session[two_step.SET_UP_SESSION_KEY] = attempt | {"started": attempt["started"] - minutes * 60}
    session.save()


def test_the_login_page_asks_only_for_the_user_name_and_password(client):
    page = BeautifulSoup(client.get(reverse("admin:login")).text, "html.parser")
    fields = page.select("#login-form input:not([type=hidden]):not([type=submit])")
    assert [field["name"] for field in fields] == ["username", "password"]
    assert "authenticator" not in page.get_text()


def test_a_user_without_two_step_login_is_logged_in_by_the_password_alone(client):
    make_process_leader("kari", password=PASSWORD)
    response = log_in(client, next="/admin/projects/project/")
    assert response["Location"] == "/admin/projects/project/"
    assert client.get("/admin/").status_code == 200


def test_a_user_with_two_step_login_is_asked_for_the_code_after_the_password(client):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, confirmed=True)
    response = log_in(client, next="/admin/projects/project/")
    assert response["Location"] == CODE_PAGE
    # Not logged in yet: the admin and its pages still send to the login.
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302

    page = BeautifulSoup(client.get(CODE_PAGE).text, "html.parser")
    field = page.find("input", attrs={"name": "otp_token"})
    assert page.find("label", attrs={"for": field["id"]}).get_text(strip=True) == (
        "Code from the authenticator app:"
    )
    assert field["autocomplete"] == "one-time-code" and field["inputmode"] == "numeric"
    assert page.find("input", attrs={"name": "password"}) is None

    logged_in = type_code(client, code(device))
    assert logged_in["Location"] == "/admin/projects/project/"
    assert client.get("/admin/projects/project/").status_code == 200
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert two_step.LOGIN_SESSION_KEY not in client.session


def test_the_code_page_without_a_right_password_first_leads_back_to_the_login(client):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, confirmed=True)
    assert client.get(CODE_PAGE)["Location"] == reverse("admin:login")
    assert type_code(client, code(device))["Location"] == reverse("admin:login")
    assert log_in(client, password="wrong").status_code == 200
    assert type_code(client, code(device))["Location"] == reverse("admin:login")
    assert "_auth_user_id" not in client.session


def test_the_waiting_login_belongs_to_its_own_session(client, no_throttle):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, confirmed=True)
    log_in(client)
    waiting = client.session[two_step.LOGIN_SESSION_KEY]
    # Someone who copies the waiting login into a session of their own gets nowhere.
    other = Client()
    other.get(reverse("admin:login"))
    session = other.session
    session[two_step.LOGIN_SESSION_KEY] = waiting
    session.save()
    assert type_code(other, code(device))["Location"] == reverse("admin:login")
    assert "_auth_user_id" not in other.session
    # Nor can a session make one up.
    session = other.session
    session[two_step.LOGIN_SESSION_KEY] = waiting.replace(waiting[:8], "eyJ1c2Vy")
    session.save()
    assert type_code(other, code(device))["Location"] == reverse("admin:login")
    assert type_code(client, code(device))["Location"] == "/admin/"


def test_the_code_must_follow_the_password_within_a_few_minutes(client, monkeypatch):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, confirmed=True)
    log_in(client)
    later = time.time() + two_step.LOGIN_CODE_MINUTES * 60 + 1
    monkeypatch.setattr(two_step.time, "time", lambda: later)
    response = type_code(client, code(device))
    assert response["Location"] == reverse("admin:login")
    page = client.get(response["Location"]).text
    with translation.override("en"):
        expired = translation.ngettext(
            "The code was not typed within %(minutes)d minute. Log in again with your user "
            "name and password.",
            "The code was not typed within %(minutes)d minutes. Log in again with your user "
            "name and password.",
            5,
        ) % {"minutes": 5}
    assert expired in page
    assert "_auth_user_id" not in client.session


def test_a_password_changed_while_the_code_is_awaited_ends_that_login(client):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, confirmed=True)
    log_in(client)
    kari.set_password("Nytt-passord-for-Kari-9")
    kari.save()
    assert type_code(client, code(device))["Location"] == reverse("admin:login")
    assert "_auth_user_id" not in client.session


def test_a_few_wrong_codes_send_the_user_back_to_the_password(client, no_throttle):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, confirmed=True)
    log_in(client)
    wrong = other_than(code(device, -1), code(device), code(device, 1))
    for left in range(two_step.LOGIN_WRONG_CODE_LIMIT - 1, 0, -1):
        response = type_code(client, wrong)
        assert response.status_code == 200
        assert login_error(response) == [CODE_WRONG]
        assert f"After {left} more wrong code" in response.text
        field = BeautifulSoup(response.text, "html.parser").find(attrs={"name": "otp_token"})
        assert not field.get("value")  # ready for the next code
    ended = type_code(client, wrong)
    assert ended["Location"] == reverse("admin:login")
    assert "Too many wrong codes. Log in again" in client.get(ended["Location"]).text
    # The right code is no use now; the password is needed again.
    assert type_code(client, code(device))["Location"] == reverse("admin:login")
    assert log_in(client, otp_token=code(device)).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_admin_links_to_two_step_login_for_every_staff_user(client):
    client.force_login(make_process_leader("kari", password=PASSWORD))
    assert f'href="{SETUP}"' in client.get("/admin/").text


def test_the_setup_page_shows_a_qr_code_inline_and_the_key_to_type(client):
    kari = make_process_leader("kari", password=PASSWORD)
    client.force_login(kari)
    page = client.get(SETUP).text
    assert not TOTPDevice.objects.exists()  # the key waits in this session only
    svg = shown_qr(page)
    assert 'role="img"' in svg
    assert "style=" not in svg  # nothing the Content Security Policy would block
    assert "http" not in svg.replace("http://www.w3.org", "")
    key = shown_key(page)
    assert len(key) == 20
    assert svg == qr_for(kari, key)
    assert 'type="submit" value="Turn on two-step login"' in page
    # The same key on a second visit of the same attempt.
    assert shown_key(client.get(SETUP).text) == key


def test_each_session_of_a_user_gets_a_key_of_its_own_in_the_qr_code_and_the_text(client):
    kari = make_process_leader("kari", password=PASSWORD)
    pages = []
    for browser in (Client(), Client()):
        browser.force_login(kari)
        pages.append(browser.get(SETUP).text)
    keys = [shown_key(page) for page in pages]
    assert keys[0] != keys[1]
    for page, key in zip(pages, keys, strict=True):
        assert shown_qr(page) == qr_for(kari, key)
    assert not TOTPDevice.objects.exists()


def test_a_key_shown_in_one_session_never_works_in_another(no_throttle):
    make_process_leader("kari", password=PASSWORD)
    kari_browser, kari_key = start_set_up()
    other_browser, other_key = start_set_up()

    refused = kari_browser.post(SETUP, {"code": code(other_key)})
    assert refused.status_code == 200
    assert CODE_WRONG in refused.text
    assert not TOTPDevice.objects.exists()

    assert kari_browser.post(SETUP, {"code": code(kari_key)}).status_code == 302
    device = TOTPDevice.objects.get()
    assert device.bin_key == kari_key
    # The other session is now asked for a code of the device to turn it off: its own key's
    # code neither turns it off nor makes a second device.
    other_browser.post(SETUP, {"code": code(other_key, 1)})
    assert list(TOTPDevice.objects.all()) == [device]


def test_one_who_noted_a_key_cannot_log_in_with_it_after_the_user_turns_it_on(no_throttle):
    make_process_leader("kari", password=PASSWORD)
    intruder, noted_key = start_set_up()
    kari_browser, _kari_key = start_set_up()
    device = set_up(kari_browser)
    assert device.bin_key != noted_key

    # The session that saw the key, logged in by password only, is not let in now,
    # and a new login with a code from that key is refused.
    assert intruder.get("/admin/").status_code == 302
    intruder = Client()
    for steps_ahead in (0, 1):
        response = log_in(intruder, otp_token=code(noted_key, steps_ahead))
        assert response.status_code == 200
        assert login_error(response) == [CODE_WRONG]
    assert intruder.get("/admin/").status_code == 302


def test_a_set_up_key_older_than_the_limit_is_not_accepted(client, settings):
    settings.TWO_STEP_SETUP_MINUTES = 15
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    key = shown_key(client.get(SETUP).text)
    age_set_up(client, 14)
    assert shown_key(client.get(SETUP).text) == key

    age_set_up(client, 2)
    late = client.post(SETUP, {"code": code(key)})
    assert late.status_code == 200
    assert "not finished within 15 minutes, so it starts again with a new key" in late.text
    new_key = shown_key(late.text)
    assert new_key != key
    assert shown_qr(late.text) == qr_for(User.objects.get(), new_key)
    assert not TOTPDevice.objects.exists()

    assert client.post(SETUP, {"code": code(new_key)}).status_code == 302
    assert TOTPDevice.objects.get().bin_key == new_key


def test_a_wrong_code_keeps_the_key_so_the_user_need_not_scan_again(client):
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    key = shown_key(client.get(SETUP).text)
    wrong = client.post(SETUP, {"code": other_than(code(key, -1), code(key), code(key, 1))})
    assert wrong.status_code == 200
    assert CODE_WRONG in wrong.text
    assert not TOTPDevice.objects.exists()
    assert shown_key(wrong.text) == key
    assert shown_qr(wrong.text) == qr_for(User.objects.get(), key)
    # Straight after, with no wait: nothing was saved that could make it wait.
    assert client.post(SETUP, {"code": code(key)}).status_code == 302
    assert TOTPDevice.objects.get(confirmed=True).bin_key == key


def test_a_few_wrong_codes_end_the_set_up_attempt(client):
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    key = shown_key(client.get(SETUP).text)
    wrong = other_than(code(key, -1), code(key), code(key, 1), code(key, 2))
    for _ in range(two_step.SET_UP_WRONG_CODE_LIMIT - 1):
        assert shown_key(client.post(SETUP, {"code": wrong}).text) == key
    ended = client.post(SETUP, {"code": wrong})
    assert "Too many wrong codes, so the set-up starts again with a new key" in ended.text
    new_key = shown_key(ended.text)
    assert new_key != key
    # The old key's code is not checked against the new attempt's key, nor accepted.
    assert client.post(SETUP, {"code": code(key)}).status_code == 200
    assert not TOTPDevice.objects.exists()
    assert client.post(SETUP, {"code": code(new_key)}).status_code == 302


def test_unconfirmed_devices_from_before_are_never_shown_or_accepted(client):
    kari = make_process_leader("kari", password=PASSWORD)
    old = TOTPDevice.objects.create(user=kari, confirmed=False)
    assert log_in(client).status_code == 302
    assert client.get("/admin/").status_code == 200
    page = client.get(SETUP).text
    assert shown_key(page) != old.bin_key
    assert b32encode(old.bin_key).decode()[:8] not in page.replace(" ", "")
    assert client.post(SETUP, {"code": code(old)}).status_code == 200
    assert not TOTPDevice.objects.filter(confirmed=True).exists()

    migration = importlib.import_module(
        "security.migrations.0001_remove_unconfirmed_two_step_devices"
    )
    confirmed = TOTPDevice.objects.create(user=kari, confirmed=True)
    migration.remove_unconfirmed_devices(apps, SimpleNamespace(connection=connection))
    assert list(TOTPDevice.objects.all()) == [confirmed]


def test_a_staff_user_turns_it_on_then_needs_the_code_to_log_in(client, no_throttle):
    make_process_leader("kari", password=PASSWORD)
    assert log_in(client).status_code == 302
    key = shown_key(client.get(SETUP).text)
    wrong = client.post(SETUP, {"code": other_than(code(key, -1), code(key), code(key, 1))})
    assert CODE_WRONG in wrong.text
    device = set_up(client)
    assert client.get("/admin/").status_code == 200
    client.post(reverse("admin:logout"))

    assert log_in(client)["Location"] == CODE_PAGE
    wrong = type_code(client, other_than(code(device, 1)))
    assert wrong.status_code == 200
    assert login_error(wrong) == [CODE_WRONG]
    assert client.get("/admin/").status_code == 302

    assert type_code(client, code(device, steps_ahead=1)).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_every_failed_password_says_the_same_whatever_was_wrong(client):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, confirmed=True)
    wrong_password = log_in(client, password="Fjell-og-fjord-2026")
    assert wrong_password.status_code == 200
    assert login_error(wrong_password) == [LOGIN_FAILED]
    no_such_user = log_in(client, "kari-nordmann")
    assert no_such_user.status_code == 200
    assert login_error(no_such_user) == login_error(wrong_password)
    # Whether the user has two-step login shows only after the right password.
    assert log_in(client)["Location"] == CODE_PAGE
    wrong_code = type_code(client, other_than(code(device, -1), code(device), code(device, 1)))
    assert login_error(wrong_code) == [CODE_WRONG]
    # Each counts towards django-axes' lockout, the wrong code as well.
    failures = AccessAttempt.objects.filter(username="kari").values_list(
        "failures_since_start", flat=True
    )
    assert sum(failures) == 2


def test_a_used_code_cannot_be_used_again(client, no_throttle):
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    device = set_up(client)
    client.post(reverse("admin:logout"))
    refused = log_in(client, otp_token=device.used_code)
    assert refused.status_code == 200
    assert login_error(refused) == [CODE_WRONG]


def test_wrong_codes_make_the_device_wait_and_count_towards_the_lockout(client, settings):
    # A minute's wait after a wrong code, so that it surely lasts through the next try.
    settings.OTP_TOTP_THROTTLE_FACTOR = 60
    make_process_leader("kari", password=PASSWORD)
    log_in(client)
    device = set_up(client)
    client.post(reverse("admin:logout"))
    log_in(client, otp_token=other_than(code(device), code(device, 1)))
    # The right code, refused while the device waits, with a word to wait.
    throttled = type_code(client, code(device, 1))
    assert login_error(throttled) == [
        "Too many wrong codes in a row. Wait a minute and try again with the code the app "
        "shows then."
    ]
    assert login_error(log_in(client, password="wrong")) == [LOGIN_FAILED]
    log_in(client, otp_token="000000")
    # The fifth failure locks the login out, from the code page as from the password.
    assert type_code(client, "000000").status_code == 429
    assert log_in(client).status_code == 429


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
    client.post(SETUP, {"code": other_than(code(device, 1))})
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
