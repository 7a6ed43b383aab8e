"""Who is emailed about a new tip, and what to do when that is nobody.

The addresses in TIP_NOTIFY_EMAILS when it is set; otherwise every active staff user of
the Process leader group with an email address. When both are empty, a new tip reaches
nobody by email: the task says so in the log and fails (tips/tasks.py), the admin start
page warns staff (projects/dashboard.py) and `check --deploy` warns the IT provider
(tips/checks.py). The tip itself is kept and listed in admin all the same.
"""

from django.conf import settings
from django.contrib.auth import get_user_model

PROCESS_LEADER_GROUP = "Process leader"

# What the IT provider or an administrator does about it, for the log and the check.
HOW_TO_FIX = (
    "Set TIP_NOTIFY_EMAILS, or give an active staff user of the "
    f"{PROCESS_LEADER_GROUP!r} group an email address."
)


class NobodyToTell(Exception):
    """A tip notification with no recipient: the task fails with this, so its result says
    it reached nobody."""


def process_leaders_with_email():
    users = get_user_model().objects.filter(
        is_active=True, is_staff=True, groups__name=PROCESS_LEADER_GROUP
    )
    return users.exclude(email="")


def notify_recipients():
    """The addresses a new tip is announced to, sorted; empty when there is nobody."""
    if settings.TIP_NOTIFY_EMAILS:
        return list(settings.TIP_NOTIFY_EMAILS)
    return sorted(set(process_leaders_with_email().values_list("email", flat=True)))


def nobody_to_tell():
    """True when a new tip would be announced to nobody; one query at most."""
    return not settings.TIP_NOTIFY_EMAILS and not process_leaders_with_email().exists()
