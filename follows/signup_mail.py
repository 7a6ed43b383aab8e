"""Signing up to follow, and the confirmation email the background worker sends for it
(the way tips' emails are sent, config/mail.py: once, retried while the mail server is
down).

The rules:
- Nothing is followed, and no news is mailed, until the address's owner clicks the link
  in the confirmation email (double opt-in). The link expires after FOLLOW_CONFIRM_DAYS.
- One pending confirmation per address at a time: while a confirmation email sent less
  than FOLLOW_CONFIRM_DAYS ago still waits to be used, signing the address up again
  sends nothing (the follow waits, and the next email names it). Nobody can fill another
  person's inbox with sign-ups.
- The page after signing up says the same whatever happened, so it never tells anyone
  whether an address is known or what it follows.
- Each confirmation email is sent once. Signing up marks one as on its way
  (Follower.confirmation_sent_at, the claim) and queues the task with that moment; the
  task sends only while the claim is still its own, and records the sending by moving
  the mark to the moment it was sent. A task that runs again finds the mark moved and
  sends nothing.
"""

import enum
import logging
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from config.addresses import absolute_url
from config.mail import email_in_site_language, message_id, send_or_retry
from projects.models import SiteSettings

from .links import confirm_url
from .models import Follow, Follower

logger = logging.getLogger(__name__)


class SignUp(enum.Enum):
    """What a sign-up did (for tests and the log; the resident is told the same either way)."""

    EMAIL_QUEUED = "a confirmation email is on its way"
    WAITS_FOR_EARLIER_EMAIL = "waits for the confirmation email sent earlier"
    ALREADY_FOLLOWING = "already followed and confirmed"


def sign_up(email, frequency, *, project=None, area=None, theme=None, now=None):
    """Follow `project`, `area` or `theme` (none: the whole site) from `email` (already
    normalised by the form), unconfirmed until the link in the email is used."""
    now = now or timezone.now()
    with transaction.atomic():
        follower, created = Follower.objects.get_or_create(
            email=email, defaults={"frequency": frequency}
        )
        was_pending = not created and follower.confirmation_is_pending(now)
        if follower.confirmed_at is None and not created:
            # Not confirmed yet: the latest sign-up says how often, and the few days before
            # an unconfirmed address is forgotten count from it.
            follower.frequency = frequency
            follower.created_at = now
            follower.save(update_fields=["frequency", "created_at"])
        follow, follow_created = Follow.objects.get_or_create(
            follower=follower, project=project, area=area, theme=theme
        )
        if follow.confirmed_at and follower.confirmed_at:
            return SignUp.ALREADY_FOLLOWING
        if not follow_created:
            # Asked again: it waits as long as a new one would.
            Follow.objects.filter(pk=follow.pk).update(created_at=now)
        if was_pending or not follower.claim_confirmation_email(now):
            return SignUp.WAITS_FOR_EARLIER_EMAIL
        # The queue is a table of the same database: the task is there once this commits.
        send_confirmation.enqueue(follower.pk, follower.confirmation_sent_at.isoformat())
    return SignUp.EMAIL_QUEUED


def build_message(follower, follows, claimed_at):
    return email_in_site_language(
        "follows/email/confirm",
        lambda: {
            "follows": follows,
            "confirm_url": confirm_url(follower, follows),
            "confirm_days": settings.FOLLOW_CONFIRM_DAYS,
            "forget_days": settings.FOLLOW_FORGET_UNCONFIRMED_DAYS,
            "privacy_url": absolute_url(reverse("tips:privacy")),
            "site_settings": SiteSettings.load(),
        },
        to=[follower.email],
        identity=message_id("follow-confirm", follower.pk, f"{claimed_at:%Y%m%d%H%M%S%f}"),
    )


@task
def send_confirmation(follower_id, claimed_at, attempt=0):
    """The confirmation email of one sign-up, naming everything the address has asked to
    follow and not confirmed yet (as it is when the email goes, not when it was queued)."""
    claimed = datetime.fromisoformat(claimed_at)
    about = f"follow confirmation {follower_id}"
    mine = Follower.objects.filter(pk=follower_id, confirmation_sent_at=claimed)
    follower = mine.first()
    if follower is None:
        return "nothing to send"  # sent already, or the address is gone
    follows = list(follower.follows.unconfirmed().with_subjects())
    if not follows:
        return "nothing to confirm"
    message = build_message(follower, follows, claimed)
    return send_or_retry(
        message,
        retry=send_confirmation,
        args=(follower_id, claimed_at),
        attempt=attempt,
        about=about,
        mark_sent=(mine, "confirmation_sent_at"),
    )
