"""On PostgreSQL, each app server process hears of a new content generation from the
database itself (LISTEN/NOTIFY), so that a page from the cache costs no round trip.

A thread per process keeps one connection that listens on CHANNEL, then reads the
current token; renew() sends the new token on that channel, which PostgreSQL delivers
when (and only if) the change commits. While the thread is not listening (starting,
the database away, its connection lost), current() answers None and the caller asks the
database as before: the listener can make pages faster, never staler. Inside a
transaction the caller asks the database too, since only it knows what that transaction
has changed.
"""

import logging
import os
import threading
import time

import psycopg

logger = logging.getLogger(__name__)

CHANNEL = "framdrift_content_generation"
# How often the thread looks up from waiting (to see whether it should stop), and how
# often it reads the token anyway, so that a connection lost without a word (a
# firewall, a suspended machine) is noticed.
WAKE_SECONDS = 1
CHECK_SECONDS = 30
RETRY_SECONDS = 1


class GenerationListener:
    def __init__(self, settings_dict, read_token):
        self.settings_dict = settings_dict
        self.read_token = read_token
        self.token = None  # None: not listening now
        self.pid = None
        self.thread = None
        self.stopped = threading.Event()
        self.lock = threading.Lock()

    def current(self):
        """The token as last heard, or None when not listening."""
        if self.pid != os.getpid():  # a new process (a forked worker) needs its own thread
            self.start()
        return self.token

    def heard(self, token):
        """Take a token this process has just committed, without waiting for the echo."""
        if self.token is not None:
            self.token = token

    def start(self):
        with self.lock:
            if self.pid == os.getpid():
                return
            self.pid = os.getpid()
            self.token = None
            self.stopped = threading.Event()
            self.thread = threading.Thread(
                target=self.listen, name="content-generation", daemon=True
            )
            self.thread.start()

    def stop(self):
        """Stop listening and close the connection (before the database is dropped)."""
        self.stopped.set()
        if self.thread and self.pid == os.getpid():
            self.thread.join(timeout=WAKE_SECONDS + 5)
        self.token = None

    def listen(self):
        while not self.stopped.is_set():
            try:
                with self.connect() as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    # Listening first, then reading: no change can fall between the two.
                    self.token = self.read_token(connection)
                    read_at = time.monotonic()
                    while not self.stopped.is_set():
                        for notification in connection.notifies(timeout=WAKE_SECONDS):
                            self.token = notification.payload
                        if time.monotonic() - read_at > CHECK_SECONDS:
                            self.token = self.read_token(connection)
                            read_at = time.monotonic()
            except (psycopg.Error, OSError) as error:
                logger.info("Not listening for content changes (%s); asking the database", error)
            self.token = None
            self.stopped.wait(RETRY_SECONDS)

    def connect(self):
        settings = self.settings_dict
        options = settings.get("OPTIONS", {})
        return psycopg.connect(
            dbname=settings["NAME"],
            user=settings.get("USER") or None,
            password=settings.get("PASSWORD") or None,
            host=settings.get("HOST") or None,
            port=settings.get("PORT") or None,
            connect_timeout=options.get("connect_timeout", 5),
            sslmode=options.get("sslmode"),
            application_name="framdrift content-generation listener",
            autocommit=True,
        )
