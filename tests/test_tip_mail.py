"""Nothing lost: the tip is saved first; the emails go through the background worker to a
real SMTP server on loopback (aiosmtpd), and wait for it when it is down."""

import email
import email.policy
import socket
import time

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from tests.base import make_process_leader, make_project
from tests.test_tips import send
from tips.models import Tip

pytestmark = pytest.mark.django_db(transaction=True)


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(
            {
                "to": envelope.rcpt_tos,
                "subject": str(message["Subject"]),
                "text": message.get_content(),
                "language": message["Content-Language"],
            }
        )
        return "250 Message accepted"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MailServer:
    def __init__(self, inbox=None):
        self.port = free_port()
        self.inbox = inbox or Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


def running_mail_server(settings, inbox=None):
    """A real SMTP server on loopback that the site's email goes to, sent by tasks queued in
    the database for the worker; for a fixture to `yield from`."""
    server = MailServer(inbox)
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": server.port, "timeout": 5},
        }
    }
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.DEFAULT_FROM_EMAIL = "framdrift@example.org"
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mail_server(settings):
    yield from running_mail_server(settings)


def run_worker():
    """The real worker, as `manage.py db_worker --batch`: every task due now, then exit."""
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def test_the_process_leader_and_the_resident_get_their_emails(client, mail_server, settings):
    settings.TIP_NOTIFY_EMAILS = []
    leader = make_process_leader()
    leader.email = "prosessleiar@example.org"
    leader.save()
    project = make_project("Ny skule i Nedre Li", slug="ny-skule")

    send(client, "/tips/?prosjekt=ny-skule", project=project.pk, email="kari@example.org")
    tip = Tip.objects.get()
    assert mail_server.inbox.messages == []  # nothing is sent inside the request

    run_worker()

    to_leader, to_resident = sorted(
        mail_server.inbox.messages, key=lambda m: m["to"] != [leader.email]
    )
    assert to_leader["to"] == ["prosessleiar@example.org"]
    assert to_leader["subject"] == "Nytt tips om Ny skule i Nedre Li"
    assert f"/admin/tips/tip/{tip.pk}/change/" in to_leader["text"]
    assert "kari@example.org" not in to_leader["text"]  # contact details stay in admin
    assert to_resident["to"] == ["kari@example.org"]
    assert to_resident["subject"] == "Vi har fått tipset ditt – Framdrift"
    assert "slettar dei seinast 180 dagar etter at det er handsama" in to_resident["text"]
    assert to_leader["language"] == to_resident["language"] == "nn"
    tip.refresh_from_db()
    assert tip.notified_at and tip.confirmed_at

    run_worker()  # a second run sends nothing again
    assert len(mail_server.inbox.messages) == 2


def test_with_the_mail_server_down_the_tip_is_saved_and_the_mail_arrives_later(
    client, mail_server, settings
):
    settings.TIP_NOTIFY_EMAILS = ["prosessleiar@example.org"]
    settings.TIP_MAIL_RETRY_DELAYS = [1, 1, 1]
    mail_server.stop()

    response = send(client)
    assert response.status_code == 302
    run_worker()

    tip = Tip.objects.get()  # in admin regardless
    assert tip.notified_at is None
    assert mail_server.inbox.messages == []

    mail_server.start()
    time.sleep(1.2)  # the retry is due after its delay
    run_worker()

    assert [message["to"] for message in mail_server.inbox.messages] == [
        ["prosessleiar@example.org"]
    ]
    tip.refresh_from_db()
    assert tip.notified_at is not None


def test_a_burst_of_tips_while_the_mail_server_is_down_is_delivered_in_full(
    client, mail_server, settings
):
    settings.TIP_NOTIFY_EMAILS = ["prosessleiar@example.org"]
    settings.TIP_MAIL_RETRY_DELAYS = [1]
    mail_server.stop()

    for number in range(5):
        send(client, message=f"Tips nummer {number}", address=f"10.0.0.{number}")
    run_worker()
    assert Tip.objects.count() == 5

    mail_server.start()
    time.sleep(1.2)
    run_worker()

    assert len(mail_server.inbox.messages) == 5
    assert not Tip.objects.filter(notified_at__isnull=True).exists()
