"""Residents who follow a project, an area, a target area or the whole site by email.

No account: an address, what it follows, and how often it wants mail. An address is kept
only while it follows something (and unconfirmed sign-ups only a few days). What happens
on the site becomes an Announcement once, then one Notice per follower it concerns, and
the notices go out in Mailings (one email each), at once or as a daily or weekly digest.
"""

from contextlib import suppress
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import punycode
from django.utils.translation import gettext_lazy as _

from config.subqueries import count_of


def normalised_email(value):
    """One person is one follower however they type their address: no spaces around it,
    lower case, and the domain in its ASCII form (bøkeskog.no and xn--bkeskog-q1a.no are
    one domain)."""
    local, at, domain = value.strip().lower().rpartition("@")
    if not at:
        return value.strip().lower()
    with suppress(UnicodeError):  # the form's validator has refused such a domain
        domain = punycode(domain)
    return f"{local}@{domain}"


class FollowerQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def with_follow_count(self):
        """Annotate follow_count: how many things each follows (confirmed or not)."""
        return self.annotate(follow_count=Count("follows"))


class Follower(models.Model):
    class Frequency(models.TextChoices):
        AT_ONCE = "at_once", _("as soon as something happens")
        DAILY = "daily", _("once a day, at most")
        WEEKLY = "weekly", _("once a week, at most")

    # Kept lower-cased, so one person is one follower however they type it.
    email = models.EmailField(_("email address"), unique=True)
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency.choices, default=Frequency.AT_ONCE
    )
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # The last confirmation email: one pending confirmation per address at a time.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_mailed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = FollowerQuerySet.as_manager()

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        ordering = ["email"]
        indexes = [models.Index(fields=["confirmed_at", "created_at"])]

    def __str__(self):
        return self.email

    # Signing up and confirming (follows/signup_mail.py sends the email)

    def confirmation_is_pending(self, now=None):
        """A confirmation email went out less than FOLLOW_CONFIRM_DAYS ago (or is on its
        way) and something still waits for it: then no second one is sent, so nobody can
        fill another person's inbox by signing them up again and again."""
        now = now or timezone.now()
        if self.confirmation_sent_at is None:
            return False
        if self.confirmation_sent_at <= now - timedelta(days=settings.FOLLOW_CONFIRM_DAYS):
            return False
        return self.follows.unconfirmed().exists()

    def claim_confirmation_email(self, now=None):
        """Mark a confirmation email as on its way, unless another request did so since
        this follower was read: True for the one request that may queue it."""
        now = now or timezone.now()
        as_read = (
            Q(confirmation_sent_at__isnull=True)
            if self.confirmation_sent_at is None
            else Q(confirmation_sent_at=self.confirmation_sent_at)
        )
        claimed = Follower.objects.filter(as_read, pk=self.pk).update(confirmation_sent_at=now)
        if claimed:
            self.confirmation_sent_at = now
        return bool(claimed)

    def confirm(self, follow_ids, now=None):
        """The address is the resident's, and they want the follows the link named (those
        that are still there); returns how many follows were confirmed now."""
        now = now or timezone.now()
        with transaction.atomic():
            if self.confirmed_at is None:
                self.confirmed_at = now
                self.save(update_fields=["confirmed_at"])
            waiting = self.follows.unconfirmed().filter(pk__in=follow_ids)
            return waiting.update(confirmed_at=now)

    def personal_data(self):
        """What is kept about this address, for an export on request."""
        return {
            "email": self.email,
            "frequency": self.get_frequency_display(),
            "signed_up": self.created_at.isoformat(),
            "confirmed": self.confirmed_at.isoformat() if self.confirmed_at else None,
            "last_emailed": self.last_mailed_at.isoformat() if self.last_mailed_at else None,
            "follows": [
                {
                    "follows": str(follow),
                    "kind": follow.kind,
                    "since": follow.created_at.isoformat(),
                    "confirmed": follow.confirmed_at.isoformat() if follow.confirmed_at else None,
                }
                for follow in self.follows.with_subjects()
            ],
        }


class FollowQuerySet(models.QuerySet):
    def confirmed(self):
        """Follows that get mail: confirmed by their own link, by a confirmed address."""
        return self.filter(confirmed_at__isnull=False, follower__confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)

    def with_subjects(self):
        return self.select_related("project", "area", "theme").order_by(
            "project__title", "area__name", "theme__name", "pk"
        )

    @staticmethod
    def confirmed_count_of(subject_field):
        """An expression for an admin list of projects, areas or target areas: how many
        confirmed followers each has, as one subquery (no addresses, constant queries)."""
        return count_of(Follow.objects.confirmed().filter(**{subject_field: OuterRef("pk")}))


class Follow(models.Model):
    """One thing a follower follows: a project, an area (and all under it), a target area,
    or, with none of the three, everything on the site."""

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="follows")
    project = models.ForeignKey(
        "projects.Project",
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    area = models.ForeignKey(
        "projects.Area",
        verbose_name=_("area"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    theme = models.ForeignKey(
        "projects.Theme",
        verbose_name=_("target area"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # A follow added to a known address is confirmed by its own link, like a first one.
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = FollowQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(
                name="follow_at_most_one_subject",
                condition=(
                    Q(project__isnull=True, area__isnull=True)
                    | Q(project__isnull=True, theme__isnull=True)
                    | Q(area__isnull=True, theme__isnull=True)
                ),
            ),
            models.UniqueConstraint(
                fields=["follower", "project"],
                condition=Q(project__isnull=False),
                name="follow_project_once",
            ),
            models.UniqueConstraint(
                fields=["follower", "area"],
                condition=Q(area__isnull=False),
                name="follow_area_once",
            ),
            models.UniqueConstraint(
                fields=["follower", "theme"],
                condition=Q(theme__isnull=False),
                name="follow_theme_once",
            ),
            models.UniqueConstraint(
                fields=["follower"],
                condition=Q(project__isnull=True, area__isnull=True, theme__isnull=True),
                name="follow_site_once",
            ),
        ]

    def __str__(self):
        return str(self.project or self.area or self.theme or _("everything on the site"))

    @property
    def kind(self):
        """ "project", "area", "theme" or "site"."""
        if self.project_id:
            return "project"
        if self.area_id:
            return "area"
        if self.theme_id:
            return "theme"
        return "site"

    @property
    def subject(self):
        """The project, area or target area followed; None for the whole site."""
        return self.project or self.area or self.theme

    def subject_url(self):
        """The page of what is followed (the news page for the whole site)."""
        return self.subject.get_absolute_url() if self.subject else reverse("projects:news")


class Announcement(models.Model):
    """That something became public and its notices were made: once per thing, so nothing
    is announced twice, however often the worker looks."""

    update = models.OneToOneField(
        "updates.StatusUpdate", on_delete=models.CASCADE, null=True, blank=True
    )
    event = models.OneToOneField("events.Event", on_delete=models.CASCADE, null=True, blank=True)
    document = models.OneToOneField(
        "projects.Document", on_delete=models.CASCADE, null=True, blank=True
    )
    # When it became public (an update's publication time, say), not when it was found.
    public_since = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="announcement_exactly_one_thing",
                condition=(
                    Q(update__isnull=False, event__isnull=True, document__isnull=True)
                    | Q(update__isnull=True, event__isnull=False, document__isnull=True)
                    | Q(update__isnull=True, event__isnull=True, document__isnull=False)
                ),
            )
        ]

    def __str__(self):
        return str(self.thing)

    @property
    def thing(self):
        """The status update, meeting or document announced."""
        return self.update or self.event or self.document


class Mailing(models.Model):
    """One email to one follower, holding one or more notices; sent once."""

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="mailings")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.follower} {self.created_at:%Y-%m-%d %H:%M}"


class NoticeQuerySet(models.QuerySet):
    def waiting(self):
        """Notices not yet taken into a mailing (follows/mailings.py)."""
        return self.filter(mailing__isnull=True)


class Notice(models.Model):
    """One announcement for one follower, until it has been mailed."""

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="notices")
    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="notices")
    mailing = models.ForeignKey(
        Mailing, on_delete=models.SET_NULL, null=True, blank=True, related_name="notices"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["follower", "announcement"], name="notice_once_per_follower"
            )
        ]
        indexes = [models.Index(fields=["follower", "mailing"])]

    def __str__(self):
        return f"{self.follower}: {self.announcement}"
