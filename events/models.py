"""Meetings and events residents can come to: open meetings, workshops, dugnads."""

import html
import re
from datetime import datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from config.addresses import address_of
from projects.rich_html import RenderedRichTextField
from projects.richtext import RichTextField

# How far back the calendar feed reaches, so a subscriber's calendar keeps recent history
# without the feed growing for ever.
FEED_HISTORY = timedelta(days=365)


class EventQuerySet(models.QuerySet):
    def published(self):
        """What residents may see: published events of no project, or of at least one
        project residents may see."""
        links = Event.projects.through.objects.filter(event=OuterRef("pk"))
        return self.filter(is_published=True).filter(
            ~Exists(links) | Exists(links.filter(project__is_published=True))
        )

    def not_over(self, now=None):
        """Events still to come or going on: an event without an end is over once it starts."""
        now = now or timezone.now()
        return self.filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now))

    def over(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(ends_at__lt=now) | Q(ends_at__isnull=True, starts_at__lt=now))

    def upcoming(self, now=None):
        """Published events not over yet, soonest first."""
        return self.published().not_over(now).order_by("starts_at", "pk")

    def past(self, now=None):
        """Published events that are over, newest first."""
        return self.published().over(now).order_by("-starts_at", "-pk")

    def in_feed(self, now=None):
        """Published events for the calendar feed: all to come, and those of the last year,
        counted in whole days so that the feed changes only at midnight."""
        today = timezone.localdate(now or timezone.now())
        since = datetime.combine(today, time.min, tzinfo=timezone.get_current_timezone())
        since -= FEED_HISTORY
        return self.published().filter(starts_at__gte=since).order_by("starts_at", "pk")

    def with_projects(self):
        """With what a list of meetings shows of each: its organiser and the projects
        residents may see, in a fixed number of queries however many meetings there are."""
        from projects.models import Project

        return self.select_related("organiser").prefetch_related(
            models.Prefetch(
                "projects", queryset=Project.objects.visible(), to_attr="shown_projects"
            )
        )

    def in_full(self):
        """With all one meeting's page shows: also its published documents."""
        from projects.models import documents_prefetch

        return self.with_projects().prefetch_related(documents_prefetch())


def next_change(now):
    """When a published meeting's page next changes by time alone: the meeting is over and
    moves from the upcoming list to the archive, or its sign-up closes (the page cache
    keeps pages no longer)."""
    published = Event.objects.published()
    over = (
        published.annotate(over_at=Coalesce("ends_at", "starts_at"))
        .filter(over_at__gt=now)
        .order_by("over_at")
        .values_list("over_at", flat=True)
        .first()
    )
    sign_up_closes = (
        published.filter(registration_deadline__gt=now)
        .order_by("registration_deadline")
        .values_list("registration_deadline", flat=True)
        .first()
    )
    return min((moment for moment in (over, sign_up_closes) if moment), default=None)


class Event(models.Model):
    """A meeting or event residents can come to, on its own or as part of a project."""

    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("What residents come to, e.g. “Open meeting about the new school”."),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the end is not known."),
    )
    place = models.CharField(
        _("place"),
        max_length=200,
        help_text=_("Where, as residents know it, e.g. “Grendehuset på Lidal”."),
    )
    projects = models.ManyToManyField(
        "projects.Project",
        blank=True,
        related_name="events",
        verbose_name=_("projects"),
        help_text=_("Leave empty for a meeting about the development work as a whole."),
    )

    class Audience(models.TextChoices):
        OPEN = "open", _("open to all")
        INVITED = "invited", _("by invitation")

    audience = models.CharField(
        _("who can come"), max_length=10, choices=Audience.choices, default=Audience.OPEN
    )
    organiser = models.ForeignKey(
        "contacts.ContactPerson",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_events",
        verbose_name=_("organiser"),
        help_text=_("Whom residents ask about the meeting."),
    )
    registration_url = models.URLField(
        _("sign-up link"),
        max_length=500,
        blank=True,
        help_text=_("Where residents sign up, if they must."),
    )
    registration_deadline = models.DateTimeField(
        _("sign up by"), null=True, blank=True, help_text=_("The last time to sign up.")
    )
    outcome = RichTextField(
        _("what came out of it"),
        blank=True,
        help_text=_("After the meeting: a short report of what was said and decided."),
    )
    outcome_html = RenderedRichTextField("outcome")
    attendance = models.PositiveIntegerField(
        _("number who took part"),
        null=True,
        blank=True,
        help_text=_("About how many came, after the meeting."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        help_text=_("The programme, who is welcome, whether to sign up, and how."),
    )
    description_html = RenderedRichTextField("description")
    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Untick to keep it as a draft that residents do not see."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [
            # The upcoming list, the archive and the feed all select and order by start.
            models.Index(fields=["starts_at"], name="event_starts_at"),
            # When a page next changes by time alone (next_change above), asked for each
            # page kept: the first row of each, not a look at every meeting ever held.
            models.Index(Coalesce("ends_at", "starts_at"), name="event_over_at"),
            models.Index(fields=["registration_deadline"], name="event_sign_up_closes"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=_("The meeting must end after it starts."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return address_of("events:detail", self.pk)

    def clean(self):
        super().clean()
        # On the field, so the process leader sees at once which time to fix; the
        # database constraint is then skipped for this form, not reported twice.
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The meeting must end after it starts.")})
        if (
            self.starts_at
            and self.registration_deadline
            and self.registration_deadline > self.starts_at
        ):
            raise ValidationError(
                {"registration_deadline": _("The sign-up must close before the meeting starts.")}
            )

    @property
    def finishes_at(self):
        return self.ends_at or self.starts_at

    def is_over(self, now=None):
        return self.finishes_at < (now or timezone.now())

    @property
    def is_by_invitation(self):
        return self.audience == self.Audience.INVITED

    @property
    def asks_to_sign_up(self):
        return bool(self.registration_url or self.registration_deadline)

    def sign_up_is_open(self, now=None):
        """Whether residents can still sign up: until the deadline, or without one while
        the meeting is not over. Pages saying so renew when it closes (next_change)."""
        now = now or timezone.now()
        if self.registration_deadline:
            return now < self.registration_deadline
        return not self.is_over(now)

    @property
    def has_report(self):
        """Whether there is anything to tell about how it went."""
        return bool(self.outcome) or self.attendance is not None

    @cached_property
    def shown_projects(self):
        """The projects residents may see. Lists fetch them for all their meetings at once
        (EventQuerySet.with_projects); this is for a meeting on its own."""
        return list(self.projects.visible())

    @cached_property
    def shown_documents(self):
        """Published documents (agenda, minutes); fetched at once by
        EventQuerySet.in_full, this is for a meeting on its own."""
        return list(self.documents.filter(is_published=True))

    @property
    def ends_same_day(self):
        """Whether it has an end on the day it starts, in the site's time zone."""
        return self.ends_at is not None and (
            timezone.localdate(self.starts_at) == timezone.localdate(self.ends_at)
        )

    @property
    def plain_description(self):
        """The description as plain text, paragraphs kept apart, for calendars."""
        text = re.sub(r"<br\s*/?>", "\n", self.description or "")
        text = re.sub(r"</(p|h[1-6]|blockquote)>", "\n\n", text)
        text = re.sub(r"</li>", "\n", text)
        text = re.sub(r"<li>", "• ", text)
        text = html.unescape(strip_tags(text))
        lines = [line.strip() for line in text.splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
