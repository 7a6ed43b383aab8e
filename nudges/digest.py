"""The weekly email to each process leader about their projects without news (issue 16).

The rules:
- Who: every active staff user of the Process leader group who has an email address,
  unless they turned it off for themselves (DigestPreference) or it is off for the whole
  site (DigestSchedule).
- What: the projects Project.objects.stale() lists, as the admin does (active, no visible
  status update for STALE_AFTER_DAYS days), oldest news first. A person gets those where
  a contact person with their email address (in any case) has a role, and everyone gets
  those where no process leader is named that way, so no quiet project goes unmentioned.
- When: the worker looks every DIGEST_CHECK_SECONDS (tips/worker.py, through
  nudges/tasks.check_digests); the first look
  after the set day and hour (local time) sends the week's email. A worker that was down
  then sends when it is back, still once for that week.
- Once: each person's week is recorded (WeeklyDigest, one per person and week) in the
  transaction that queues their email, so two workers or a restart never queue it twice;
  the task records the sending, so a task that runs again sends nothing (config/mail.py).
- Nothing stale for someone: no email. Their week is recorded all the same, so a
  project that goes quiet later in the week waits for next week's email.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.utils import timezone

from contacts.models import ProjectContact
from projects.models import Project
from tips.tasks import PROCESS_LEADER_GROUP

from .models import DigestPreference


def process_leaders():
    """Everyone who may get the email, whether they turned it off or not."""
    users = get_user_model().objects.filter(
        is_active=True, is_staff=True, groups__name=PROCESS_LEADER_GROUP
    )
    return users.exclude(email="").distinct().order_by("pk")


def subscribed(users):
    turned_off = DigestPreference.objects.filter(user=OuterRef("pk"), is_subscribed=False)
    return users.exclude(Exists(turned_off))


def stale_projects(now):
    """The quiet projects, oldest news first, each with `contact_emails` (lower case)."""
    projects = list(Project.objects.stale(now).order_by("last_activity_at", "pk"))
    emails = defaultdict(set)
    contacts = ProjectContact.objects.filter(project__in=projects).exclude(person__email="")
    for project_id, email in contacts.values_list("project_id", "person__email"):
        emails[project_id].add(email.lower())
    for project in projects:
        project.contact_emails = emails[project.pk]
    return projects


@dataclass
class Digest:
    """What one person's email lists."""

    own: list = field(default_factory=list)
    unclaimed: list = field(default_factory=list)

    @property
    def projects(self):
        return self.own + self.unclaimed


def digests_for(leaders, projects):
    """{user: Digest} for each of `leaders`, given every process leader's projects."""
    by_email = defaultdict(list)
    for user in leaders:
        by_email[user.email.lower()].append(user)
    digests = {user: Digest() for user in leaders}
    for project in projects:
        owners = [user for email in project.contact_emails for user in by_email.get(email, [])]
        if owners:
            for user in owners:
                digests[user].own.append(project)
        else:
            for digest in digests.values():
                digest.unclaimed.append(project)
    return digests


def digest_for(user, now=None):
    """What `user`'s email would list at `now`; empty for someone not a process leader."""
    leaders = list(process_leaders())
    if user not in leaders:
        return Digest()
    return digests_for(leaders, stale_projects(now or timezone.now()))[user]
