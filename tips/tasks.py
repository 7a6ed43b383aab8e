"""Emails about tips, sent by the background worker (`manage.py db_worker`).

The tip is in the database before any of this runs. When the mail server does not
answer, the task schedules itself again, later, until the delays in
TIP_MAIL_RETRY_DELAYS are used up.

Each email is sent once: a task that runs again (its worker died, or the database went
away, see tips/worker.py) finds the email marked sent. One window is left, as for any
SMTP client: if the worker dies after the mail server has accepted the message and
before the tip is marked sent (the next statement), or the database is away for longer
than config.mail.MARK_SENT_PATIENCE just then, the email goes out again. Both copies carry the same
Message-ID, so mail programs can tell it is one message.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.tasks import task

from config.addresses import site_host
from config.mail import email_in_site_language, send_or_retry
from projects.models import SiteSettings

from .models import Tip
from .recipients import (
    HOW_TO_FIX,
    PROCESS_LEADER_GROUP,  # noqa: F401 (nudges/digest.py imports it here)
    NobodyToTell,
    notify_recipients,
)

logger = logging.getLogger(__name__)


def _message(template, tip, recipients, **context):
    return email_in_site_language(
        f"tips/email/{template}",
        lambda: (
            context
            | {
                "tip": tip,
                "site_settings": SiteSettings.load(),
                "site_url": settings.SITE_URL,
                "retention_days": settings.TIP_RETENTION_DAYS,
            }
        ),
        to=recipients,
        identity=message_id(tip, template),
    )


def message_id(tip, template):
    """The same for every sending of one email, so that a repeat is known for what it is."""
    return f"<tip-{tip.pk}.{template}.{tip.created_at:%Y%m%d%H%M%S%f}@{site_host()}>"


def _send_once(tip_id, sent_field, build, retry, attempt):
    """Send the email unless it has been; on a mail-server failure, try again later."""
    tip = Tip.objects.select_related("project").filter(pk=tip_id).first()
    if tip is None or getattr(tip, sent_field) is not None:
        return "nothing to send"
    message = build(tip)
    if message is None:
        return "no recipient"
    return send_or_retry(
        message,
        retry=retry,
        args=(tip_id,),
        attempt=attempt,
        about=f"tip {tip_id}",
        mark_sent=(Tip.objects.filter(pk=tip_id), sent_field),
    )


@task
def notify_process_leader(tip_id, attempt=0):
    def build(tip):
        recipients = notify_recipients()
        return _message("notify", tip, recipients) if recipients else None

    outcome = _send_once(tip_id, "notified_at", build, notify_process_leader, attempt)
    if outcome == "no recipient":
        # Loud, not silent: the tip stays unannounced (notified_at empty) and the task
        # fails, so neither the log nor the task's result reads as sent.
        logger.warning("Tip %s was not emailed to anyone: nobody to tell. %s", tip_id, HOW_TO_FIX)
        raise NobodyToTell(f"Tip {tip_id} was not emailed to anyone. {HOW_TO_FIX}")
    return outcome


@task
def confirm_to_resident(tip_id, attempt=0):
    def build(tip):
        return _message("confirm", tip, [tip.email]) if tip.email else None

    return _send_once(tip_id, "confirmed_at", build, confirm_to_resident, attempt)


def save_and_queue_emails(tip):
    """Store the tip and queue its emails in one transaction: both happen, or neither. The
    queue is a table of the same database (django-tasks-db), and the worker sees the tasks
    only once the tip is committed."""
    with transaction.atomic():
        tip.save()
        notify_process_leader.enqueue(tip.pk)
        if tip.email:
            confirm_to_resident.enqueue(tip.pk)
