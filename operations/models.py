"""What the app servers need to know about the background worker, kept in the database:
the one place every app server and worker shares."""

from django.db import models
from django.utils import timezone


class WorkerHeartbeat(models.Model):
    """When a background worker last said it was alive: one row (pk 1), written by every
    worker every WORKER_HEARTBEAT_SECONDS and read by the health check."""

    seen_at = models.DateTimeField()
    worker_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-seen_at"]

    def __str__(self):
        return f"Worker {self.worker_id or '?'} seen at {self.seen_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def beat(cls, worker_id):
        """Record that the worker `worker_id` is alive now (one UPDATE, nearly always)."""
        now = timezone.now()
        if not cls.objects.filter(pk=1).update(seen_at=now, worker_id=worker_id[:64]):
            cls.objects.update_or_create(
                pk=1, defaults={"seen_at": now, "worker_id": worker_id[:64]}
            )

    @classmethod
    def seconds_since_last(cls):
        """Seconds since any worker last said it was alive; None if none ever did."""
        seen_at = cls.objects.filter(pk=1).values_list("seen_at", flat=True).first()
        if seen_at is None:
            return None
        return max(0.0, (timezone.now() - seen_at).total_seconds())
