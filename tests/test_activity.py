"""The status, progress and last activity kept on each project's row are always what the
rules work out from the project and its status updates (projects/activity.py): after any
sequence of updates posted, edited, made drafts, scheduled, moved and deleted, the project's
own status set, and time passing, as the page that is then made sees them."""

from datetime import timedelta

import pytest
import time_machine
from django.db import transaction
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from projects.activity import ACTIVITY_FIELDS, refresh_due
from projects.models import Project, Status
from tests.base import NOW, make_project, make_update
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

STATUSES = [status.value for status in Status]


def what_the_rules_say(project, now):
    """The rules, written out plainly over the rows (the reference the stored values meet)."""
    updates = list(StatusUpdate.objects.filter(project=project))
    visible = [u for u in updates if u.is_published and u.published_at <= now]
    said_later = sorted(
        (u for u in visible if max(u.published_at, u.created_at) > project.status_changed_at),
        key=lambda u: (u.published_at, u.pk),
        reverse=True,
    )
    status_by = next((u for u in said_later if u.new_status), None)
    progress_by = next((u for u in said_later if u.new_progress is not None), None)
    last_update = max((u.published_at for u in visible), default=None)
    scheduled = [u.published_at for u in updates if u.is_published and u.published_at > now]
    return {
        "current_status": status_by.new_status if status_by else project.status,
        "current_progress": progress_by.new_progress if progress_by else project.progress,
        "current_status_since": status_by.published_at if status_by else project.status_changed_at,
        "last_update_at": last_update,
        "last_activity_at": last_update or project.created_at,
        "activity_due_at": min(scheduled, default=None),
    }


def stored(project):
    return dict(
        zip(
            ACTIVITY_FIELDS,
            Project.objects.values_list(*ACTIVITY_FIELDS).get(pk=project.pk),
            strict=True,
        )
    )


minutes = st.integers(min_value=-3 * 24 * 60, max_value=3 * 24 * 60)
maybe_status = st.one_of(st.just(""), st.sampled_from(STATUSES))
maybe_progress = st.one_of(st.none(), st.integers(min_value=0, max_value=100))
steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("post"), st.integers(0, 1), st.booleans(), minutes, maybe_status, maybe_progress
        ),
        st.tuples(
            st.just("edit"),
            st.integers(0, 20),
            st.booleans(),
            minutes,
            maybe_status,
            maybe_progress,
        ),
        st.tuples(st.just("move"), st.integers(0, 20), st.integers(0, 1)),
        st.tuples(st.just("delete"), st.integers(0, 20)),
        st.tuples(
            st.just("set project"), st.integers(0, 1), st.sampled_from(STATUSES), maybe_progress
        ),
        st.tuples(st.just("wait"), st.integers(min_value=1, max_value=2 * 24 * 60)),
    ),
    min_size=1,
    max_size=14,
)


def apply(step, projects, traveller):
    kind, *args = step
    updates = list(StatusUpdate.objects.order_by("pk"))
    if kind == "post":
        index, published, offset, status, progress = args
        make_update(
            projects[index],
            published_at=NOW + timedelta(minutes=offset),
            is_published=published,
            new_status=status,
            new_progress=progress,
        )
    elif kind == "edit" and updates:
        index, published, offset, status, progress = args
        update = updates[index % len(updates)]
        update.is_published = published
        update.published_at = NOW + timedelta(minutes=offset)
        update.new_status, update.new_progress = status, progress
        update.save()
    elif kind == "move" and updates:
        update = updates[args[0] % len(updates)]
        update.project = projects[args[1]]
        update.save()
    elif kind == "delete" and updates:
        updates[args[0] % len(updates)].delete()
    elif kind == "set project":
        project = Project.objects.get(pk=projects[args[0]].pk)
        project.status, project.progress = args[1], args[2]
        project.save()
    elif kind == "wait":
        traveller.shift(timedelta(minutes=args[0]))


@settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sequence=steps)
def test_the_stored_status_is_always_what_the_rules_say(sequence):
    with time_machine.travel(NOW, tick=False) as traveller, transaction.atomic():
        projects = [make_project("Ny skule"), make_project("Ny bru", status="planned", progress=10)]
        for step in sequence:
            apply(step, projects, traveller)
            now = NOW.__class__.now(tz=NOW.tzinfo)
            for project in projects:
                project.refresh_from_db()
                # Before any page is made, only a project whose scheduled update's time has
                # come may be behind, and it says so.
                if stored(project) != what_the_rules_say(project, now):
                    assert stored(project)["activity_due_at"] <= now
            refresh_due(now)  # as the page made next does (projects/middleware.py)
            for project in projects:
                project.refresh_from_db()
                assert stored(project) == what_the_rules_say(project, now), step
        transaction.set_rollback(True)


def test_a_scheduled_update_sets_the_status_on_the_overview_when_its_time_comes(client):
    with time_machine.travel(NOW, tick=False) as traveller:
        project = make_project("Ny skule", status="planned")
        make_update(project, published_at=NOW + timedelta(hours=2), new_status="ongoing")
        before = client.get("/").text
        traveller.shift(timedelta(hours=2, seconds=1))
        after = client.get("/").text

    project.refresh_from_db()
    assert "status--planned" in before and "status--ongoing" not in before
    assert "status--ongoing" in after and project.current_status == "ongoing"
    assert project.last_update_at == NOW + timedelta(hours=2)


def test_the_worker_brings_projects_up_to_date_without_any_page_asked(client):
    from tips.worker import periodic_jobs

    with time_machine.travel(NOW, tick=False) as traveller:
        project = make_project("Ny skule", status="planned")
        make_update(project, published_at=NOW + timedelta(minutes=5), new_progress=40)
        traveller.shift(timedelta(minutes=6))
        catch_up = next(
            job for job in periodic_jobs() if job.__name__ == "catch_up_scheduled_updates"
        )
        catch_up()

    project.refresh_from_db()
    assert project.current_progress == 40 and project.activity_due_at is None


def test_when_nothing_is_due_a_page_asks_one_question_about_it():
    make_project("Ny skule")
    with CaptureQueriesContext(transaction.get_connection()) as queries:
        refresh_due()
    assert len(queries) == 1
