"""Clearing away what has run out, done by the background worker every little while
(HOUSEKEEPING_SECONDS): expired sessions (Django keeps them in the database until told,
with the half-finished two-step set-ups in them), and counts of rate-limit windows that
are over. Each job of HOUSEKEEPING_JOBS is a function () -> how many rows it removed."""

import logging

from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


def clear_expired_sessions():
    """What `manage.py clearsessions` does for the database session store."""
    return Session.objects.filter(expire_date__lt=timezone.now()).delete()[0]


def run_housekeeping():
    """Every job once; one failing (the database away) does not stop the others."""
    removed = {}
    for path in settings.HOUSEKEEPING_JOBS:
        try:
            removed[path] = import_string(path)()
        except Exception:
            logger.exception("Housekeeping job %s failed; it runs again next time", path)
    if any(removed.values()):
        logger.info("Housekeeping removed %s", removed)
    return removed
