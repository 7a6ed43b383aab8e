"""The site's emails, as background tasks send them (tips/tasks.py, nudges/tasks.py).

- Each email is sent once: the task records the sending (record_sent) right after the mail
  server accepted it, and a task that runs again (its worker died, see tips/worker.py)
  finds it recorded and sends nothing.
- When the mail server fails, the task queues itself again for later (send_or_retry),
  after each delay of TIP_MAIL_RETRY_DELAYS in turn, and gives up after the last.
- Each copy of one email carries the same Message-ID, so that in the one window every
  SMTP client has (accepted, then the worker dies before recording it) mail programs can
  tell a repeat for what it is. Emails are in the site's language, and say so.
"""

import logging
import smtplib
import time
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import close_old_connections
from django.template.loader import render_to_string
from django.utils import timezone, translation

from config.addresses import site_host
from config.database_down import DATABASE_DOWN

logger = logging.getLogger(__name__)
# Seconds to keep trying to record a sending while the database is away.
MARK_SENT_PATIENCE = 60


def message_id(*parts):
    """A Message-ID made of parts that stay the same for every sending of one email."""
    return f"<{'.'.join(str(part) for part in parts)}@{site_host()}>"


def headers(message_id):
    return {"Message-ID": message_id, "Content-Language": settings.LANGUAGE_CODE}


def email_in_site_language(templates, make_context, *, to, identity, extra_headers=None):
    """An email from the templates `<templates>_subject.txt` and `<templates>_body.txt`,
    written in the site's language: the context is made (make_context()) and rendered
    with that language active, whoever's request or worker makes it."""
    with translation.override(settings.LANGUAGE_CODE):
        context = make_context()
        subject = " ".join(render_to_string(f"{templates}_subject.txt", context).split())
        body = render_to_string(f"{templates}_body.txt", context)
    return EmailMessage(subject, body, to=to, headers=headers(identity) | (extra_headers or {}))


class OneLineHeader(str):
    """A header value sent on one line as it is. A List-Unsubscribe link has no space to
    fold at, and Python's email package would make it an encoded word (=?utf-8?q?…?=),
    which mail programs do not read as a link (RFC 2369); a line may have 998 characters
    (RFC 5322). The email package keeps a value with a name and fold() unchanged."""

    def __new__(cls, name, value):
        header = super().__new__(cls, value)
        header.name = name
        return header

    def fold(self, *, policy):
        return f"{self.name}: {self}{policy.linesep}"


def send_or_retry(message, *, retry, args, attempt, about, mark_sent):
    """Send, then mark it sent: set the field of `mark_sent` (queryset, field) to now. On a
    mail-server failure queue `retry` (a task) with `args` for later.

    Returns "sent" or "retry scheduled"; raises once the delays are used up. `about` names
    the email in the log ("tip 12").
    """
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        delays = settings.TIP_MAIL_RETRY_DELAYS
        if attempt >= len(delays):
            logger.error("Gave up emailing about %s after %s tries: %s", about, attempt, error)
            raise
        when = timezone.now() + timedelta(seconds=delays[attempt])
        logger.warning("Mail server failed for %s (%s); trying again at %s", about, error, when)
        retry.using(run_after=when).enqueue(*args, attempt=attempt + 1)
        return "retry scheduled"
    record_sent(*mark_sent, about)
    return "sent"


def record_sent(queryset, field, about):
    """Set `field` to now on the queryset's rows; waits a while for the database, as
    giving up means sending again."""
    deadline = time.monotonic() + MARK_SENT_PATIENCE
    while True:
        try:
            queryset.update(**{field: timezone.now()})
            return
        except DATABASE_DOWN:
            if time.monotonic() > deadline:
                raise
            logger.warning("Database unavailable; %s is not marked emailed yet", about)
            time.sleep(1)
            close_old_connections()  # drops the broken connection, so the next try reconnects
