"""The admin's door: lockout after failed logins (per account and per client) with an
audit trail, a configurable address, sessions that end when idle, strong passwords.
Two-step login is in tests/test_two_step_login.py."""

import importlib
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.urls import clear_url_caches, reverse
from django.utils import timezone

from tests.base import make_process_leader, make_project
from tests.test_two_step_login import LOGIN_FAILED

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Fjord-og-fjell-2026"


@pytest.fixture(autouse=True)
def english(settings):
    # The wording is asserted in English, whatever the catalogue says in Nynorsk.
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def kari():
    return make_process_leader("kari", password=PASSWORD)


def log_in(client, username="kari", password=PASSWORD, address="10.0.0.1", **extra):
    data = {"username": username, "password": password}
    return client.post(reverse("admin:login"), data, REMOTE_ADDR=address, **extra)


def fail_five_times(client, usernames=("kari",), addresses=("10.0.0.1",)):
    for attempt in range(django_settings.AXES_FAILURE_LIMIT):
        response = log_in(
            client,
            usernames[attempt % len(usernames)],
            "wrong-password",
            addresses[attempt % len(addresses)],
        )
    return response


def test_the_limit_and_cool_off_default_to_five_tries_and_an_hour():
    assert django_settings.AXES_FAILURE_LIMIT == 5
    assert timedelta(hours=1) == django_settings.AXES_COOLOFF_TIME


def test_a_wrong_password_is_refused_with_the_usual_message_before_the_limit(client, kari):
    response = log_in(client, password="wrong")
    assert response.status_code == 200
    assert LOGIN_FAILED in response.text


def test_an_unknown_name_or_a_user_who_is_not_staff_gets_the_same_message(client, kari):
    User.objects.create_user("ola", password=PASSWORD)

    def error(response):
        return response.text[response.text.index('<p class="errornote">') :].split("</p>")[0]

    wrong_password = error(log_in(client, password="wrong"))
    assert LOGIN_FAILED in wrong_password
    assert error(log_in(client, "kari-nordmann")) == wrong_password
    assert error(log_in(client, "ola")) == wrong_password


def test_an_account_is_locked_after_five_failures_even_from_different_addresses(client, kari):
    locked = fail_five_times(client, addresses=("10.0.0.1", "10.0.0.2"))
    assert locked.status_code == 429
    # The right password from a third address does not open it either.
    assert log_in(client, address="10.0.0.3").status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_client_trying_many_accounts_is_locked_out_but_others_are_not(client, kari):
    names = ("ola", "per", "anne", "siri", "knut")
    assert fail_five_times(client, usernames=names, addresses=("10.0.0.9",)).status_code == 429
    assert log_in(client, address="10.0.0.9").status_code == 429
    assert log_in(client, address="10.0.0.1").status_code == 302


def test_the_client_address_is_read_from_the_configured_proxy_header(client, kari, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    for name in ("ola", "per", "anne", "siri", "knut"):
        log_in(client, name, "wrong", HTTP_X_REAL_IP="192.0.2.7")
    assert AccessAttempt.objects.filter(ip_address="192.0.2.7").count() == 5
    assert log_in(client, HTTP_X_REAL_IP="192.0.2.7").status_code == 429
    assert log_in(client, HTTP_X_REAL_IP="192.0.2.8").status_code == 302


def test_the_lockout_page_says_what_happened_when_to_try_again_and_whom_to_ask(
    client, kari, settings
):
    settings.ADMIN_SUPPORT_CONTACT = "IT-tenesta, telefon 555 12 345"
    page = fail_five_times(client)
    assert page.status_code == 429
    assert "after 5 failed tries" in page.text
    # An hour after the last failed try, which may have been in the minute before this one.
    until = timezone.localtime() + timedelta(hours=1)
    # After 23:00 the hour is tomorrow's, and the date is given before it.
    assert any(
        re.search(rf"You can try again after ([^<]*\d )?{moment:%H:%M}\.", page.text)
        for moment in (until, until - timedelta(minutes=1))
    )
    assert "ask someone who manages the users of this site" in page.text
    assert "IT-tenesta, telefon 555 12 345" in page.text
    assert "Content-Security-Policy" in page


def test_after_the_cool_off_the_right_password_works_again(client, kari):
    fail_five_times(client)
    # An hour passes: the attempts are older than the cool-off.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(hours=1, minutes=1))
    assert log_in(client).status_code == 302


def test_attempts_are_an_audit_trail_a_superuser_reads_and_clears_to_unlock(
    client, admin_client, kari
):
    fail_five_times(client, addresses=("10.0.0.1", "10.0.0.2"))
    attempts = admin_client.get("/admin/axes/accessattempt/")
    assert attempts.status_code == 200
    assert "kari" in attempts.text
    assert AccessFailureLog.objects.filter(username="kari").count() == 5
    assert admin_client.get("/admin/axes/accessfailurelog/").status_code == 200

    ids = [str(pk) for pk in AccessAttempt.objects.values_list("pk", flat=True)]
    admin_client.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert not AccessAttempt.objects.exists()
    assert log_in(client).status_code == 302
    assert AccessLog.objects.filter(username="kari").exists()
    assert "kari" in admin_client.get("/admin/axes/accesslog/").text


def test_the_process_leader_cannot_see_or_reset_the_audit_trail(client, kari):
    client.force_login(kari)
    for model in ("accessattempt", "accesslog", "accessfailurelog"):
        assert client.get(f"/admin/axes/{model}/").status_code == 403
    assert "/admin/axes/" not in client.get("/admin/").text


# The admin's address


@pytest.fixture
def admin_elsewhere(settings):
    settings.ADMIN_URL = "styring-7f3k/"
    settings.PAGE_CACHE_EXCLUDE_PREFIXES = ("/styring-7f3k/", "/media/", "/static/")
    urls = importlib.import_module("config.urls")
    importlib.reload(urls)
    clear_url_caches()
    yield
    settings.ADMIN_URL = "admin/"
    importlib.reload(urls)
    clear_url_caches()


def test_the_admin_moves_to_the_configured_address(client, kari, admin_elsewhere):
    assert reverse("admin:index") == "/styring-7f3k/"
    assert client.get("/admin/").status_code == 404
    assert client.get("/styring-7f3k/")["Location"].startswith("/styring-7f3k/login/")
    assert log_in(client).status_code == 302
    assert client.get("/styring-7f3k/projects/project/").status_code == 200


def run_manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ADMIN_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean | {"DJANGO_DEBUG": "true"} | env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_address_idle_time_and_lockout_come_from_the_environment():
    script = (
        "from django.conf import settings as s; from django.urls import reverse; "
        "print(reverse('admin:index'), s.PAGE_CACHE_EXCLUDE_PREFIXES[0], s.SESSION_COOKIE_AGE, "
        "s.AXES_FAILURE_LIMIT, int(s.AXES_COOLOFF_TIME.total_seconds()), "
        "s.ADMIN_REQUIRE_2FA_FOR_SUPERUSERS)"
    )
    result = run_manage(
        "shell",
        "-c",
        script,
        ADMIN_URL="styring/",
        SESSION_IDLE_MINUTES="15",
        AXES_FAILURE_LIMIT="8",
        AXES_COOLOFF_MINUTES="30",
        ADMIN_REQUIRE_2FA_FOR_SUPERUSERS="true",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-6:] == ["/styring/", "/styring/", "900", "8", "1800", "True"]


def test_an_admin_address_without_a_final_slash_is_refused():
    result = run_manage("check", ADMIN_URL="styring")
    assert result.returncode != 0
    assert "ADMIN_URL must be a path that ends with /" in result.stderr


# Sessions


def test_residents_reading_the_site_get_no_session_cookie(client):
    project = make_project()
    for url in ["/", project.get_absolute_url(), "/tips/", "/prosjekt/finst-ikkje/"]:
        response = client.get(url)
        assert django_settings.SESSION_COOKIE_NAME not in response.cookies, url
    assert not Session.objects.exists()


def test_a_session_ends_after_the_idle_time_and_each_request_renews_it(client, kari, settings):
    settings.SESSION_COOKIE_AGE = 15 * 60
    log_in(client)
    session = Session.objects.get()
    assert client.get("/admin/").status_code == 200
    # Fourteen minutes idle: the next request still works and starts the time again.
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=1))
    assert client.get("/admin/").status_code == 200
    session.refresh_from_db()
    assert session.expire_date > timezone.now() + timedelta(minutes=14)
    # Fifteen minutes idle: the session is over.
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# Passwords


def test_a_weak_password_is_refused_when_the_admin_sets_one(admin_client):
    form = {"username": "ola", "usable_password": "true"}
    for weak in ["12345678", "password1", "olaola"]:
        response = admin_client.post(
            "/admin/auth/user/add/", form | {"password1": weak, "password2": weak}
        )
        assert response.status_code == 200
    assert not User.objects.filter(username="ola").exists()
    strong = "Fjell-og-fjord-2026"
    admin_client.post("/admin/auth/user/add/", form | {"password1": strong, "password2": strong})
    assert User.objects.filter(username="ola").exists()
