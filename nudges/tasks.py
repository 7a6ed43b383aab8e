"""The weekly email itself, sent by the background worker the way tips' emails are
(config/mail.py: once, with retries while the mail server is down).

The list is made when the email is sent, not when it was queued: an email that waited
for the mail server lists what is still quiet, and none goes out if nothing is by then.
"""

import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from config.addresses import absolute_url
from config.mail import email_in_site_language, message_id, send_or_retry
from projects.models import SiteSettings

from .digest import digest_for, digests_for, process_leaders, stale_projects, subscribed
from .models import DigestPreference, DigestSchedule, WeeklyDigest

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "nudges.unsubscribe"


def unsubscribe_token(user):
    """A token that turns off the weekly email for this user alone; it cannot be made
    without the site's secret key."""
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_id_from_token(token):
    """The user the token was made for, or None for a forged or damaged one."""
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None


def update_form_url(project):
    return absolute_url(f"{reverse('admin:updates_statusupdate_add')}?project={project.pk}")


def build_message(digest, content, now):
    today = timezone.localdate(now)
    for project in content.projects:
        project.update_url = update_form_url(project)
        project.quiet_days = (today - timezone.localdate(project.last_activity_at)).days
    week = f"{digest.week_starts_on:%G-W%V}"
    return email_in_site_language(
        "nudges/email/digest",
        lambda: {
            "user": digest.user,
            "digest": content,
            "count": len(content.projects),
            "stale_after_days": settings.STALE_AFTER_DAYS,
            "site_settings": SiteSettings.load(),
            "start_page_url": absolute_url(reverse("admin:index")),
            "stale_list_url": absolute_url(
                f"{reverse('admin:projects_project_changelist')}?stale=yes"
            ),
            "my_reminders_url": absolute_url(reverse("admin:nudges_digestpreference_changelist")),
            "unsubscribe_url": absolute_url(
                reverse("admin:nudges_unsubscribe", args=[unsubscribe_token(digest.user)])
            ),
        },
        to=[digest.user.email],
        identity=message_id("digest", digest.pk, week, f"{digest.created_at:%Y%m%d%H%M%S%f}"),
    )


@task
def send_weekly_digest(digest_id, attempt=0):
    digest = WeeklyDigest.objects.select_related("user").filter(pk=digest_id).first()
    if digest is None or digest.sent_at is not None:
        return "nothing to send"
    user = digest.user
    turned_off = not DigestSchedule.load().is_enabled or not DigestPreference.is_subscribed_for(
        user
    )
    if not user.email or turned_off:
        return "turned off"
    now = timezone.now()
    content = digest_for(user, now)
    if not content.projects:
        return "nothing stale"
    message = build_message(digest, content, now)
    return send_or_retry(
        message,
        retry=send_weekly_digest,
        args=(digest_id,),
        attempt=attempt,
        about=f"weekly digest {digest_id}",
        mark_sent=(WeeklyDigest.objects.filter(pk=digest_id), "sent_at"),
    )


def send_due_digests(now=None):
    """Queue this week's email for each person who has not had it yet, once its hour has
    passed; returns how many emails were queued."""
    now = now or timezone.now()
    week = DigestSchedule.load().due_week(now)
    if week is None:
        return 0
    had_it = WeeklyDigest.objects.filter(user=OuterRef("pk"), week_starts_on=week)
    waiting = list(subscribed(process_leaders()).exclude(Exists(had_it)))
    if not waiting:
        return 0
    leaders = list(process_leaders())
    digests = digests_for(leaders, stale_projects(now))
    queued = 0
    for user in waiting:
        count = len(digests[user].projects)
        with transaction.atomic():
            digest, created = WeeklyDigest.objects.get_or_create(
                user=user, week_starts_on=week, defaults={"project_count": count}
            )
            if created and count:
                send_weekly_digest.enqueue(digest.pk)
                queued += 1
    if queued:
        logger.info("Queued %s weekly emails about projects without news", queued)
    return queued


def check_digests():
    """For the worker: send_due_digests, whose failure (the database away) is logged and
    left for the next look."""
    try:
        return send_due_digests()
    except Exception:
        logger.exception("The weekly email check failed; the worker tries again later")
        return 0
