"""The background worker (`manage.py worker`): django-tasks-db's db_worker, made to outlast
faults.

django-tasks-db (0.13) marks a task RUNNING when a worker claims it, and nothing ever runs
it again if that worker dies before it finishes: killed, out of memory, the machine
restarted (django-tasks issue #46, still open). Its db_worker also exits at the first
database error. This worker, with the same options:

- puts back in the queue every task that has been RUNNING for longer than
  TASK_STALE_AFTER_SECONDS: when it starts, and then every little while;
- waits while the database is unreachable, then carries on, and runs again the task it
  was in the middle of (which the database could not be told about);
- does the housekeeping of operations/housekeeping.py every HOUSEKEEPING_SECONDS
  (expired sessions, old rate-limit counts);
- looks every DIGEST_CHECK_SECONDS whether the weekly email about projects without news
  is due (nudges/tasks.py), so that it goes out soon after its hour with no cron job;
- looks every FOLLOW_CHECK_SECONDS for what became public and for followers' mail that is
  due (follows/mailings.py), and brings projects up to date with status updates whose
  scheduled time has come (projects/activity.py);
- says it is alive every WORKER_HEARTBEAT_SECONDS (operations.models.WorkerHeartbeat), for
  the health check of every app server. The heartbeat comes from the thread that does the
  above, so a task that hangs does not stop it: the health check's queue age shows that.

A task may therefore run twice, and must do no harm the second time (see tips/tasks.py).
"""

import logging
import threading
import time

from django.conf import settings
from django.db import connection, connections
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from config.database_down import DATABASE_DOWN
from follows.mailings import check_follows
from nudges.tasks import check_digests
from operations.housekeeping import run_housekeeping
from operations.models import WorkerHeartbeat
from projects.activity import catch_up_scheduled_updates

logger = logging.getLogger(__name__)


def one_line(error):
    return " ".join(str(error).split())


def requeue_stale_tasks(backend_name, older_than, *, abandoned_by=None, alive=None):
    """Put the tasks that lost their worker back in the queue; returns how many.

    A task has lost its worker when it has been RUNNING for longer than `older_than`, or
    at once when its worker says it abandoned it (`abandoned_by`, a worker id). The tasks
    of `alive` (the worker id of the caller) are left alone.
    """
    running = DBTaskResult.objects.running().filter(backend_name=backend_name)
    cutoff = timezone.now() - older_than
    requeued = 0
    for task in running.only("id", "task_path", "started_at", "worker_ids"):
        worker_id = task.worker_ids[-1] if task.worker_ids else None
        if alive and worker_id == alive:
            continue
        abandoned = abandoned_by and worker_id == abandoned_by
        if not abandoned and task.started_at and task.started_at > cutoff:
            continue
        # Only if no worker has finished or claimed it again since it was read.
        claim = running.filter(pk=task.pk, started_at=task.started_at)
        if claim.update(status=TaskResultStatus.READY):
            requeued += 1
            logger.warning(
                "Task %s (%s), started at %s by worker %s, lost its worker; it will run again.",
                task.pk,
                task.task_path,
                task.started_at,
                worker_id,
            )
    return requeued


def periodic_jobs():
    """What the worker does now and then besides tasks: {job: seconds between runs}. Each
    job logs its own failures and never raises."""
    return {
        run_housekeeping: settings.HOUSEKEEPING_SECONDS,
        check_digests: settings.DIGEST_CHECK_SECONDS,
        check_follows: settings.FOLLOW_CHECK_SECONDS,
        catch_up_scheduled_updates: settings.FOLLOW_CHECK_SECONDS,
    }


def database_reachable():
    try:
        connection.close_if_unusable_or_obsolete()
        connection.ensure_connection()
        return connection.is_usable()
    except DATABASE_DOWN:
        return False


class Worker(db_worker.Worker):
    def __init__(self, *, stale_after, **options):
        super().__init__(**options)
        self.stale_after = stale_after

    def run(self):
        if not self.batch:
            threading.Thread(target=self.sweep, name="task-sweeper", daemon=True).start()
        waiting = False
        while True:
            try:
                requeue_stale_tasks(
                    self.backend_name, self.stale_after, abandoned_by=self.worker_id
                )
                WorkerHeartbeat.beat(self.worker_id)
                if waiting:
                    logger.warning("The database is back; the worker carries on.")
                    waiting = False
                super().run()
                return
            except DATABASE_DOWN as error:
                if not waiting:
                    logger.warning("Database unavailable, the worker waits: %s", one_line(error))
                    waiting = True
                if not self.running:
                    return
                time.sleep(max(self.interval, 1))

    def run_task(self, db_task_result):
        set_failed = db_task_result.set_failed

        def set_failed_unless_database_down(error):
            # Not the task's fault: it stays RUNNING until run() puts it back in the queue.
            if isinstance(error, DATABASE_DOWN) and not database_reachable():
                raise error
            set_failed(error)

        db_task_result.set_failed = set_failed_unless_database_down
        super().run_task(db_task_result)

    def sweep(self):
        """In a thread of its own: every little while, requeue what other workers lost,
        and now and then do the periodic jobs (each at once when the worker starts)."""
        heartbeat = max(1, settings.WORKER_HEARTBEAT_SECONDS)
        every = min(60, heartbeat, max(0.25, self.stale_after.total_seconds() / 4))
        jobs = periodic_jobs()
        due = dict.fromkeys(jobs, time.monotonic())
        while True:
            for job, seconds in jobs.items():
                if time.monotonic() >= due[job]:
                    job()
                    due[job] = time.monotonic() + seconds
                    connections.close_all()
            time.sleep(min(every, max(0.25, min(due.values()) - time.monotonic())))
            try:
                requeue_stale_tasks(self.backend_name, self.stale_after, alive=self.worker_id)
                WorkerHeartbeat.beat(self.worker_id)
            except DATABASE_DOWN:
                pass  # run() says so once, and the next sweep tries again
            finally:
                connections.close_all()
