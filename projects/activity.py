"""What residents see of a project's standing, kept on the project's own row.

The rule (unchanged from when it was worked out on every query): whatever the process
leader said last wins, the project's own status and progress or a visible status update
posted (or, if scheduled, gone live) after them. A project's last activity is its newest
visible update, or its creation until it has one.

Worked out for every project on every page, that rule cost subqueries over all updates
for each project, on every list and every sort. So it is worked out once, when something
changes it, and kept in the project's columns (ACTIVITY_FIELDS):

- a status update saved or deleted refreshes its project (and the one it moved from),
  in the same transaction (updates/signals.py);
- a project whose status or progress is set refreshes itself (Project.save);
- time alone changes it when a scheduled update's time comes: each project keeps when
  that is (activity_due_at), and a project that is due is refreshed before any page is
  made (projects.middleware) and by the worker's regular look (tips/worker.py);
- whatever writes rows in bulk (the demo's generator, data migrations) refreshes them.

The stored values are always what `computed` works out now: the property test in
tests/test_activity.py holds them to that over random sequences of changes.
"""

import logging

from django.db import transaction
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

logger = logging.getLogger(__name__)

ACTIVITY_FIELDS = (
    "current_status",
    "current_progress",
    "current_status_since",
    "last_update_at",
    "last_activity_at",
    "activity_due_at",
)
# However many projects a refresh covers, they are worked out this many at a time.
BATCH = 500


def computed(projects, update_model, now):
    """The projects annotated with the rule's values as computed_<field>, from the updates
    (`update_model`, so that data migrations can pass their historical model)."""
    of_project = update_model._base_manager.filter(project=OuterRef("pk"), is_published=True)
    visible = of_project.filter(published_at__lte=now)
    said_later = visible.alias(stated_at=Greatest("published_at", "created_at")).filter(
        stated_at__gt=OuterRef("status_changed_at")
    )
    newest_status = said_later.filter(new_status__gt="").order_by("-published_at", "-pk")
    newest_progress = said_later.filter(new_progress__isnull=False).order_by("-published_at", "-pk")
    newest = visible.order_by("-published_at").values("published_at")[:1]
    next_scheduled = (
        of_project.filter(published_at__gt=now).order_by("published_at").values("published_at")
    )
    return projects.annotate(
        computed_current_status=Coalesce(
            Subquery(newest_status.values("new_status")[:1]), F("status")
        ),
        computed_current_progress=Coalesce(
            Subquery(newest_progress.values("new_progress")[:1]), F("progress")
        ),
        computed_current_status_since=Coalesce(
            Subquery(newest_status.values("published_at")[:1]), F("status_changed_at")
        ),
        computed_last_update_at=Subquery(newest),
        computed_last_activity_at=Coalesce(Subquery(newest), F("created_at")),
        computed_activity_due_at=Subquery(next_scheduled[:1]),
    )


def refresh(project_model, update_model, project_ids, now=None):
    """Work the rule out for these projects and store what changed: {pk: {field: value}}
    for every project found, changed or not."""
    now = now or timezone.now()
    manager = project_model._base_manager
    ids = sorted({pk for pk in project_ids if pk is not None})
    found = {}
    with transaction.atomic(using=manager.db):
        for start in range(0, len(ids), BATCH):
            rows = computed(manager.filter(pk__in=ids[start : start + BATCH]), update_model, now)
            names = [f"computed_{name}" for name in ACTIVITY_FIELDS]
            for pk, *values in rows.values_list("pk", *ACTIVITY_FIELDS, *names):
                stored, worked_out = values[: len(ACTIVITY_FIELDS)], values[len(ACTIVITY_FIELDS) :]
                found[pk] = dict(zip(ACTIVITY_FIELDS, worked_out, strict=True))
                if stored != worked_out:
                    manager.filter(pk=pk).update(**found[pk])
    return found


def refresh_projects(project_ids, now=None):
    from projects.models import Project
    from updates.models import StatusUpdate

    return refresh(Project, StatusUpdate, project_ids, now)


def refresh_due(now=None):
    """Refresh the projects whose scheduled update's time has come. Returns when the next
    one comes (None: no project waits for one). One query when none is due."""
    from projects.models import Project

    now = now or timezone.now()
    # Unordered, so that it reads the few rows of the index on activity_due_at, not all.
    waiting = Project._base_manager.filter(activity_due_at__isnull=False).order_by()
    due_at = dict(waiting.values_list("pk", "activity_due_at"))
    due = [pk for pk, moment in due_at.items() if moment <= now]
    if due:
        for pk, values in refresh_projects(due, now).items():
            due_at[pk] = values["activity_due_at"]
    return min(filter(None, due_at.values()), default=None)


def catch_up_scheduled_updates():
    """For the worker: bring projects up to date with updates whose time has come; a
    failure (the database away) is logged and left for the next look."""
    try:
        refresh_due()
    except Exception:
        logger.exception("Could not bring projects up to date with scheduled updates.")
