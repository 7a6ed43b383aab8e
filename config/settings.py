"""Framdrift settings, read from the environment (see .env.example and the README)."""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name, "")
    if value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def media_origin(media_url):
    """The origin of MEDIA_URL where media is served from another host, as a list."""
    parts = urlsplit(media_url)
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


def is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


DEBUG = env_bool("DJANGO_DEBUG")

# What production (debug off) cannot run without. Development takes the defaults; in
# production each missing or unfit one is named on a line of its own, all of them at once,
# and the site refuses to start (the ImproperlyConfigured after the security settings).
refused_in_production = []


def needed_in_production(name, purpose):
    if not DEBUG:
        refused_in_production.append(f"{name} is not set: {purpose}")


def env_required(name, purpose, development_default):
    """The variable's value; in production, noted as missing when unset or empty."""
    value = os.environ.get(name, "")
    if not value:
        needed_in_production(name, purpose)
    return value or development_default


SECRET_KEY = env_required(
    "DJANGO_SECRET_KEY",
    "production needs a long random secret that signs sessions and links "
    "(python3 -c 'import secrets; print(secrets.token_urlsafe(50))').",
    "django-insecure-local-development-only",
)
# Old secret keys, comma-separated, still accepted for what they signed (sessions,
# password reset links, the links in follow emails): the way to change the key without
# logging everyone out or breaking emails already sent. Removed some weeks later.
SECRET_KEY_FALLBACKS = env_list("DJANGO_SECRET_KEY_FALLBACKS")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
if not ALLOWED_HOSTS:
    needed_in_production(
        "DJANGO_ALLOWED_HOSTS",
        "the host names the site answers to, comma-separated (framdrift.example.no); "
        "any other Host is refused.",
    )
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before the admin, as django-modeltranslation asks.
    "modeltranslation",
    # Django's admin, with the two-step-login-aware site of security/admin_site.py.
    "security.apps.FramdriftAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_htmx",
    "django_prose_editor",
    "django_tasks_db",
    # Who changed what, and undoing one change (history/).
    "reversion",
    # Projects to and from a spreadsheet (projects/spreadsheet.py).
    "import_export",
    "projects",
    "updates",
    "contacts",
    "tips",
    "events",
    "figures",
    "pages",
    "pagecache",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "security",
    "ratelimits",
    "operations",
    "demo",
    # Project lists and cards other sites show in a frame (embeds/).
    "embeds",
    "history",
    "nudges",
    "follows",
    # Open data: the datasets as files, the JSON API and DCAT-AP metadata (opendata/).
    "opendata",
    "feeds",
]

MIDDLEWARE = [
    # First, so that every response carries its X-Request-ID and every log line of the
    # request its id, pages from the cache and refusals of the middleware below included.
    "config.request_ids.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "security.middleware.PermissionsPolicyMiddleware",
    # Bodies larger than the site ever takes are refused before they are read (413).
    "security.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The page's language, from its address: the site's own, or a content language's
    # prefix (/en/...). Before the page cache, which keeps pages per language.
    "config.languages.SiteLanguageMiddleware",
    # A friendly 503 page while the database is unreachable, for all that follows.
    "config.database_down.DatabaseDownMiddleware",
    # Answers If-None-Match with 304 from the ETag the page cache gives every page.
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous pages from the cache, before sessions, users and messages are looked at.
    "pagecache.middleware.CachedPageMiddleware",
    # Projects whose scheduled update's time has come, brought up to date before a page
    # is made from them (one indexed query when none is due).
    "projects.middleware.ScheduledActivityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A 404 at another language's address becomes a redirect to the site's own.
    "config.addresses.OtherLanguageAddressMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "security.middleware.ContentSecurityPolicyMiddleware",
    # Turns a login refused for too many failures into the lockout page.
    "axes.middleware.AxesMiddleware",
    # Last, so that the page it keeps is the view's own, before anything for one visitor.
    "pagecache.middleware.PageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "projects.context_processors.site",
            ],
        },
    },
    # The pieces made most often (a project's card, the overview's latest updates), in
    # Jinja2 (projects/jinja2.py).
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "NAME": "jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "projects.jinja2.environment"},
    },
]
# Django's own widget templates from their Jinja2 copies: three times faster (config/forms.py).
FORM_RENDERER = "config.forms.FormRenderer"

# Database: SQLite in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'framdrift.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and a writer work at once; IMMEDIATE avoids "database is locked"
    # when two requests upgrade a read to a write at the same moment. The connection is
    # kept, like PostgreSQL's: opening one costs more than most cached pages take.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA busy_timeout=5000;",
    }
    # Django's backend, converting each statement's placeholders once (config/sqlite_backend).
    DATABASES["default"]["ENGINE"] = "config.sqlite_backend"
    # Tests in memory, as Django's backend has them by default (pytest-django knows SQLite
    # only by Django's own ENGINE, and would name a file after the site's for each worker).
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database host that stops answering, rather than refusing, must not hold a request
    # past gunicorn's timeout: after this many seconds the resident gets the 503 page.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 5)
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time: Nynorsk and Oslo unless the municipality says otherwise.
# The whole site speaks the municipality's language (LANGUAGE_CODE), whatever the browser
# asks for. A municipality may add content languages (CONTENT_LANGUAGES, e.g. "en"): then
# the process leader can translate every public text, and residents read it under a
# prefix (/en/...), falling back to the site's language where nothing is translated.
SITE_LANGUAGES = {
    "nn": _("Norwegian Nynorsk"),
    "nb": _("Norwegian Bokmål"),
    "sv": _("Swedish"),
    "da": _("Danish"),
    "en": _("English"),
}
LANGUAGE_CODE = env("LANGUAGE_CODE", "nn")
CONTENT_LANGUAGES = [code for code in env_list("CONTENT_LANGUAGES") if code != LANGUAGE_CODE]
for code in [LANGUAGE_CODE, *CONTENT_LANGUAGES]:
    if code not in SITE_LANGUAGES:
        raise ImproperlyConfigured(
            f"The site speaks {', '.join(SITE_LANGUAGES)}; {code!r} is not one of them."
        )
LANGUAGES = [(code, SITE_LANGUAGES[code]) for code in [LANGUAGE_CODE, *CONTENT_LANGUAGES]]
# Every text residents read has a column per language, whichever are in use, so that the
# database is the same for every municipality (django-modeltranslation).
MODELTRANSLATION_LANGUAGES = tuple(SITE_LANGUAGES)
MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_FALLBACK_LANGUAGES = (LANGUAGE_CODE,)
# Dates and numbers as each language writes them; English in British form (config/formats).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = env("TIME_ZONE", "Europe/Oslo")
USE_I18N = True
USE_TZ = True
# locale-admin fills the few admin strings Django 6.1 has not translated to Nynorsk yet.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-admin"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(
    env_required(
        "STATIC_ROOT",
        "the folder collectstatic fills and the site serves CSS and scripts from "
        "(/var/lib/framdrift/static).",
        str(BASE_DIR / "staticfiles"),
    )
)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
# Outside the code folder in production: the service cannot write there, and an upgrade
# must not touch what was uploaded. Media on object storage (MEDIA_STORAGE=s3) needs no
# folders of its own.
media_on_disk = os.environ.get("MEDIA_STORAGE", "filesystem") != "s3"
MEDIA_ROOT = Path(
    env_required(
        "MEDIA_ROOT",
        "the folder where uploaded pictures and documents are kept (/var/lib/framdrift/media).",
        str(BASE_DIR / "media"),
    )
    if media_on_disk
    else env("MEDIA_ROOT", str(BASE_DIR / "media"))
)
# Residents' photos from tips wait here, outside MEDIA_ROOT and with no URL of their own,
# until the process leader publishes one; staff see them through the admin.
PRIVATE_MEDIA_ROOT = Path(
    env_required(
        "PRIVATE_MEDIA_ROOT",
        "the folder, served by no web server, where photos from residents' tips are kept "
        "(/var/lib/framdrift/private-media, mode 0700).",
        str(BASE_DIR / "private-media"),
    )
    if media_on_disk
    else env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media"))
)
# Media on this server's disk (MEDIA_STORAGE=filesystem), or in two buckets of S3-compatible
# object storage every app server shares (s3): public media, and private media that has no
# URL (config/media_storages.py).
MEDIA_STORAGE = env("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "filesystem":
    media_storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {"BACKEND": "config.media_storages.PrivateFileSystemStorage"},
    }
elif MEDIA_STORAGE == "s3":
    from config.media_storages import s3_storages

    # With object storage these have no default: a missing one stops the start.
    for name in ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]:
        env(name)
    # Pictures are reached at S3_MEDIA_URL (the bucket's public address, or a CDN's), else
    # at /media/, which the web server proxies to the bucket.
    MEDIA_URL = env("S3_MEDIA_URL", "") or MEDIA_URL
    if not MEDIA_URL.endswith("/"):
        MEDIA_URL += "/"
    media_storages = s3_storages(env("S3_MEDIA_BUCKET"), env("S3_PRIVATE_BUCKET"))
else:
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be filesystem or s3, not {MEDIA_STORAGE!r}.")
STORAGES = media_storages | {
    "staticfiles": {"BACKEND": "config.static_storage.MinifiedManifestStaticFilesStorage"},
}
# Media is served by the app itself only where no web server in front does it (see README).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", DEBUG)

# Where `manage.py backup` writes its archives (they hold personal data; keep them private).
BACKUP_DIR = Path(env("BACKUP_DIR", str(BASE_DIR / "backups")))

# Uploads: limits the process leader hits with a clear message, not a crash.
IMAGE_MAX_BYTES = env_int("IMAGE_MAX_BYTES", 15 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
# Read from a picture's header before a pixel is decoded, so an upload costs a worker less
# than 200 MB: its sides, how long and narrow it is, and the memory decoding it takes
# (4 bytes a pixel, four times that for WebP; a JPEG is decoded at a smaller scale).
IMAGE_MAX_SIDE = env_int("IMAGE_MAX_SIDE", 20_000)
IMAGE_MAX_ASPECT_RATIO = env_int("IMAGE_MAX_ASPECT_RATIO", 10)
IMAGE_MAX_DECODED_BYTES = env_int("IMAGE_MAX_DECODED_BYTES", 128 * 1024 * 1024)
# The long side of the picture kept; the renditions residents see are at most 1280 wide.
IMAGE_STORED_MAX_SIDE = env_int("IMAGE_STORED_MAX_SIDE", 2560)
DOCUMENT_MAX_BYTES = env_int("DOCUMENT_MAX_BYTES", 25 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

# The largest request body taken at all (security.middleware.RequestSizeLimitMiddleware):
# a tip with its photo on public pages; several pictures and documents at once in admin.
REQUEST_MAX_BYTES = env_int("REQUEST_MAX_BYTES", 20 * 1024 * 1024)
ADMIN_REQUEST_MAX_BYTES = env_int("ADMIN_REQUEST_MAX_BYTES", 200 * 1024 * 1024)

# Projects whose newest status update is older than this are flagged as stale in admin.
STALE_AFTER_DAYS = env_int("STALE_AFTER_DAYS", 90)

# The spreadsheet import (projects/spreadsheet.py) runs in one transaction: a bad row and
# nothing is imported.
IMPORT_EXPORT_USE_TRANSACTIONS = True

LOGIN_URL = "admin:login"

# The admin (security/): where it lives, how long a session lasts, lockout, two-step login.
# An address other than the well-known one keeps most robots off the login page.
ADMIN_URL = env("ADMIN_URL", "admin/")
if not ADMIN_URL.endswith("/") or ADMIN_URL.startswith("/") or ADMIN_URL == "/":
    raise ImproperlyConfigured(
        f"ADMIN_URL must be a path that ends with / and does not start with one, "
        f"such as admin/, not {ADMIN_URL!r}."
    )
# A logged-in session ends after this many minutes without a request: every request renews
# it. Residents reading the site get no session cookie from this, as empty sessions are
# never saved (the page cache depends on that).
SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", 60)
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True

AUTHENTICATION_BACKENDS = [
    # Refuses every login, right password or not, while the account or client is locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# django-axes: after AXES_FAILURE_LIMIT failed logins for one user name, or from one client
# address, every login for it is refused for AXES_COOLOFF_MINUTES. Counted in the database,
# so the limit holds across app servers; the attempts are its audit trail in admin.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 60))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "security.views.locked_out"
# The same client address the rate limits use (CLIENT_IP_HEADER; an IPv6 /64 as one).
AXES_CLIENT_IP_CALLABLE = "ratelimits.clients.client_address"
# Kept out of the stored attempts and the log.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token", "csrfmiddlewaretoken"]
# Two-step login with an authenticator app (django-otp, TOTP): any staff user may turn it
# on; these make it required, and a user without it is sent to set it up after logging in.
ADMIN_REQUIRE_2FA_FOR_SUPERUSERS = env_bool("ADMIN_REQUIRE_2FA_FOR_SUPERUSERS", False)
ADMIN_REQUIRE_2FA_FOR_STAFF = env_bool("ADMIN_REQUIRE_2FA_FOR_STAFF", False)
# The name the authenticator app shows beside the user name.
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "Framdrift")
# An unfinished set-up of two-step login (its key) is dropped after this many minutes.
TWO_STEP_SETUP_MINUTES = env_int("TWO_STEP_SETUP_MINUTES", 15)
# Whom staff should call when locked out, e.g. "IT-tenesta, telefon 555 12 345".
ADMIN_SUPPORT_CONTACT = env("ADMIN_SUPPORT_CONTACT", "")

# Caches hold kept pages and pieces of pages only (pagecache/), nothing that must last:
# rate limits (ratelimits/), login lockouts (django-axes' database handler), two-step
# login throttling (django-otp, on the device row), sessions and the content generation
# are all in the database. So there is one Redis, which may evict (allkeys-lru) or be
# emptied at any time, and no second one for counters: nothing counts in a cache.
# ratelimits/checks.py warns about a Redis on another machine without a password.
# Local memory, per process, by default; with several app servers, REDIS_URL lets them
# share what each has made. The site does not depend on Redis (config/caches.py): while
# it cannot be reached, pages are made afresh and nothing is kept, and Redis is used
# again by itself once it is back.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES["pages"] = {
        "BACKEND": "config.caches.ResilientRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "pages",
        "OPTIONS": {
            # Short, so that a Redis that does not answer holds up no request for long.
            "socket_connect_timeout": env_int("REDIS_CONNECT_TIMEOUT_MS", 250) / 1000,
            "socket_timeout": env_int("REDIS_TIMEOUT_MS", 500) / 1000,
            # After a failure, each process leaves Redis alone this long before trying again.
            "RETRY_AFTER_SECONDS": env_int("REDIS_RETRY_SECONDS", 5),
        },
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_MAX_ENTRIES", 3000)},
    }
# With Redis, each process keeps a copy of the pages and pieces it has read or made, and
# answers from it without a round trip (pagecache/kept.py): up to this many, 0 for none.
# Safe because what is kept under a key never changes (every key names the generation).
PAGE_CACHE_NEAR_ENTRIES = (
    env_int("PAGE_CACHE_NEAR_ENTRIES", 500) if os.environ.get("REDIS_URL") else 0
)
PAGE_CACHE_NEAR_ALIAS = "near" if PAGE_CACHE_NEAR_ENTRIES > 0 else None
if PAGE_CACHE_NEAR_ALIAS:
    CACHES["near"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages-near",
        "OPTIONS": {"MAX_ENTRIES": PAGE_CACHE_NEAR_ENTRIES},
    }

# The page cache (pagecache/middleware.py): anonymous pages are served from it until any
# public content changes or a scheduled change comes due.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
# Whether responses say "X-Page-Cache: hit" or "miss": for tests and the bench only, since
# a hit tells anyone that someone else recently asked for the same address (a search).
PAGE_CACHE_HEADER = env_bool("PAGE_CACHE_HEADER", False)
PAGE_CACHE_ALIAS = "pages"
# Pages from the cache are answered in front of Django's request handling, with the same
# code (pagecache/front.py, config/wsgi.py); off, every request goes through Django.
PAGE_CACHE_FRONT = env_bool("PAGE_CACHE_FRONT", True)
# Pieces of pages (cards, forms, headers, project pages) kept for everyone under the same rules,
# for pages the page cache cannot answer (pagecache/fragments.py).
FRAGMENT_CACHE_ENABLED = env_bool("FRAGMENT_CACHE", True)
# On PostgreSQL each process hears of changes (LISTEN/NOTIFY) instead of asking for each
# request; off, every request asks the database (pagecache/listener.py).
PAGE_CACHE_LISTEN = env_bool("PAGE_CACHE_LISTEN", True)
# The longest a page is kept; changes retire pages long before that.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 24 * 3600)
# Apps whose rows residents see: saving or deleting any of them retires every cached page.
PAGE_CACHE_CONTENT_APPS = {"projects", "updates", "contacts", "events", "figures", "pages"}
PAGE_CACHE_EXCLUDE_PREFIXES = (f"/{ADMIN_URL}", "/media/", "/static/", "/health/")
# When public pages change by time alone: functions (now) -> the next such moment.
PAGE_CACHE_SCHEDULES = [
    "updates.models.next_publication",
    "events.models.next_change",
    "pagecache.schedules.next_midnight",
]
# Hidden form fields made afresh for each request, even on a page from the cache.
PAGE_CACHE_FRESH_FIELDS = {
    "csrfmiddlewaretoken": "pagecache.csrf.csrf_token",
    "form_token": "tips.forms.form_token_for",
}

# Background tasks (notification emails) wait in the database for `manage.py worker`.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# A task still marked running after this long is taken to have lost its worker (killed,
# out of memory, machine restarted) and runs again. Keep it well above the longest task:
# a tip email takes at most a few times SMTP_TIMEOUT.
TASK_STALE_AFTER_SECONDS = env_int("TASK_STALE_AFTER_SECONDS", 600)
# Health (operations/health.py, /health/ and /health/app/). The worker says it is alive
# every WORKER_HEARTBEAT_SECONDS; /health/ fails when no worker has said so for
# HEALTH_WORKER_MAX_SILENCE_SECONDS, when a task has waited to run for longer than
# HEALTH_QUEUE_MAX_AGE_SECONDS, or when the disk of media on the file system has less
# than HEALTH_MEDIA_MIN_FREE_BYTES free.
WORKER_HEARTBEAT_SECONDS = env_int("WORKER_HEARTBEAT_SECONDS", 30)
HEALTH_WORKER_MAX_SILENCE_SECONDS = env_int("HEALTH_WORKER_MAX_SILENCE_SECONDS", 120)
HEALTH_QUEUE_MAX_AGE_SECONDS = env_int("HEALTH_QUEUE_MAX_AGE_SECONDS", 600)
HEALTH_MEDIA_MIN_FREE_BYTES = env_int("HEALTH_MEDIA_MIN_FREE_BYTES", 1024**3)
# The worker clears away what has run out (operations/housekeeping.py) this often.
HOUSEKEEPING_SECONDS = env_int("HOUSEKEEPING_SECONDS", 3600)
HOUSEKEEPING_JOBS = [
    "operations.housekeeping.clear_expired_sessions",
    "ratelimits.limits.prune",
    "projects.kept_uploads.remove_expired",
    "follows.housekeeping.forget_unconfirmed",
]
# A file chosen in an admin form that came back with an error is kept this long (under
# PRIVATE_MEDIA_ROOT/kept-uploads; projects/kept_uploads.py), then removed by the worker.
KEPT_UPLOADS_MAX_AGE_SECONDS = 24 * 60 * 60
# Following by email (follows/): a confirmation link lasts FOLLOW_CONFIRM_DAYS, and a
# sign-up never confirmed is forgotten after FOLLOW_FORGET_UNCONFIRMED_DAYS. The worker
# looks every FOLLOW_CHECK_SECONDS for what became public and for mail that is due; one
# follower gets at most one email per FOLLOW_MIN_MINUTES_BETWEEN_MAILS ("as it happens").
FOLLOW_CONFIRM_DAYS = env_int("FOLLOW_CONFIRM_DAYS", 3)
FOLLOW_FORGET_UNCONFIRMED_DAYS = env_int("FOLLOW_FORGET_UNCONFIRMED_DAYS", 5)
FOLLOW_CHECK_SECONDS = env_int("FOLLOW_CHECK_SECONDS", 60)
FOLLOW_MIN_MINUTES_BETWEEN_MAILS = env_int("FOLLOW_MIN_MINUTES_BETWEEN_MAILS", 15)
FOLLOW_SIGNUP_RATE_LIMIT = env("FOLLOW_SIGNUP_RATE_LIMIT", "10/h")
# The weekly email to each process leader about projects without news (nudges/): the
# day (0 Monday ... 6 Sunday) and hour, local time, until the process leader sets them
# in admin. The worker looks every DIGEST_CHECK_SECONDS whether it is due, so it goes
# out at most that long after the hour.
DIGEST_WEEKDAY = env_int("DIGEST_WEEKDAY", 0)
DIGEST_HOUR = env_int("DIGEST_HOUR", 7)
DIGEST_CHECK_SECONDS = env_int("DIGEST_CHECK_SECONDS", 300)
if DIGEST_WEEKDAY not in range(7) or DIGEST_HOUR not in range(24):
    raise ImproperlyConfigured(
        "DIGEST_WEEKDAY must be 0 (Monday) to 6 (Sunday) and DIGEST_HOUR 0 to 23, "
        f"not {DIGEST_WEEKDAY} and {DIGEST_HOUR}."
    )

# Email: SMTP in production (SMTP_HOST and friends); printed to the console in
# development unless an SMTP server is given.
if os.environ.get("SMTP_HOST") or not DEBUG:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env_required(
                    "SMTP_HOST",
                    "the mail server that sends tip notifications and follow confirmations "
                    "(SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_STARTTLS beside it).",
                    "localhost",
                ),
                "port": env_int("SMTP_PORT", 25),
                "username": env("SMTP_USER", ""),
                "password": env("SMTP_PASSWORD", ""),
                "use_tls": env_bool("SMTP_STARTTLS", False),
                "use_ssl": env_bool("SMTP_SSL", False),
                "timeout": env_int("SMTP_TIMEOUT", 20),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = env_required(
    "DEFAULT_FROM_EMAIL",
    "the sender of every email the site sends, an address your mail server may send "
    "from ('Framdrift <framdrift@kommune.no>').",
    "framdrift@localhost",
)
# The site's public address, e.g. https://framdrift.example.no: every absolute link the
# site writes (share links, calendar files, emails) starts with it, never with the Host a
# request came with (config/addresses.py). A scheme and a host (and port), no path. In
# production it is https://, unless the site is only tried on this machine (loopback).
# `check --deploy` warns when its host is not in ALLOWED_HOSTS (security/checks.py).
SITE_URL = env_required(
    "SITE_URL",
    "the site's public address, which every link in emails, feeds and calendars starts "
    "with (https://framdrift.example.no).",
    "http://127.0.0.1:8000",
).rstrip("/")
site_address = urlsplit(SITE_URL)
if (
    site_address.scheme not in {"http", "https"}
    or not site_address.hostname
    or site_address.path
    or site_address.query
    or site_address.fragment
    or site_address.username
):
    raise ImproperlyConfigured(
        f"SITE_URL must be the site's address with no path, such as "
        f"https://framdrift.example.no, not {SITE_URL!r}."
    )
if site_address.scheme != "https" and not DEBUG and not is_loopback(site_address.hostname):
    refused_in_production.append(
        f"SITE_URL must start with https:// in production, not {SITE_URL!r}: links in "
        "emails and calendars would go to plain HTTP."
    )
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Tips from residents.
# Who is told of a new tip; empty means every active Process leader with an email.
TIP_NOTIFY_EMAILS = env_list("TIP_NOTIFY_EMAILS")
# A person needs a few seconds to write a tip; a bot posting at once is refused.
TIP_MIN_FILL_SECONDS = env_int("TIP_MIN_FILL_SECONDS", 3)
# A form left open longer is refused (with what was typed kept, and a new form token):
# each token stores at most one tip, and an old one is worth little to a robot.
TIP_FORM_MAX_AGE_SECONDS = env_int("TIP_FORM_MAX_AGE_SECONDS", 3 * 3600)
# At most this many tips per client per hour (an IPv6 /64 counts as one client), counted
# in the database so that the limit holds across all app servers (ratelimits/).
TIP_RATE_LIMIT = env("TIP_RATE_LIMIT", "10/h")
# Personal data of tips handled longer ago than this is erased by `manage.py purge_tips`.
TIP_RETENTION_DAYS = env_int("TIP_RETENTION_DAYS", 180)
# Seconds to wait before each new try when the mail server does not answer.
TIP_MAIL_RETRY_DELAYS = [
    int(seconds)
    for seconds in env_list("TIP_MAIL_RETRY_DELAYS", "60,300,900,1800,3600,3600,7200,14400")
]
# Behind a reverse proxy, the header with the client's address (e.g. HTTP_X_FORWARDED_FOR
# or HTTP_X_REAL_IP), and how many proxies of our own a request passes: the client is the
# address the outermost of them added, never an entry the client wrote itself
# (ratelimits/clients.py).
CLIENT_IP_HEADER = env("CLIENT_IP_HEADER", "REMOTE_ADDR")
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)

# Security. The Content Security Policy lets nothing in from another origin.
CSP_REPORT_URL = "/csp-report/"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    # Pictures on object storage at an address of their own (S3_MEDIA_URL) come from there.
    "img-src": [CSP.SELF, "data:", *media_origin(MEDIA_URL)],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    # Browsers post what the policy blocked to security.views.csp_report, which logs it
    # (logger framdrift.csp). No report-to: with it Chromium ignores report-uri and sends
    # batched Reporting API reports instead, which never arrived in our tests.
    "report-uri": [CSP_REPORT_URL],
}
# The admin only: the rich-text editor (tiptap in django-prose-editor) adds its base
# stylesheet as a <style> element without a nonce. Its hash allows exactly that stylesheet
# and nothing else; tests/test_headers.py fails when an upgrade changes it.
ADMIN_CSP_STYLE_HASHES = ["'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"]
SECURE_CSP_ADMIN = SECURE_CSP | {"style-src": [*SECURE_CSP["style-src"], *ADMIN_CSP_STYLE_HASHES]}
# Browser features the site does not use are turned off for it and anything it embeds
# (security.middleware). Copying a project's link needs the clipboard.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "clipboard-read": [],
    "clipboard-write": ["self"],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": [],
    "gamepad": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "local-fonts": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": [],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# No script reads the CSRF cookie: forms, htmx requests included, send the token from
# their hidden field.
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# The language a visitor chose at /i18n/setlang/: sent over HTTPS only, like the others.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
# Off until the IT provider turns it on after a trial period with HSTS: once the domain
# is on the browsers' preload list, leaving it takes months, and every subdomain must
# serve HTTPS meanwhile. (The header alone commits nothing; submitting the domain does.)
# Django's warning that it is off (security.W021) is silenced for that reason;
# operations/checks.py reminds of the trial when it is on.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = ["security.W021"]
# A load balancer polls the health URLs over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

if refused_in_production:
    raise ImproperlyConfigured(
        "\n".join(
            [
                *refused_in_production,
                "(Production needs these; for local development set DJANGO_DEBUG=true.)",
            ]
        )
    )

# Logs go to stderr (journald keeps them under systemd), one line per record: the time in
# TIME_ZONE with its offset, level, request id, logger, message (config/logging.py).
# LOG_FORMAT=json writes one JSON object per line instead, for log shippers.
LOG_FORMAT = env("LOG_FORMAT", "text").lower()
if LOG_FORMAT not in {"text", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "config.logging.RequestIdFilter"}},
    "formatters": {
        "line": {
            "()": "config.logging.LogFormatter",
            "log_format": LOG_FORMAT,
            "time_zone": TIME_ZONE,
        }
    },
    "handlers": {
        "stderr": {
            # stderr, as Django's and gunicorn's own logs: journald keeps both streams, and
            # a command's output on stdout (dumpdata > file) stays free of log lines.
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "filters": ["request_id"],
            "formatter": "line",
        }
    },
    "root": {"handlers": ["stderr"], "level": env("LOG_LEVEL", "INFO")},
    # Django's own loggers go to the root's handler only: not also to the console and
    # mail handlers Django adds by default.
    "loggers": {"django": {"handlers": [], "level": env("LOG_LEVEL", "INFO")}},
}

# Errors to Sentry (or a service that speaks its protocol) when SENTRY_DSN is set; without
# it the SDK is never imported (config/error_reporting.py).
if os.environ.get("SENTRY_DSN"):
    from config.error_reporting import start_error_reporting

    start_error_reporting()
