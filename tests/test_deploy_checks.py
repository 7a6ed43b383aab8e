"""`manage.py check --deploy` names each setting production runs with, but not well
(operations/checks.py), with what to set; and says nothing once it is set right.

That a folder not writable by the service user is flagged needs an unprivileged user:
tests/test_env_file.py runs the check as one."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError

# tips/checks.py reads who the process leaders are.
pytestmark = pytest.mark.django_db

OUR_IDS = {f"framdrift.W01{n}" for n in range(6)} | {"framdrift.I016"}
SMTP = {
    "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "OPTIONS": {
        "host": "smtp.fjordvik.kommune.no",
        "port": 587,
        "username": "framdrift",
        "password": "s3cret",
        "use_tls": True,
        "use_ssl": False,
    },
}


@pytest.fixture
def right(settings, tmp_path):
    """Everything these checks look at, set as the README says."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    settings.BACKUP_DIR = tmp_path / "backups"
    settings.DEFAULT_FROM_EMAIL = "Framdrift <framdrift@fjordvik.kommune.no>"
    settings.MAILERS = {"default": SMTP}
    settings.SECURE_HSTS_PRELOAD = False
    return settings


def flagged():
    return {message.id for message in run_checks(include_deployment_checks=True)} & OUR_IDS


def test_set_as_the_readme_says_nothing_is_flagged(right):
    assert flagged() == set()


def test_the_client_address_left_at_remote_addr_behind_a_proxy_is_flagged(right):
    right.CLIENT_IP_HEADER = "REMOTE_ADDR"
    assert flagged() == {"framdrift.W010"}


def test_remote_addr_is_right_without_a_proxy(right):
    right.CLIENT_IP_HEADER = "REMOTE_ADDR"
    del right.SECURE_PROXY_SSL_HEADER
    assert flagged() == set()


@pytest.mark.parametrize(
    ("name", "check_id"),
    [
        ("MEDIA_ROOT", "framdrift.W011"),
        ("PRIVATE_MEDIA_ROOT", "framdrift.W012"),
        ("BACKUP_DIR", "framdrift.W013"),
    ],
)
def test_a_folder_the_site_writes_to_inside_the_code_folder_is_flagged(right, name, check_id):
    setattr(right, name, Path(django_settings.BASE_DIR) / "private-media")
    assert flagged() == {check_id}


def test_a_folder_that_cannot_be_made_is_flagged(right, tmp_path):
    (tmp_path / "a-file").write_text("")
    right.BACKUP_DIR = tmp_path / "a-file" / "backups"
    assert flagged() == {"framdrift.W013"}


def test_media_on_object_storage_needs_no_media_folders(right):
    right.STORAGES = right.STORAGES | {
        "default": {"BACKEND": "config.media_storages.PublicS3Storage"},
        "private": {"BACKEND": "config.media_storages.PrivateS3Storage"},
    }
    right.MEDIA_ROOT = right.PRIVATE_MEDIA_ROOT = Path(django_settings.BASE_DIR) / "media"
    assert flagged() == set()


@pytest.mark.parametrize(
    "sender",
    [
        "framdrift@localhost",
        "Framdrift <framdrift@example.org>",
        "framdrift@mail.example.com",
        "framdrift@framdrift.test",
        "framdrift",
    ],
)
def test_a_placeholder_sender_is_flagged(right, sender):
    right.DEFAULT_FROM_EMAIL = sender
    assert flagged() == {"framdrift.W014"}


def test_an_smtp_password_without_encryption_is_flagged(right):
    right.MAILERS = {"default": SMTP | {"OPTIONS": SMTP["OPTIONS"] | {"use_tls": False}}}
    assert flagged() == {"framdrift.W015"}
    ssl = SMTP["OPTIONS"] | {"use_tls": False, "use_ssl": True}
    right.MAILERS = {"default": SMTP | {"OPTIONS": ssl}}
    assert flagged() == set()


def test_hsts_preload_turned_on_is_told_as_information_only(right):
    right.SECURE_HSTS_PRELOAD = True
    assert flagged() == {"framdrift.I016"}


def test_the_check_command_says_what_to_set_and_leaves_preload_off_alone(right):
    right.CLIENT_IP_HEADER = "REMOTE_ADDR"
    right.SECURE_HSTS_SECONDS = 31_536_000
    output = StringIO()
    with pytest.raises(SystemCheckError) as refused:
        call_command("check", deploy=True, fail_level="WARNING", stdout=output, stderr=output)
    said = str(refused.value)
    assert "(framdrift.W010) CLIENT_IP_HEADER is REMOTE_ADDR" in said
    assert "HINT: Set CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR" in said
    # Preload is off by design until the IT provider decides: Django's own nudge is silenced.
    assert "security.W021" not in said
