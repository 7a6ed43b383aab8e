"""Deployment checks (`manage.py check --deploy`) for tips."""

from django.core.checks import Warning, register
from django.db import DatabaseError

from .recipients import HOW_TO_FIX, nobody_to_tell


# Not Tags.database: Django leaves those out of a plain `check --deploy`.
@register("tips", deploy=True)
def somebody_gets_tip_notifications(app_configs, **kwargs):
    """A new tip is emailed to TIP_NOTIFY_EMAILS, else to the process leaders with an
    address; with neither, tips arrive unannounced. Who the process leaders are is in the
    database: a check that cannot read it (no database yet, not migrated) says nothing."""
    try:
        unannounced = nobody_to_tell()
    except DatabaseError:
        return []
    if not unannounced:
        return []
    return [
        Warning(
            "Nobody gets tip notifications: TIP_NOTIFY_EMAILS is empty and no active "
            "process leader has an email address, so new tips are emailed to nobody.",
            hint=HOW_TO_FIX,
            id="framdrift.W020",
        )
    ]
