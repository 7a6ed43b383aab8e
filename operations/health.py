"""Whether the site is well, for a load balancer and for monitoring.

Two answers (operations/views.py), each 200 when every check passes and 503 when any fails:

- /health/app/: whether this app server can serve, which is whether it reaches the
  database. For the load balancer, which should take an app server out only then: with
  Redis or the worker down the site still serves.
- /health/: everything the IT provider should hear about: the database, Redis (when
  REDIS_URL is set), the worker's heartbeat, the oldest task waiting to run, and the free
  disk space for media (when media is on the file system).

The rules, since monitoring polls every few seconds and anyone may ask:
- Cheap: at most three queries and two round trips to Redis, each with the short
  timeouts the site already has (DATABASE_CONNECT_TIMEOUT, REDIS_TIMEOUT_MS). With the
  database down, the checks that need it are not tried, so the answer comes as soon as
  the first attempt fails.
- Nothing secret: no addresses, host names, paths or error messages; a failed check
  gives only the name of the error's class.
- Never kept: the answer is marked no-store, and /health/ is outside the page cache
  (PAGE_CACHE_EXCLUDE_PREFIXES).
"""

import shutil
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.core.files.storage import FileSystemStorage, storages
from django.db import DatabaseError, connection
from django.db.models import Case, Count, F, Min, When
from django.tasks import task_backends
from django.utils import timezone
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from .models import WorkerHeartbeat

# This process's own key for the Redis check, so that app servers polled at the same
# moment do not read each other's value.
CACHE_PROBE_KEY = f"health:{uuid.uuid4().hex}"


def passed(**details):
    return {"ok": True, **details}


def failed(error=None, **details):
    return {"ok": False, **details} | ({"error": error} if error else {})


def skipped(reason):
    return {"ok": True, "skipped": reason}


def milliseconds_since(start):
    return round((time.perf_counter() - start) * 1000, 1)


def check_database():
    start = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        return failed(type(error).__name__)
    return passed(ms=milliseconds_since(start))


def check_cache():
    """A value written to Redis and read back. The site's Redis cache never raises when
    Redis is away (config/caches.py): the value then simply does not come back."""
    cache = caches[settings.PAGE_CACHE_ALIAS]
    if not isinstance(cache, RedisCache):
        return skipped("no REDIS_URL: each process keeps its own cache")
    start = time.perf_counter()
    token = uuid.uuid4().hex
    try:
        cache.set(CACHE_PROBE_KEY, token, 30)
        answered = cache.get(CACHE_PROBE_KEY) == token
    except Exception as error:  # a check reports, it does not raise
        return failed(type(error).__name__)
    if not answered:
        return failed("unreachable")
    return passed(ms=milliseconds_since(start))


def tasks_in_database():
    return isinstance(task_backends["default"], DatabaseBackend)


def check_worker():
    if not tasks_in_database():
        return skipped("tasks do not wait in the database (TASKS_BACKEND)")
    try:
        silence = WorkerHeartbeat.seconds_since_last()
    except DatabaseError as error:
        return failed(type(error).__name__)
    if silence is None:
        return failed("never seen", last_seen_seconds=None)
    silence = round(silence)
    if silence > settings.HEALTH_WORKER_MAX_SILENCE_SECONDS:
        return failed("silent", last_seen_seconds=silence)
    return passed(last_seen_seconds=silence)


def check_queue():
    """How many tasks are due to run and how long the oldest has waited since it was due
    (since it was queued, or since its later start time, as for a retry)."""
    if not tasks_in_database():
        return skipped("tasks do not wait in the database (TASKS_BACKEND)")
    due_since = Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
    try:
        queue = DBTaskResult.objects.ready().aggregate(waiting=Count("pk"), oldest=Min(due_since))
    except DatabaseError as error:
        return failed(type(error).__name__)
    age = 0
    if queue["oldest"] is not None:
        age = max(0, round((timezone.now() - queue["oldest"]).total_seconds()))
    details = {"oldest_waiting_seconds": age, "waiting": queue["waiting"]}
    if age > settings.HEALTH_QUEUE_MAX_AGE_SECONDS:
        return failed("tasks waiting too long", **details)
    return passed(**details)


def media_folders():
    """The folders of media kept on this server's file system (none on object storage)."""
    folders = []
    for alias in ("default", "private"):
        if alias in settings.STORAGES and isinstance(storages[alias], FileSystemStorage):
            folders.append(Path(storages[alias].location))
    if "private" not in settings.STORAGES:
        folders.append(Path(settings.PRIVATE_MEDIA_ROOT))
    return list(dict.fromkeys(folders))


def free_bytes(folder):
    # A folder not made yet (no upload so far) fills the disk of the nearest one that is.
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free


def check_media_disk():
    folders = media_folders()
    if not folders:
        return skipped("media on object storage")
    try:
        free = min(free_bytes(folder) for folder in folders)
    except OSError as error:
        return failed(type(error).__name__)
    if free < settings.HEALTH_MEDIA_MIN_FREE_BYTES:
        return failed("low on space", free_bytes=free)
    return passed(free_bytes=free)


def app_checks():
    """What this app server needs to serve: the database."""
    return {"database": check_database()}


def all_checks():
    checks = app_checks()
    database_down = not checks["database"]["ok"]
    checks["cache"] = check_cache()
    # Not tried without the database: each would wait for it again.
    checks["worker"] = failed("no database") if database_down else check_worker()
    checks["queue"] = failed("no database") if database_down else check_queue()
    checks["media_disk"] = check_media_disk()
    return checks


def report(checks):
    """The answer's body: "ok", or "failing" with the names of the checks that failed."""
    failing = [name for name, result in checks.items() if not result["ok"]]
    body = {"status": "failing" if failing else "ok", "checks": checks}
    if failing:
        body["failing"] = failing
    return body
