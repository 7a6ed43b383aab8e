"""Issue 17's migrations keep every row a municipality already has: a site on the earlier
schema, with a goal in site settings, meetings of a project, documents, members and key
figures, comes out of `migrate` with all of it in the new places."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE_ISSUE_17 = [
    ("projects", "0009_wcag_2_2"),
    ("updates", "0003_content_languages"),
    ("contacts", "0002_content_languages"),
    ("events", "0003_content_languages"),
    ("figures", "0004_indicator_measured_every"),
    ("pages", None),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    applied = [target for target in targets if target[1] is not None]
    return MigrationExecutor(connection).loader.project_state(applied).apps


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.fixture
def old_schema(transactional_db):
    """The database as it was before issue 17; brought back to today's after the test."""
    apps = migrate(BEFORE_ISSUE_17)
    yield apps
    migrate(latest())


def noon(day):
    return timezone.make_aware(datetime.combine(day, datetime.min.time().replace(hour=12)))


def test_every_row_is_kept_moved_to_its_new_place_and_can_be_moved_back(old_schema, media_root):
    apps = old_schema
    SiteSettings = apps.get_model("projects", "SiteSettings")
    Theme = apps.get_model("projects", "Theme")
    Project = apps.get_model("projects", "Project")
    Document = apps.get_model("projects", "Document")
    StatusUpdate = apps.get_model("updates", "StatusUpdate")
    Event = apps.get_model("events", "Event")
    SteeringGroup = apps.get_model("contacts", "SteeringGroup")
    GroupMember = apps.get_model("contacts", "GroupMember")
    Indicator = apps.get_model("figures", "Indicator")
    Measurement = apps.get_model("figures", "Measurement")

    SiteSettings.objects.create(
        pk=1,
        site_name="Framdrift i Lidal",
        site_name_nn="Framdrift i Lidal",
        overall_goal="<p>Fleire skal bu her.</p>",
        overall_goal_nn="<p>Fleire skal bu her.</p>",
        overall_goal_en="<p>More people live here.</p>",
    )
    for index, (name, slug) in enumerate([("Bustad", "bustad"), ("Arbeid", "arbeid")]):
        Theme.objects.create(name=name, name_nn=name, slug=slug, position=index)
    project = Project.objects.create(
        title="Skulen", title_nn="Skulen", slug="skulen", summary="Ny skule", summary_nn="Ny skule"
    )
    other = Project.objects.create(
        title="Kaia", title_nn="Kaia", slug="kaia", summary="Ny kai", summary_nn="Ny kai"
    )
    document = Document.objects.create(
        project=project, title="Plan", title_nn="Plan", file=ContentFile(b"%PDF-1.4", "plan.pdf")
    )
    update = StatusUpdate.objects.create(
        project=project, title="Byrja", title_nn="Byrja", published_at=noon(date(2026, 3, 1))
    )
    of_project = Event.objects.create(
        title="Møte",
        title_nn="Møte",
        project=project,
        starts_at=noon(date(2026, 4, 1)),
        place="Grendehuset",
    )
    of_none = Event.objects.create(
        title="Felles møte",
        title_nn="Felles møte",
        starts_at=noon(date(2026, 5, 1)),
        place="Rådhuset",
    )
    group = SteeringGroup.objects.create(name="Styret", name_nn="Styret", slug="styret")
    member = GroupMember.objects.create(group=group, name="Kari Nordmann", role="chair")
    indicator = Indicator.objects.create(project=other, name="Tilflytta", unit="personar")
    Measurement.objects.create(indicator=indicator, measured_on=date(2026, 1, 1), value=12)

    migrate(latest())

    from contacts.models import GroupMember as NewMember
    from events.models import Event as NewEvent
    from figures.models import Indicator as NewIndicator
    from projects.models import Document as NewDocument
    from projects.models import Project as NewProject
    from projects.models import SiteSettings as NewSettings
    from projects.models import Strategy
    from projects.models import Theme as NewTheme
    from updates.models import StatusUpdate as NewUpdate

    # The goal moved into a first strategy, in each language, and every target area joined it.
    strategy = Strategy.objects.get()
    assert strategy.goal_nn == "<p>Fleire skal bu her.</p>"
    assert strategy.goal_en == "<p>More people live here.</p>"
    assert strategy.name_nn == "Framdrift i Lidal"
    assert set(NewTheme.objects.values_list("strategy", flat=True)) == {strategy.pk}
    assert NewSettings.objects.get().site_name == "Framdrift i Lidal"

    # Each meeting keeps its project, now as one of its projects; one of none keeps none.
    assert list(NewEvent.objects.get(pk=of_project.pk).projects.all()) == [
        NewProject.objects.get(pk=project.pk)
    ]
    assert not NewEvent.objects.get(pk=of_none.pk).projects.exists()

    # Projects, updates, documents, members and values are all still there, as they were.
    assert NewProject.objects.count() == 2
    assert NewProject.objects.get(pk=project.pk).parent is None
    assert NewUpdate.objects.get(pk=update.pk).project_id == project.pk
    kept_document = NewDocument.objects.get(pk=document.pk)
    assert kept_document.project_id == project.pk
    assert kept_document.file.name == document.file.name
    assert kept_document.is_published
    assert NewMember.objects.get(pk=member.pk).role == "chair"
    assert [m.value for m in NewIndicator.objects.get(pk=indicator.pk).series] == [Decimal(12)]

    # And undone: the goal goes back to site settings, the meeting to its one project.
    apps = migrate(BEFORE_ISSUE_17)
    assert apps.get_model("projects", "SiteSettings").objects.get().overall_goal_nn == (
        "<p>Fleire skal bu her.</p>"
    )
    assert apps.get_model("events", "Event").objects.get(pk=of_project.pk).project_id == (
        project.pk
    )
