"""gunicorn's configuration for Framdrift: `gunicorn -c deploy/gunicorn.conf.py config.wsgi`.

Everything an IT provider may want to change is read from the environment (the same
/etc/framdrift/framdrift.env the site reads), so this file stays as shipped:

    GUNICORN_BIND                 127.0.0.1:8000; on an app server behind a proxy on
                                  another machine, its private address (firewalled)
    GUNICORN_WORKERS              2 x cores + 1, at most 8 (each takes about 80 MB at
                                  rest and up to 200 MB more while it handles an upload)
    GUNICORN_TIMEOUT              60 seconds for one request
    GUNICORN_FORWARDED_ALLOW_IPS  127.0.0.1,::1: the proxy whose X-Forwarded-* headers
                                  are believed; the proxy's address on an app server
                                  behind a proxy on another machine
    GUNICORN_CONTROL_SOCKET       see below
"""

import os
import sys
from pathlib import Path

# The code folder (/srv/framdrift): logconfig_dict below names config.logging's classes,
# which gunicorn's master loads before it changes into `chdir`.
PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))


def default_workers():
    cores = os.process_cpu_count() or 1
    return min(2 * cores + 1, 8)


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
workers = int(os.environ.get("GUNICORN_WORKERS") or default_workers())
# gunicorn's sync worker, its loop run with room for every request's frames (config/frame_room.py).
worker_class = "config.gunicorn_worker.SyncWorker"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
chdir = str(PROJECT)

# gunicorn 25+ opens a control socket for `gunicornc` at every start, by default at
# $XDG_RUNTIME_DIR/gunicorn.ctl, else ~/.gunicorn/gunicorn.ctl. A system service has no
# XDG_RUNTIME_DIR, and the service user's home is read-only under the unit's
# ProtectSystem=strict (or does not exist), so every start logged "Failed to start control
# socket: [Errno 13] Permission denied". The site needs no control socket (systemctl reload
# and restart do what it would), so it is off, unless the IT provider names a path; the
# unit's RuntimeDirectory is the place: GUNICORN_CONTROL_SOCKET=/run/framdrift/gunicorn.ctl,
# then `sudo -u framdrift /srv/framdrift/.venv/bin/gunicornc -s /run/framdrift/gunicorn.ctl`.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket
if control_socket:
    control_socket_mode = 0o600

# One access-log line per request, in the format and time zone of Django's own log lines
# (config/logging.py), with the request's id taken from the response's X-Request-ID:
#   2026-03-02T09:15:04.512+01:00 INFO 3f9c2d0e… gunicorn.access 192.0.2.7 "GET / HTTP/1.0"
#   200 18234 41ms "-" "Mozilla/5.0 …" (on one line)
# The client is the address nginx passed on (X-Forwarded-For), not nginx's own.
access_log_format = '%({x-forwarded-for}i)s "%(r)s" %(s)s %(B)s %(M)sms "%(f)s" "%(a)s"'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "config.logging.RequestIdFilter"}},
    "formatters": {"line": {"()": "config.logging.LogFormatter"}},
    "handlers": {
        # Access lines on stdout, gunicorn's own messages on stderr: journald keeps both.
        "access": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": "line",
        },
        "messages": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "filters": ["request_id"],
            "formatter": "line",
        },
    },
    "root": {"level": os.environ.get("LOG_LEVEL", "INFO"), "handlers": ["messages"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["messages"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
    },
}
