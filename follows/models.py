"""Residents who follow a project, an area, a target area or the whole site by email.

No account: an address, what it follows, and how often it wants mail. An address is kept
only while it follows something (and unconfirmed sign-ups only a few days). What happens
on the site becomes an Announcement once, then one Notice per follower it concerns, and
the notices go out in Mailings (one email each), at once or as a daily or weekly digest.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


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

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        ordering = ["email"]
        indexes = [models.Index(fields=["confirmed_at", "created_at"])]

    def __str__(self):
        return self.email


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
        return str(self.update or self.event or self.document)


class Mailing(models.Model):
    """One email to one follower, holding one or more notices; sent once."""

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="mailings")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.follower} {self.created_at:%Y-%m-%d %H:%M}"


class Notice(models.Model):
    """One announcement for one follower, until it has been mailed."""

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="notices")
    announcement = models.ForeignKey(
        Announcement, on_delete=models.CASCADE, related_name="notices"
    )
    mailing = models.ForeignKey(
        Mailing, on_delete=models.SET_NULL, null=True, blank=True, related_name="notices"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["follower", "announcement"], name="notice_once_per_follower"
            )
        ]
        indexes = [models.Index(fields=["follower", "mailing"])]

    def __str__(self):
        return f"{self.follower}: {self.announcement}"
