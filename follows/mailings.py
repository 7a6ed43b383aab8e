"""Followers' emails: notices gathered into mailings when they are due, and each mailing
sent by the background worker the way tips' emails are (config/mail.py).

- As it happens (Follower.Frequency.AT_ONCE): a mail at the next look, but at most one per
  FOLLOW_MIN_MINUTES_BETWEEN_MAILS; what comes meanwhile waits and goes in the next mail.
- Daily: what came before DIGEST_HOUR (local time) goes in one mail at that hour.
  Weekly: what came before Monday's DIGEST_HOUR goes in one mail then.
- A mailing takes its notices in one transaction, and a notice is taken once, so two workers
  looking at the same moment never mail one notice twice.
- Each mailing is sent once (record_sent), retried while the mail server is down
  (send_or_retry), and always with the same Message-ID.
- What a mail lists is decided when it is sent: a thing no longer public (an update made a
  draft again, or deleted) or no longer followed is left out, and with nothing left no mail
  goes out.
- Every mail carries the follower's own page and a one-click unsubscribe link, in the text
  and in the List-Unsubscribe headers (RFC 8058).
"""

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.tasks import task
from django.utils import timezone

from config.addresses import absolute_url
from config.mail import (
    OneLineHeader,
    email_in_site_language,
    message_id,
    send_or_retry,
)
from events.models import Event
from projects.models import Document, SiteSettings, Status
from updates.models import StatusUpdate

from .announcements import ReachFinder, announce_what_became_public
from .links import manage_url, unsubscribe_url
from .models import Follow, Follower, Mailing, Notice

logger = logging.getLogger(__name__)

# Digests go out at this local hour: daily every day, weekly on Mondays.
DIGEST_HOUR = 7
WEEKLY_DIGEST_WEEKDAY = 0


def last_digest_moments(now):
    """The latest daily and weekly digest moments at or before `now`, in local time."""
    today = timezone.localdate(now)
    day = datetime.combine(today, time(DIGEST_HOUR), tzinfo=timezone.get_current_timezone())
    if day > now:
        day -= timedelta(days=1)
    week = day - timedelta(days=(day.weekday() - WEEKLY_DIGEST_WEEKDAY) % 7)
    return day, week


def due_followers(now):
    """Confirmed followers whose waiting notices are due to be mailed now."""
    day, week = last_digest_moments(now)
    throttle = now - timedelta(minutes=settings.FOLLOW_MIN_MINUTES_BETWEEN_MAILS)
    oldest_waiting = Notice.objects.waiting().filter(follower=OuterRef("pk")).order_by("created_at")
    never = Q(last_mailed_at__isnull=True)
    at_once = Q(frequency=Follower.Frequency.AT_ONCE) & (never | Q(last_mailed_at__lte=throttle))
    daily = Q(frequency=Follower.Frequency.DAILY, waiting_since__lt=day) & (
        never | Q(last_mailed_at__lt=day)
    )
    weekly = Q(frequency=Follower.Frequency.WEEKLY, waiting_since__lt=week) & (
        never | Q(last_mailed_at__lt=week)
    )
    return (
        Follower.objects.confirmed()
        .annotate(waiting_since=Subquery(oldest_waiting.values("created_at")[:1]))
        .filter(waiting_since__isnull=False)
        .filter(at_once | daily | weekly)
    )


def queue_due_mailings(now=None):
    """Gather each due follower's waiting notices into a mailing and queue its sending;
    returns how many mailings were queued."""
    now = now or timezone.now()
    with transaction.atomic():
        follower_ids = list(due_followers(now).values_list("pk", flat=True))
        if not follower_ids:
            return 0
        made = Mailing.objects.bulk_create(
            [Mailing(follower_id=pk) for pk in follower_ids], batch_size=500
        )
        made_ids = [mailing.pk for mailing in made]
        their_mailing = Mailing.objects.filter(pk__in=made_ids, follower=OuterRef("follower_id"))
        # Only notices still waiting: one another worker took meanwhile stays with its mailing.
        Notice.objects.waiting().filter(follower__in=follower_ids).update(
            mailing=Subquery(their_mailing.values("pk")[:1])
        )
        Follower.objects.filter(pk__in=follower_ids).update(last_mailed_at=now)
        with_notices = set(
            Notice.objects.filter(mailing__in=made_ids).values_list("mailing_id", flat=True)
        )
        Mailing.objects.filter(pk__in=set(made_ids) - with_notices).delete()
        for mailing_id in sorted(with_notices):
            send_mailing.enqueue(mailing_id)
    if with_notices:
        logger.info("Queued %s emails to followers", len(with_notices))
    return len(with_notices)


@dataclass
class Item:
    """One thing in a follower's email, as the email shows it."""

    kind: str  # "update", "event" or "document"
    title: str
    about: str  # the project, area or target area (or meeting, page) it belongs to
    when: object  # a datetime, or a date for a document
    url: str
    place: str = ""
    status_from: str = ""
    status_to: str = ""


def statuses_before(updates):
    """{update id: the status residents saw before it} for updates that set a status, as
    projects/activity.py reckons it: the newest earlier update that set one after the
    project's own status was set, else the project's own."""
    changing = [update for update in updates if update.new_status and update.project_id]
    if not changing:
        return {}
    said = StatusUpdate.objects.visible().filter(
        project__in={update.project_id for update in changing}, new_status__gt=""
    )
    earlier_by_project = {}
    for row in said.values_list("project_id", "pk", "published_at", "created_at", "new_status"):
        earlier_by_project.setdefault(row[0], []).append(row[1:])
    before = {}
    for update in changing:
        project = update.project
        stated_at = max(update.published_at, update.created_at)
        earlier = [
            (published_at, pk, status)
            for pk, published_at, created_at, status in earlier_by_project[update.project_id]
            if (published_at, pk) < (update.published_at, update.pk)
            and max(published_at, created_at) > project.status_changed_at
        ]
        if earlier:
            before[update.pk] = max(earlier)[2]
        elif project.status_changed_at <= stated_at:
            before[update.pk] = project.status
    return before


def status_label(value):
    return str(Status(value).label) if value in Status.values else ""


def update_item(update, status_before):
    item = Item(
        "update",
        update.title,
        str(update.subject or ""),
        update.published_at,
        absolute_url(update.get_absolute_url()),
    )
    if update.new_status and status_before != update.new_status:
        item.status_from = status_label(status_before)
        item.status_to = status_label(update.new_status)
    return item


def event_item(event, project_titles):
    url = absolute_url(event.get_absolute_url())
    return Item("event", event.title, ", ".join(project_titles), event.starts_at, url, event.place)


def document_item(document):
    if document.update_id:
        about = document.update.subject or document.update
    else:
        about = document.project or document.event or document.page or ""
    return Item("document", document.title, str(about), document.shown_on, document.address)


# Everything an email shows of each notice's thing, fetched with the notices.
NOTICE_THINGS = [
    "announcement__update__project",
    "announcement__update__theme",
    "announcement__update__area",
    "announcement__event",
    "announcement__document__project",
    "announcement__document__update__project",
    "announcement__document__update__theme",
    "announcement__document__update__area",
    "announcement__document__event",
    "announcement__document__page",
]


def items_of(mailing, now):
    """What the mailing's email lists: its notices' things that are still public and still
    followed, oldest first, in a fixed number of queries however many there are."""
    notices = mailing.notices.select_related(*NOTICE_THINGS).order_by(
        "announcement__public_since", "pk"
    )
    things = [notice.announcement.thing for notice in notices]
    still_public = public_keys(things, now)
    things = [thing for thing in things if (type(thing), thing.pk) in still_public]
    finder = ReachFinder(things)
    follows = list(Follow.objects.confirmed().filter(follower=mailing.follower_id))

    def still_followed(thing):
        reach = finder.of(thing)
        return any(reach.takes_in(follow) for follow in follows)

    things = [thing for thing in things if still_followed(thing)]
    before = statuses_before([thing for thing in things if isinstance(thing, StatusUpdate)])
    items = []
    for thing in things:
        if isinstance(thing, StatusUpdate):
            items.append(update_item(thing, before.get(thing.pk)))
        elif isinstance(thing, Event):
            items.append(event_item(thing, finder.project_titles_of_event.get(thing.pk, [])))
        else:
            items.append(document_item(thing))
    return items


def public_keys(things, now):
    """{(model, pk)} of the things residents can still see, in a query per kind."""
    keys = set()
    for model, public in (
        (StatusUpdate, StatusUpdate.objects.public(now)),
        (Event, Event.objects.published()),
        (Document, Document.objects.visible(now)),
    ):
        ids = [thing.pk for thing in things if isinstance(thing, model)]
        if ids:
            keys |= {(model, pk) for pk in public.filter(pk__in=ids).values_list("pk", flat=True)}
    return keys


def build_message(mailing, items):
    follower = mailing.follower
    unsubscribe = unsubscribe_url(follower)
    return email_in_site_language(
        "follows/email/notice",
        lambda: {
            "items": items,
            "count": len(items),
            "site_settings": SiteSettings.load(),
            "site_url": absolute_url("/"),
            "manage_url": manage_url(follower),
            "unsubscribe_url": unsubscribe,
            "frequency": follower.get_frequency_display(),
        },
        to=[follower.email],
        identity=message_id("follow", mailing.pk, f"{mailing.created_at:%Y%m%d%H%M%S%f}"),
        extra_headers={
            "List-Unsubscribe": OneLineHeader("List-Unsubscribe", f"<{unsubscribe}>"),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


@task
def send_mailing(mailing_id, attempt=0):
    mailing = Mailing.objects.select_related("follower").filter(pk=mailing_id).first()
    if mailing is None or mailing.sent_at is not None:
        return "nothing to send"  # sent already, or the follower unsubscribed meanwhile
    if mailing.follower.confirmed_at is None:
        return "not confirmed"
    items = items_of(mailing, timezone.now())
    if not items:
        return "nothing public"
    return send_or_retry(
        build_message(mailing, items),
        retry=send_mailing,
        args=(mailing_id,),
        attempt=attempt,
        about=f"follower mailing {mailing_id}",
        mark_sent=(Mailing.objects.filter(pk=mailing_id), "sent_at"),
    )


def check_follows():
    """For the worker: announce what became public and queue the mail that is due; a failure
    (the database away) is logged and left for the next look."""
    try:
        announce_what_became_public()
        return queue_due_mailings()
    except Exception:
        logger.exception("The look for followers' news failed; the worker tries again later")
        return 0
