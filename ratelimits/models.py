"""Counts of requests per client and time window, kept in the database.

In the database rather than a cache: every app server process shares it with no extra
service, a flood of kept pages cannot evict a count (as it could in a shared Redis), and
it still counts while Redis is away. Only actions worth limiting are counted (a tip sent,
a blocked-content report), so the writes are few.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RateCount(models.Model):
    scope = models.CharField(_("what is limited"), max_length=40)
    client = models.CharField(_("client (hashed)"), max_length=64)
    window_number = models.BigIntegerField(_("time window"))
    count = models.PositiveIntegerField(_("count"), default=0)
    expires_at = models.BigIntegerField(_("expires (Unix time)"), db_index=True)

    class Meta:
        verbose_name = _("rate count")
        verbose_name_plural = _("rate counts")
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "client", "window_number"], name="one_count_per_window"
            )
        ]

    def __str__(self):
        return f"{self.scope} {self.client[:8]}… {self.count}"
