"""The weekly email about projects without news: when it goes out, who wants it, and which
weeks each person has had theirs (see digest.py for the rules)."""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def default_weekday():
    return settings.DIGEST_WEEKDAY


def default_hour():
    return settings.DIGEST_HOUR


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


def week_start(moment):
    """The Monday (local date) of the week `moment` falls in."""
    today = timezone.localdate(moment)
    return today - timedelta(days=today.weekday())


class DigestSchedule(models.Model):
    """The one record that says when the weekly email goes out, for the whole site."""

    is_enabled = models.BooleanField(
        _("send the weekly email"),
        default=True,
        help_text=_(
            "Off: nobody gets it. Each person can also turn it off for themselves "
            "under My reminders."
        ),
    )
    weekday = models.PositiveSmallIntegerField(
        _("day"), choices=Weekday.choices, default=default_weekday
    )
    hour = models.PositiveSmallIntegerField(
        _("hour"),
        choices=[(hour, f"{hour:02d}:00") for hour in range(24)],
        default=default_hour,
        help_text=_("It goes out within a few minutes after this hour."),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("weekly email schedule")
        verbose_name_plural = _("weekly email schedule")

    def __str__(self):
        return str(_("Weekly email about projects without news"))

    @classmethod
    def load(cls):
        """The record, or unsaved defaults (from the settings) until first saved."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)

    def send_at(self, week_starts_on):
        """When the email of the week starting on that Monday goes out (aware)."""
        day = week_starts_on + timedelta(days=self.weekday)
        return timezone.make_aware(datetime.combine(day, time(self.hour)))

    def due_week(self, now):
        """The week (its Monday) whose email is due at `now`, or None if none is yet."""
        if not self.is_enabled:
            return None
        week = week_start(now)
        return week if now >= self.send_at(week) else None


class DigestPreference(models.Model):
    """One person's choice about the weekly email; without a row, they get it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="digest_preference",
        verbose_name=_("user"),
    )
    is_subscribed = models.BooleanField(
        _("email me every week about my projects without news"), default=True
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        ordering = ["user"]
        verbose_name = _("my reminders")
        verbose_name_plural = _("my reminders")

    def __str__(self):
        return str(self.user)

    @classmethod
    def subscribe(cls, user, is_subscribed):
        cls.objects.update_or_create(user=user, defaults={"is_subscribed": is_subscribed})

    @classmethod
    def is_subscribed_for(cls, user):
        preference = cls.objects.filter(user=user).first()
        return preference is None or preference.is_subscribed


class WeeklyDigest(models.Model):
    """One person's email of one week: made once, when the week's hour has passed, and
    sent at most once. A week with nothing stale for them is recorded too (with no
    projects), so a project that goes quiet later that week waits for the next email."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="weekly_digests",
        verbose_name=_("user"),
    )
    week_starts_on = models.DateField(_("week starting"))
    project_count = models.PositiveIntegerField(_("projects without news"))
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-week_starts_on", "user"]
        verbose_name = _("weekly email")
        verbose_name_plural = _("weekly emails")
        constraints = [
            # Never twice in one week, however many workers look at once.
            models.UniqueConstraint(
                fields=["user", "week_starts_on"], name="one_digest_per_person_per_week"
            )
        ]

    def __str__(self):
        return f"{self.user} {self.week_starts_on:%G-W%V}"
