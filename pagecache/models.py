"""The content generation: one row that every change to public content renews.

Cached pages are filed under the generation they were made in, so renewing it retires
every cached page at once, in every app server process, with local memory or Redis.
It lives in the database because that is the one thing all processes share in both
set-ups, and because a change and its renewal then commit (or roll back) together.
"""

import secrets

from django.conf import settings
from django.db import connections, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .listener import CHANNEL, GenerationListener


def new_token():
    # Random rather than counting: a restored backup must not meet pages cached from
    # another history under the same number.
    return secrets.token_hex(8)


# One listener per database alias and process (pagecache.listener), on PostgreSQL.
_listeners = {}


def listener_for(alias):
    connection = connections[alias]
    if connection.vendor != "postgresql" or not settings.PAGE_CACHE_LISTEN:
        return None
    if alias not in _listeners:
        table = connection.ops.quote_name(ContentGeneration._meta.db_table)
        _listeners[alias] = GenerationListener(
            connection.settings_dict, lambda listening: read_token(listening, table)
        )
    return _listeners[alias]


def stop_listeners():
    for listener in _listeners.values():
        listener.stop()


def read_token(connection, table):
    # Asked on every request, cached page or not: plain SQL spares the ORM's work.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {table} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else ""


def read_token_unless_unchanged(connection, table):
    """On SQLite: the token this connection read last, while SQLite's data_version says
    that no other connection (of this process or another) has committed anything since;
    else the token read anew. Asking data_version costs a tenth of reading the row (it
    reads no table), and it is asked of the driver's connection directly, so it is no
    query in Django's log. This connection's own changes do not move data_version: renew()
    forgets the token read when a change of its commits."""
    connection.ensure_connection()
    driver = connection.connection
    with connection.wrap_database_errors:  # as Django's DatabaseError, which callers catch
        (version,) = driver.execute("PRAGMA data_version").fetchone()
    seen = getattr(connection, "content_generation_seen", None)
    if seen is not None and seen[0] is driver and seen[1] == version:
        return seen[2]
    token = read_token(connection, table)
    connection.content_generation_seen = (driver, version, token)
    return token


def forget_token_seen(connection):
    connection.content_generation_seen = None


class ContentGenerationQuerySet(models.QuerySet):
    def current(self):
        """The current generation's token; "" before the first change."""
        connection = connections[self.db]
        table = connection.ops.quote_name(self.model._meta.db_table)
        # Inside a transaction only the database knows what it has changed so far.
        if connection.in_atomic_block:
            return read_token(connection, table)
        if connection.vendor == "sqlite":
            return read_token_unless_unchanged(connection, table)
        if listener := listener_for(self.db):
            token = listener.current()
            if token is not None:
                return token
        return read_token(connection, table)

    def renew(self):
        """Retire every cached page: called for each change to public content."""
        token = new_token()
        if not self.filter(pk=1).update(token=token, changed_at=timezone.now()):
            self.update_or_create(pk=1, defaults={"token": token})
        connection = connections[self.db]
        if connection.vendor == "sqlite":
            transaction.on_commit(lambda: forget_token_seen(connection), using=self.db)
        if listener := listener_for(self.db):
            # Delivered to every process's listener when the change commits, never if
            # it rolls back; this process takes it at once.
            with connections[self.db].cursor() as cursor:
                cursor.execute("SELECT pg_notify(%s, %s)", [CHANNEL, token])
            transaction.on_commit(lambda: listener.heard(token), using=self.db)


class ContentGeneration(models.Model):
    token = models.CharField(_("token"), max_length=32, default=new_token)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    objects = ContentGenerationQuerySet.as_manager()

    class Meta:
        verbose_name = _("content generation")
        verbose_name_plural = _("content generations")

    def __str__(self):
        return f"{self.token} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
