"""Errors reported to Sentry, or any service that takes its SDK's events, when SENTRY_DSN
is set (settings call start_error_reporting(); without a DSN the SDK is never imported).

Residents' tips carry personal data (names, email addresses, what they saw), so an event
holds where the error happened and never what was sent:
- no request body, cookies, query string or the headers that carry credentials;
- no local variables of the stack frames (they hold the form's fields);
- no user, no client address (send_default_pii off);
- no command line (a command's arguments may name a person).
Each event is tagged with the request id (config/request_ids.py), to find its log lines.

SENTRY_ENVIRONMENT names the installation (default "production"); performance tracing is
off unless SENTRY_TRACES_SAMPLE_RATE (0 to 1) asks for a share of requests.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from config.logging import current_request_id
from config.version import framdrift_version

# Request headers that carry credentials or identify a visitor.
PRIVATE_HEADERS = {"cookie", "authorization", "x-csrftoken", "x-forwarded-for", "x-real-ip"}


def traces_sample_rate():
    value = os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "") or "0"
    try:
        rate = float(value)
    except ValueError:
        rate = -1
    if not 0 <= rate <= 1:
        raise ImproperlyConfigured(
            f"SENTRY_TRACES_SAMPLE_RATE must be a number from 0 to 1, not {value!r}."
        )
    return rate


def without_personal_data(event, hint):
    """Sentry's before_send (and before_send_transaction): the event, with what a visitor
    sent removed and the request id added."""
    request = event.get("request")
    if request:
        for key in ("data", "cookies", "query_string", "env"):
            request.pop(key, None)
        headers = request.get("headers") or {}
        request["headers"] = {
            name: value for name, value in headers.items() if name.lower() not in PRIVATE_HEADERS
        }
    event.pop("user", None)
    (event.get("extra") or {}).pop("sys.argv", None)
    request_id = current_request_id.get()
    if request_id != "-":
        event.setdefault("tags", {})["request_id"] = request_id
    return event


def start_error_reporting():
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT") or "production",
        release=f"framdrift@{framdrift_version()}",
        traces_sample_rate=traces_sample_rate(),
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        before_send=without_personal_data,
        before_send_transaction=without_personal_data,
    )
