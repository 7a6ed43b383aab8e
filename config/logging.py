"""Log lines the IT provider can read and search: one time zone, one request id.

Every line, Django's and gunicorn's access log alike, starts with the time in ISO 8601
with its offset, in the site's time zone (TIME_ZONE, as the site shows times), then the
level, the request id and the logger:

    2026-03-02T09:15:04.512+01:00 WARNING 3f9c2d0e8a7b4c1d django.request Not Found: /x

The request id is the one config/request_ids.py gives the request (nginx's, passed on as
X-Request-ID, or one of Django's own); "-" outside a request, e.g. in the worker. For the
access log it is read from the response's X-Request-ID header, which gunicorn hands over
with the line's other fields.

LOG_FORMAT=json writes one JSON object per line instead, for log shippers.

Nothing here reads Django's settings: gunicorn's master process uses these classes
(deploy/gunicorn.conf.py, logconfig_dict) before Django is loaded. The time zone and
format are given as arguments, or read from the same environment variables as settings.
"""

import contextvars
import json
import logging
import os
from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

# Set by config.request_ids.RequestIdMiddleware for the length of one request.
current_request_id = contextvars.ContextVar("current_request_id", default="-")

# The key of a response header's value in gunicorn's access-log fields.
GUNICORN_REQUEST_ID_FIELD = "{x-request-id}o"

TEXT_FORMAT = "%(asctime)s %(levelname)s %(request_id)s %(name)s %(message)s"


def add_request_id(record):
    if hasattr(record, "request_id"):
        return
    request_id = current_request_id.get()
    if request_id == "-" and isinstance(record.args, Mapping):
        # gunicorn's access log: the line is written after the request has ended.
        request_id = record.args.get(GUNICORN_REQUEST_ID_FIELD) or "-"
    record.request_id = request_id


class RequestIdFilter(logging.Filter):
    """Gives every record a request_id: the current request's, or "-"."""

    def filter(self, record):
        add_request_id(record)
        return True


class LogFormatter(logging.Formatter):
    """Text (the default) or JSON lines, with the time in the site's time zone.

    log_format: "text" or "json" (default: the LOG_FORMAT environment variable, else
    text); time_zone: a zoneinfo name (default: TIME_ZONE, else Europe/Oslo).
    """

    def __init__(self, *, log_format=None, time_zone=None, **kwargs):
        self.log_format = (log_format or os.environ.get("LOG_FORMAT") or "text").lower()
        if self.log_format not in {"text", "json"}:
            raise ValueError(f"LOG_FORMAT must be text or json, not {self.log_format!r}.")
        self.time_zone = ZoneInfo(time_zone or os.environ.get("TIME_ZONE") or "Europe/Oslo")
        kwargs.pop("fmt", None)
        super().__init__(fmt=TEXT_FORMAT, **kwargs)

    def formatTime(self, record, datefmt=None):
        moment = datetime.fromtimestamp(record.created, self.time_zone)
        return moment.isoformat(timespec="milliseconds")

    def format(self, record):
        add_request_id(record)
        if self.log_format == "text":
            return super().format(record)
        line = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "request_id": record.request_id,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False, default=str)
