"""The content generation: one row that every change to public content renews.

Cached pages are filed under the generation they were made in, so renewing it retires
every cached page at once, in every app server process, with local memory or Redis.
It lives in the database because that is the one thing all processes share in both
set-ups, and because a change and its renewal then commit (or roll back) together.
"""

import secrets

from django.db import connections, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    # Random rather than counting: a restored backup must not meet pages cached from
    # another history under the same number.
    return secrets.token_hex(8)


class ContentGenerationQuerySet(models.QuerySet):
    def current(self):
        """The current generation's token; "" before the first change."""
        # Asked on every request, cached page or not: plain SQL spares the ORM's work.
        connection = connections[self.db]
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT token FROM {table} WHERE id = 1")
            row = cursor.fetchone()
        return row[0] if row else ""

    def renew(self):
        """Retire every cached page: called for each change to public content."""
        if not self.filter(pk=1).update(token=new_token(), changed_at=timezone.now()):
            self.update_or_create(pk=1, defaults={"token": new_token()})


class ContentGeneration(models.Model):
    token = models.CharField(_("token"), max_length=32, default=new_token)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    objects = ContentGenerationQuerySet.as_manager()

    class Meta:
        verbose_name = _("content generation")
        verbose_name_plural = _("content generations")

    def __str__(self):
        return f"{self.token} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
