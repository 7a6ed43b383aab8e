"""Deployment checks (`manage.py check --deploy`) for what production runs without, but
not well.

What the site cannot run without at all is refused at start-up (config/settings.py);
these are the settings with a default that works but is wrong for most servers. Each
setting has a check id of its own, and each message says what goes wrong for whom and
what to set. Elsewhere: SITE_URL (security/checks.py), a Redis without a password
(ratelimits/checks.py), who is told of tips (tips/checks.py).
"""

import os
import pwd
from email.utils import parseaddr
from pathlib import Path

from django.conf import settings
from django.core.checks import Info, Tags, Warning, register

# Mail from these domains is refused or lost by most mail servers: they are for examples.
PLACEHOLDER_MAIL_DOMAINS = {"localhost", "localhost.localdomain", "example.org", "example.com",
                            "example.net"}  # fmt: skip
PLACEHOLDER_MAIL_SUFFIXES = (".example", ".invalid", ".test", ".localhost", ".local")

# The folders the site writes to: check id, what each holds, and where it belongs.
WRITTEN_FOLDERS = [
    ("MEDIA_ROOT", "framdrift.W011", "uploaded pictures and documents",
     "/var/lib/framdrift/media"),
    ("PRIVATE_MEDIA_ROOT", "framdrift.W012", "photos from residents' tips",
     "/var/lib/framdrift/private-media (mode 0700)"),
    ("BACKUP_DIR", "framdrift.W013", "backup archives", "/var/backups/framdrift (mode 0700)"),
]  # fmt: skip
# Media on object storage (MEDIA_STORAGE=s3) has no folders of its own.
FOLDER_STORAGE = {"MEDIA_ROOT": "default", "PRIVATE_MEDIA_ROOT": "private"}


@register(Tags.security, deploy=True)
def client_address_behind_a_proxy(app_configs, **kwargs):
    """Behind a proxy every request comes from the proxy's address."""
    behind_proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None) is not None
    if not behind_proxy or settings.CLIENT_IP_HEADER != "REMOTE_ADDR":
        return []
    return [
        Warning(
            "CLIENT_IP_HEADER is REMOTE_ADDR though the site is behind a proxy "
            "(DJANGO_BEHIND_TLS_PROXY): every resident has the proxy's address, so one "
            "tip limit holds for the whole municipality and one failed-login lockout "
            "locks out all staff.",
            hint="Set CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR and TRUSTED_PROXY_COUNT to the "
            "number of your own proxies a request passes (1 for nginx alone).",
            id="framdrift.W010",
        )
    ]


def uses_the_folder(name):
    alias = FOLDER_STORAGE.get(name)
    if alias is None:
        return True
    backend = settings.STORAGES.get(alias, {}).get("BACKEND", "")
    return not backend or backend.endswith("FileSystemStorage")


def nearest_existing(path):
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def running_user():
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return f"uid {os.geteuid()}"


def folder_problem(path):
    """What is wrong with a folder the site writes to, or None."""
    code = Path(settings.BASE_DIR).resolve()
    resolved = path.resolve()
    if resolved == code or resolved.is_relative_to(code):
        return (
            f"is inside the code folder ({code}): the service should not be able to write "
            "there, and an upgrade or a fresh checkout must not touch what it holds"
        )
    existing = nearest_existing(resolved)
    if not existing.is_dir():
        return f"cannot be made: {existing} is not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        missing = "" if existing == resolved else f" and cannot be made in {existing}"
        return f"is not writable by {running_user()}, the user running this{missing}"
    return None


@register(Tags.security, deploy=True)
def written_folders_are_outside_the_code_and_writable(app_configs, **kwargs):
    problems = []
    for name, check_id, holds, where in WRITTEN_FOLDERS:
        if not uses_the_folder(name):
            continue
        path = Path(getattr(settings, name))
        problem = folder_problem(path)
        if problem:
            problems.append(
                Warning(
                    f"{name} ({path}), where {holds} are kept, {problem}.",
                    hint=f"Set {name} to a folder the service user owns, such as {where}, "
                    "and run this check as that user: framdrift-manage check --deploy",
                    id=check_id,
                )
            )
    return problems


def is_placeholder_domain(domain):
    domain = domain.lower().rstrip(".")
    return any(
        domain == placeholder or domain.endswith("." + placeholder)
        for placeholder in PLACEHOLDER_MAIL_DOMAINS
    ) or domain.endswith(PLACEHOLDER_MAIL_SUFFIXES)


@register(Tags.security, deploy=True)
def mail_goes_out_from_a_real_address(app_configs, **kwargs):
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    domain = address.rpartition("@")[2]
    if "@" in address and not is_placeholder_domain(domain):
        return []
    return [
        Warning(
            f"DEFAULT_FROM_EMAIL ({settings.DEFAULT_FROM_EMAIL}) is not an address mail "
            "servers deliver from: tip notifications, follow confirmations and password "
            "reset links would be refused or land in spam.",
            hint="Set DEFAULT_FROM_EMAIL to an address of the municipality's own domain that "
            "the mail server may send from, e.g. 'Framdrift <framdrift@kommune.no>'.",
            id="framdrift.W014",
        )
    ]


@register(Tags.security, deploy=True)
def smtp_password_is_not_sent_in_the_clear(app_configs, **kwargs):
    options = settings.MAILERS.get("default", {}).get("OPTIONS", {})
    encrypted = options.get("use_tls") or options.get("use_ssl")
    if not options.get("password") or encrypted:
        return []
    return [
        Warning(
            f"SMTP_PASSWORD is set but neither SMTP_STARTTLS nor SMTP_SSL is on: the mail "
            f"password goes to {options.get('host')} unencrypted.",
            hint="Set SMTP_STARTTLS=true (port 587) or SMTP_SSL=true (port 465).",
            id="framdrift.W015",
        )
    ]


@register(Tags.security, deploy=True)
def hsts_preload_only_after_a_trial(app_configs, **kwargs):
    if not settings.SECURE_HSTS_PRELOAD:
        return []
    return [
        Info(
            "HSTS preload is on (DJANGO_HSTS_PRELOAD): once the domain is submitted to the "
            "browsers' preload list, leaving it takes months, and the domain and every "
            "subdomain must serve HTTPS all that time.",
            hint="Keep it on only after some weeks of HSTS without preload with no problems "
            "on any subdomain; otherwise set DJANGO_HSTS_PRELOAD=false.",
            id="framdrift.I016",
        )
    ]
