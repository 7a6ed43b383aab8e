"""The worker (`manage.py worker`) runs again what a dead worker left RUNNING, or what the
database failed under, and an email that runs again is not sent again.
(tests/test_faults.py kills a real worker process and stops a real database.)"""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.db.models import QuerySet
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from config.mail import record_sent
from tests.test_tip_mail import mail_server  # noqa: F401 (a fixture)
from tips import tasks
from tips.models import Tip
from tips.tasks import notify_process_leader
from tips.worker import Worker, requeue_stale_tasks

pytestmark = pytest.mark.django_db(transaction=True)

LEADER = "prosessleiar@example.org"
TEN_MINUTES = timedelta(minutes=10)


@pytest.fixture
def tip(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.TIP_NOTIFY_EMAILS = [LEADER]
    return Tip.objects.create(message="Brua over elva er stengd etter flaumen.")


def claimed(tip, worker_id, minutes_ago):
    """The notification task, as a worker leaves it when it dies in the middle of it."""
    result = notify_process_leader.enqueue(tip.pk)
    DBTaskResult.objects.filter(pk=result.id).update(
        status="RUNNING",
        started_at=timezone.now() - timedelta(minutes=minutes_ago),
        worker_ids=[worker_id],
    )
    return result.id


def task(task_id):
    return DBTaskResult.objects.get(pk=task_id)


def a_worker(worker_id="me"):
    return Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=worker_id,
        excluded_queue_names=[],
        stale_after=TEN_MINUTES,
    )


def test_a_task_running_longer_than_the_limit_has_lost_its_worker_and_runs_again(tip, caplog):
    lost = claimed(tip, "killed", minutes_ago=11)
    busy = claimed(tip, "busy", minutes_ago=1)

    assert requeue_stale_tasks("default", TEN_MINUTES) == 1

    assert task(lost).status == "READY" and task(busy).status == "RUNNING"
    assert f"Task {lost} (tips.tasks.notify_process_leader)" in caplog.text
    assert "by worker killed, lost its worker; it will run again" in caplog.text


def test_the_task_a_worker_abandoned_runs_again_at_once(tip):
    mine = claimed(tip, "me", minutes_ago=0)
    assert requeue_stale_tasks("default", TEN_MINUTES, abandoned_by="me") == 1
    assert task(mine).status == "READY"


def test_a_live_worker_never_requeues_its_own_task(tip):
    mine = claimed(tip, "me", minutes_ago=11)
    assert requeue_stale_tasks("default", TEN_MINUTES, alive="me") == 0
    assert task(mine).status == "RUNNING"


def test_the_worker_runs_a_lost_task_again_and_the_email_goes_once(tip, mail_server):  # noqa: F811
    lost = claimed(tip, "killed", minutes_ago=11)

    call_command("worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    assert task(lost).status == "SUCCESSFUL" and len(task(lost).worker_ids) == 2
    assert [message["to"] for message in mail_server.inbox.messages] == [[LEADER]]
    tip.refresh_from_db()
    assert tip.notified_at is not None

    # Killed after the email was marked sent: running again sends nothing.
    again = claimed(tip, "killed too", minutes_ago=11)
    call_command("worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    assert task(again).return_value == "nothing to send"
    assert len(mail_server.inbox.messages) == 1


def test_a_task_the_database_failed_under_stays_running_and_runs_again_when_it_is_back(
    tip,
    mail_server,  # noqa: F811
):
    worker = a_worker()
    task_id = claimed(tip, "me", minutes_ago=0)
    down = OperationalError("server closed the connection unexpectedly")
    with (
        mock.patch("tips.tasks._send_once", side_effect=down),
        mock.patch("tips.worker.database_reachable", return_value=False),
        pytest.raises(OperationalError),
    ):
        worker.run_task(task(task_id))
    assert task(task_id).status == "RUNNING"  # not FAILED: it was not the task's fault

    worker.run()  # as after the outage: it puts its own task back first, then runs it

    assert task(task_id).status == "SUCCESSFUL"
    assert len(mail_server.inbox.messages) == 1


def test_a_database_error_of_the_tasks_own_making_fails_it(tip):
    task_id = claimed(tip, "me", minutes_ago=0)
    with mock.patch("tips.tasks._send_once", side_effect=OperationalError("no such column")):
        a_worker().run_task(task(task_id))
    assert task(task_id).status == "FAILED"


def test_the_sending_is_recorded_even_if_the_database_blinks_just_then(tip):
    update = QuerySet.update
    tries = []

    def flaky_update(queryset, **values):
        tries.append(values)
        if len(tries) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return update(queryset, **values)

    with mock.patch.object(QuerySet, "update", flaky_update), mock.patch("config.mail.time.sleep"):
        record_sent(Tip.objects.filter(pk=tip.pk), "notified_at", about=f"tip {tip.pk}")

    assert len(tries) == 2
    tip.refresh_from_db()
    assert tip.notified_at is not None


def test_every_sending_of_one_email_carries_the_same_message_id(tip, settings):
    settings.SITE_URL = "https://prosjekt.example.org"
    first = tasks._message("notify", tip, [LEADER]).message()["Message-ID"]
    second = tasks._message("notify", tip, [LEADER]).message()["Message-ID"]
    assert first == second
    assert first.startswith(f"<tip-{tip.pk}.notify.") and first.endswith("@prosjekt.example.org>")
    assert tasks._message("confirm", tip, [LEADER]).message()["Message-ID"] != first
