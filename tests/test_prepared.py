"""A prepared query (config/prepared.py) answers as its queryset would, for each request's
own values, and refuses on first use a query it could not answer for them."""

import pickle
from datetime import date, timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from config.prepared import Prepared
from events.models import Event
from figures.models import Indicator, Measurement
from projects.models import Area, Project, SiteSettings
from projects.project_page import PAGE_RELATIONS, fetch_page_relations
from tests.base import (
    NOW,
    make_area,
    make_contact,
    make_group,
    make_phase,
    make_project,
    make_project_image,
)

pytestmark = pytest.mark.django_db


def counted(build):
    """build, and how many times it was called."""
    calls = []

    def counting(**arguments):
        calls.append(arguments)
        return build(**arguments)

    return counting, calls


def meeting(title, days, *projects):
    starts_at = NOW + timedelta(days=days)
    event = Event.objects.create(
        title=title,
        place="Grendehuset",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
    )
    event.projects.add(*projects)
    return event


def test_each_call_answers_for_its_own_values_and_the_query_is_built_once():
    school = make_project("Ny skule")
    hall = make_project("Nytt grendehus")
    hidden = make_project("Ikkje ute enno", is_published=False)
    meeting("Om skulen", 1, school)
    meeting("Om grendehuset", 10, hall)
    meeting("Om det som ikkje er ute", 3, hidden)
    meeting("Om alt", 20)
    build, calls = counted(
        lambda now, count: Event.objects.upcoming(now)[:count].values_list("title_nn", flat=True)
    )
    upcoming = Prepared(build, fixed=["count"])

    for now, count in [(NOW, 3), (NOW + timedelta(days=5), 3), (NOW + timedelta(days=15), 3)]:
        assert upcoming(now=now, count=count) == list(
            Event.objects.upcoming(now)[:count].values_list("title_nn", flat=True)
        )
    assert upcoming(now=NOW, count=3) == ["Om skulen", "Om grendehuset", "Om alt"]
    assert upcoming(now=NOW + timedelta(days=5), count=3) == ["Om grendehuset", "Om alt"]
    # Built twice on first use (to see that it builds the same query each time), then never.
    assert len(calls) == 2
    with CaptureQueriesContext(connection) as queries:
        assert upcoming(now=NOW, count=1) == ["Om skulen"]
    assert len(queries) == 1
    # A new slice's length is a new shape.
    assert len(calls) == 4


def test_lists_model_objects_values_and_languages(english_too):
    school = make_project("Ny skule", title_en="New school", summary="Om skulen.")
    hall = make_project("Nytt grendehus", summary="Om huset.")
    titles = Prepared(
        lambda ids: Project.objects.filter(pk__in=ids).order_by("pk").values("pk", "title_en")
    )
    projects = Prepared(lambda ids: Project.objects.filter(pk__in=ids).order_by("pk"))

    assert titles(ids=[school.pk, hall.pk]) == [
        {"pk": school.pk, "title_en": "New school"},
        {"pk": hall.pk, "title_en": None},
    ]
    assert titles(ids=[hall.pk, school.pk]) == titles(ids=[school.pk, hall.pk])
    assert titles(ids=[hall.pk]) == [{"pk": hall.pk, "title_en": None}]
    # No keys, no query.
    with CaptureQueriesContext(connection) as queries:
        assert titles(ids=[]) == []
    assert len(queries) == 0

    found = projects(ids=[school.pk, hall.pk])
    assert found == [school, hall]
    with translation.override("en"):
        assert [project.title for project in projects(ids=[school.pk, hall.pk])] == [
            "New school",
            "Nytt grendehus",
        ]
    with translation.override("nn"):
        assert [project.title for project in projects(ids=[school.pk, hall.pk])] == [
            "Ny skule",
            "Nytt grendehus",
        ]
        assert found[0].summary == "Om skulen."


def test_lists_of_keys_of_near_lengths_share_one_query():
    projects = [make_project(f"Prosjekt {number}") for number in range(6)]
    build, calls = counted(
        lambda ids: Project.objects.filter(pk__in=ids).order_by("pk").values_list("pk", flat=True)
    )
    by_keys = Prepared(build)
    keys = [project.pk for project in projects]

    assert by_keys(ids=keys[:3]) == keys[:3]
    assert by_keys(ids=keys[2:]) == keys[2:]  # four keys: the same query as three
    assert len(calls) == 2
    assert by_keys(ids=keys[1:]) == keys[1:]  # five: a query for up to eight
    assert by_keys(ids=keys) == keys
    assert len(calls) == 4


def test_a_counted_query_counts_what_the_queryset_counts_in_one_query():
    for number in range(7):
        make_project(f"Prosjekt {number}", status="done" if number % 2 else "ongoing")

    def in_status(status, limit):
        return Project.objects.filter(current_status=status).values("pk")[:limit]

    counted_in = Prepared(in_status, fixed=("limit",), counted=True)

    for status, limit in [("done", 10), ("ongoing", 10), ("ongoing", 2), ("planned", 10)]:
        with CaptureQueriesContext(connection) as queries:
            found = counted_in(status=status, limit=limit)
        assert found == in_status(status, limit).count(), (status, limit)
        assert len(queries) == 1
    assert (counted_in(status="done", limit=10), counted_in(status="ongoing", limit=2)) == (3, 2)
    # A list of no keys matches nothing, and Django asks nothing.
    none_of = Prepared(lambda ids: Project.objects.filter(pk__in=ids), counted=True)
    with CaptureQueriesContext(connection) as queries:
        assert none_of(ids=[]) == 0
    assert len(queries) == 0


def test_a_hostile_value_is_only_ever_a_value():
    make_project("Ny skule", slug="ny-skule")
    by_slug = Prepared(
        lambda slug: Project.objects.filter(slug=slug).values_list("title_nn", flat=True)
    )

    assert by_slug(slug="ny-skule") == ["Ny skule"]
    for hostile in ["' OR 1=1 --", "ny-skule'; DROP TABLE projects_project; --", "%", "\\"]:
        assert by_slug(slug=hostile) == []
    assert by_slug(slug="ny-skule") == ["Ny skule"]


def test_a_query_that_reads_the_clock_itself_is_refused():
    # It would be built once, and keep the time of that moment for ever.
    hidden_clock = Prepared(
        lambda: Event.objects.filter(starts_at__gte=timezone.now()).values_list("pk", flat=True)
    )
    with pytest.raises(ImproperlyConfigured, match="builds a different query each time"):
        hidden_clock()


def test_a_query_that_reads_the_database_while_it_is_built_is_refused():
    # The areas inside an area, read while building: answered once, then kept for ever.
    in_area = Prepared(
        lambda area: Project.objects.in_area(Area(pk=area)).values_list("pk", flat=True)
    )
    with pytest.raises(ImproperlyConfigured, match="ran a query while it was built"):
        in_area(area=1)


def test_an_argument_the_query_changes_is_refused():
    # "%skule%" reaches the database, not the word given.
    containing = Prepared(
        lambda word: Project.objects.filter(title__icontains=word).values_list("pk", flat=True)
    )
    with pytest.raises(ImproperlyConfigured, match="does not pass its argument 'word'"):
        containing(word="skule")


def test_a_text_named_without_its_language_is_refused():
    # django-modeltranslation works out which language each row's title is in, in Python.
    titles = Prepared(lambda: Project.objects.values("pk", "title"))
    with pytest.raises(ImproperlyConfigured, match="by its column's name"):
        titles()


def test_a_changed_setting_builds_the_query_again(settings):
    record = Prepared(lambda: SiteSettings.objects.filter(pk=1))
    build, calls = counted(record.build)
    record.build = build
    record()
    record()
    assert len(calls) == 2
    settings.CONTENT_LANGUAGES = ["en"]
    record()
    assert len(calls) == 4


def test_a_project_pages_relations_are_where_prefetch_related_puts_them():
    project = make_project("Ny skule")
    other = make_project("Nytt grendehus")
    project.areas.add(make_area("Øvre Li"), make_area("Nedre Li"))
    make_area("Sjøvoll")
    pictures = [make_project_image(project, position=2), make_project_image(project, position=1)]
    make_project_image(other)
    make_phase(project, "Fase 2", starts_on=date(2003, 1, 1))
    make_phase(project, "Fase 1")
    leader = make_contact("Kari Nordmann", project=project)
    group = make_group(
        "Styringsgruppa",
        projects=[project],
        members=[("Per Li", "leiar", ""), ("Anne Berg", "medlem", "")],
    )
    make_group("Arbeidsgruppa", projects=[other], members=[("Ola Dal", "medlem", "")])
    action = make_project("Tiltak 1", parent=project)
    families = Indicator.objects.create(project=project, name="Familiar", unit="familiar")
    for days, value in [(90, 7), (0, 4)]:
        Measurement.objects.create(
            indicator=families, measured_on=date(2024, 1, 1) + timedelta(days=days), value=value
        )
    Indicator.objects.create(project=other, name="Nye bustader", unit="bustader")
    expected = Project.objects.prefetch_related(*PAGE_RELATIONS).get(pk=project.pk)

    with CaptureQueriesContext(connection) as queries:
        fetch_page_relations(project)
    # One query each; its documents, contacts, actions, groups and their members; its key
    # figures, their values and their further series.
    assert len(queries) == len(PAGE_RELATIONS) + 8
    with CaptureQueriesContext(connection) as queries:
        for name in PAGE_RELATIONS:
            assert list(getattr(project, name).all()) == list(getattr(expected, name).all())
        assert [picture.pk for picture in project.images.all()] == [pictures[1].pk, pictures[0].pk]
        assert [area.name for area in project.areas.all()] == ["Nedre Li", "Øvre Li"]
        assert project.images.count() == 2 and project.partners.exists() is False
        # Each picture knows its project, as after prefetch_related.
        assert all(picture.project is project for picture in project.images.all())
        assert project.shown_documents == []
        assert [role.person for role in project.contact_roles] == [leader]
        assert project.shown_sub_projects == [action]
        assert list(project.steering_groups.all()) == [group]
        members = project.steering_groups.all()[0].members.all()
        assert [member.name for member in members] == ["Per Li", "Anne Berg"]
        assert project.published_indicators == [families]
        (figure,) = project.published_indicators
        assert [measurement.value for measurement in figure.measurements.all()] == [4, 7]
        assert list(figure.lines.all()) == []
    assert len(queries) == 0
    # Anything more asked of a relation asks about this project's alone.
    assert list(project.images.filter(position=1)) == [pictures[1]]


def test_a_relation_read_by_a_prepared_query_is_its_own_queryset_when_asked_more():
    """Its queryset is built only when something asks more than its objects (config/
    prepared.PrefetchedRelation): then it is the relation's own, of its class, in its
    order, about this project alone, with the objects kept."""
    project = make_project("Ny skule")
    other = make_project("Nytt grendehus")
    north, south = make_area("Øvre Li"), make_area("Nedre Li")
    project.areas.add(north, south)
    other.areas.add(north)
    pictures = [make_project_image(project, position=2), make_project_image(project, position=1)]
    make_project_image(other, position=1)
    expected = Project.objects.prefetch_related("images", "areas").get(pk=project.pk)
    fetch_page_relations(project)

    with CaptureQueriesContext(connection) as queries:
        images, areas = project.images.all(), project.areas.all()
        assert images.count() == 2 and areas.exists() and len(areas) == 2
        assert images.ordered and areas.ordered  # the models' own order: built here
        assert list(images) == [pictures[1], pictures[0]]
    assert len(queries) == 0
    assert type(images) is type(expected.images.all())
    assert type(areas) is type(expected.areas.all())
    assert list(project.images.filter(position=1)) == [pictures[1]]
    assert list(project.areas.filter(name="Øvre Li")) == [north]
    assert list(project.areas.order_by("-name")) == [north, south]
    assert project.areas.filter(name="Øvre Li").count() == 1
    kept = pickle.loads(pickle.dumps(project.images.all()))
    assert list(kept) == [pictures[1], pictures[0]] and type(kept) is type(images)


def test_the_site_settings_are_read_as_saved():
    assert SiteSettings.load().pk == 1 and SiteSettings.load()._state.adding
    SiteSettings.objects.create(pk=1, site_name="Framdrift i Lidal", accent_colour="#1d3f8a")
    loaded = SiteSettings.load()
    assert (loaded.site_name, loaded.accent_colour) == ("Framdrift i Lidal", "#1d3f8a")
    loaded.site_name = "Framdrift i Nedre Lidal"
    loaded.save()
    assert SiteSettings.objects.get().site_name == "Framdrift i Nedre Lidal"
