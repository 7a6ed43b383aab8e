"""Pages cost a fixed number of SQL queries, however much content there is."""

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from events.models import Event
from figures.models import Indicator, Measurement
from projects.models import Document, Partner
from tests.base import (
    made_afresh,
    make_area,
    make_contact,
    make_group,
    make_phase,
    make_project,
    make_project_image,
    make_theme,
    make_update,
    make_update_image,
    nothing_kept,
    upload,
)
from tests.many_projects import add_projects, build_the_frame, feeds_and_sitemap, public_pages

pytestmark = pytest.mark.django_db

# What the pages cost today; a change here should be a deliberate one.
# Site settings, areas and themes for the filters, how many projects match and the ids of
# this page's, the page's projects with their pictures and areas, the status counts and
# the latest updates.
# A page made afresh also asks the page cache's questions: the content generation, and
# when the next scheduled update, meeting and sign-up deadline come (pagecache/middleware.py).
PAGE_CACHE_QUERIES = 4
# ... and whether a scheduled update's time has come for any project (projects/activity.py).
SCHEDULED_ACTIVITY_QUERIES = 1
# Every page made afresh shows the menu's pages and the footer's contacts.
SITE_FRAME_QUERIES = 2
# ... and upcoming meetings with their published projects, and the published strategies
# (their goals, and the strategy filter when there are several).
OVERVIEW_QUERIES = 13 + PAGE_CACHE_QUERIES + SCHEDULED_ACTIVITY_QUERIES + SITE_FRAME_QUERIES
# A project page: the project (found by its address), then all it shows, which is fetched
# only when its fragments are made, onto the project already found: upcoming meetings, key
# figures and their measured values, its published sub-projects, its milestones, funding
# and own links (one query each), the updates' authors, the key figures' further series ...
# and the cover picture for the page's social card (feeds/templatetags/sharing.py).
PROJECT_PAGE_QUERIES = 23 + PAGE_CACHE_QUERIES + SCHEDULED_ACTIVITY_QUERIES + SITE_FRAME_QUERIES


def small_picture():
    return upload(width=120, height=80)


def build_project(number, size, with_cover=True):
    """A project with `size` updates (with pictures), pictures, contacts, members and more."""
    project = make_project(f"Prosjekt {number}", slug=f"prosjekt-{number}", progress=number % 100)
    project.areas.add(make_area(f"Bygd {number}", slug=f"bygd-{number}"))
    project.themes.add(make_theme(f"Tema {number}", slug=f"tema-{number}"))
    for index in range(size):
        update = make_update(project, title=f"Oppdatering {index}", new_status="ongoing")
        make_update_image(update, image=small_picture())
        make_update(project, title=f"Kladd {index}", is_published=False)
        make_project_image(
            project, image=small_picture(), is_cover=with_cover and index == 0, position=index
        )
        make_contact(
            f"Person {number}-{index}",
            project=project,
            email=f"p{index}@example.org",
            photo=small_picture() if index < 3 else "",
        )
        make_phase(project, name=f"Fase {index}")
        Partner.objects.create(project=project, name=f"Partnar {index}", sector="voluntary")
        Document.objects.create(
            project=project,
            title=f"Dokument {index}",
            file=SimpleUploadedFile(f"d{index}.pdf", b"%PDF-1.4\n"),
        )
    make_group(
        f"Gruppe {number}",
        slug=f"gruppe-{number}",
        projects=[project],
        members=[(f"Medlem {index}", "member", "Bygda") for index in range(size)],
    )
    soon = timezone.now() + timedelta(days=3)
    for index in range(min(size, 5)):
        Event.objects.create(
            title=f"Møte {index}",
            starts_at=soon + timedelta(days=index),
            place="Grendehuset",
        ).projects.add(project)
        indicator = Indicator.objects.create(project=project, name=f"Tal {index}", unit="stk")
        Measurement.objects.bulk_create(
            Measurement(
                indicator=indicator, measured_on=date(2020, 1, 1) + timedelta(days=day), value=day
            )
            for day in range(size)
        )
    return project


def count_queries(client, url):
    response, queries = made_afresh(client, url)
    assert response.status_code == 200
    return queries


def test_the_overview_costs_the_same_with_5_and_50_projects(client):
    for number in range(5):
        build_project(number, size=2, with_cover=number % 2 == 0)
    with_few = count_queries(client, "/")

    for number in range(5, 50):
        build_project(number, size=2, with_cover=number % 2 == 0)
    with_many = count_queries(client, "/")

    assert (with_few, with_many) == (OVERVIEW_QUERIES, OVERVIEW_QUERIES)


def test_a_project_page_costs_the_same_with_5_and_50_of_everything(client):
    small = build_project(1, size=5)
    large = build_project(2, size=50)

    small_count = count_queries(client, small.get_absolute_url())
    large_count = count_queries(client, large.get_absolute_url())

    assert (small_count, large_count) == (PROJECT_PAGE_QUERIES, PROJECT_PAGE_QUERIES)


def test_the_staff_preview_costs_the_same_with_5_and_50_of_everything(client):
    client.force_login(User.objects.create_user("redaktor", is_staff=True))
    small = build_project(1, size=5)
    large = build_project(2, size=50)

    small_count = count_queries(client, small.get_absolute_url())
    large_count = count_queries(client, large.get_absolute_url())

    assert small_count == large_count


def queries_of_each(client, pages):
    """{page name: the queries it costs made wholly afresh}."""
    counted = {}
    for name, page in pages.items():
        url, headers = page if isinstance(page, tuple) else (page, {})
        response, counted[name] = made_afresh(client, url, headers=headers)
        assert response.status_code == 200, (name, response.status_code)
    return counted


def test_every_page_costs_the_same_queries_with_10_and_1000_projects(client):
    """Made wholly afresh, each public page, feed and the sitemap (tests/many_projects.py)."""
    build_the_frame()
    add_projects(0, 10)
    pages = public_pages() | feeds_and_sitemap()
    with_10 = queries_of_each(client, pages)

    add_projects(10, 1000)
    with_1000 = queries_of_each(client, pages)

    changed = {
        name: (with_10[name], count) for name, count in with_1000.items() if count != with_10[name]
    }
    assert changed == {}
    # The README says what each page costs; a change in the counts changes it there too.
    table = "\n".join(f"| {name} | {count} |" for name, count in with_1000.items())
    assert readme_query_table() == with_1000, f"README's table should read:\n{table}"


README_TABLE = re.compile(
    r"<!-- query counts -->\n\| page \| queries \|\n\|[-| ]+\|\n((?:\|.*\|\n)+)"
)


def readme_query_table():
    """{page: queries} as the README's speed section lists them."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    rows = README_TABLE.search(readme)
    assert rows, "README.md has no table of queries per page after <!-- query counts -->"
    return {
        name.strip(): int(count)
        for name, count in (line.strip("|").rsplit("|", 1) for line in rows[1].splitlines())
    }


def sqlite_plans(client, url):
    """{step of SQLite's plan that reads a whole table or index: the query} for the page
    made wholly afresh."""
    return {
        step: sql
        for step, sql in plan_steps(client, url)
        if step.startswith("SCAN") and "CONSTANT ROW" not in step
    }


def plan_steps(client, url):
    """[(step of SQLite's plan, its query)] for every query of the page made wholly afresh."""
    if connection.vendor != "sqlite":
        pytest.skip("reads SQLite's query plans")
    statements = []

    def kept(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))
        return execute(sql, params, many, context)

    nothing_kept()
    with connection.execute_wrapper(kept):
        assert client.get(url).status_code == 200
    with connection.cursor() as cursor:
        return [
            (step, sql)
            for sql, params in statements
            for *_ids, step in cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        ]


def test_a_project_page_reads_no_table_whole_but_the_footers_contacts(client):
    """What a project page shows is found by key, however many projects there are: no query
    reads every project (a key figure's once listed every published project to check its
    own), nor every update, picture or member."""
    project = build_project(1, size=5)
    for number in range(2, 40):
        build_project(number, size=1, with_cover=False)

    scans = sqlite_plans(client, project.get_absolute_url())

    assert set(scans) == {"SCAN contacts_sitecontact"}, scans


def test_a_target_areas_page_finds_its_own_news_by_its_key(client):
    """Not by walking every public update, newest first, until it has found its own few:
    that took 18 ms at 10,000 updates, and grew with them."""
    theme = make_theme()
    project = make_project(title="Fortau langs fylkesvegen")
    project.themes.add(theme)
    make_update(None, title="Ny plan for bygdene", theme=theme)
    for number in range(30):
        make_update(project, title=f"Oppdatering {number}")

    steps = plan_steps(client, theme.get_absolute_url())

    # The page cache's look for the next scheduled update reads only those to come.
    reading_past_updates = [
        step
        for step, _sql in steps
        if "updates_statusupdate" in step and "published_at>?" not in step
    ]
    assert reading_past_updates
    assert [step for step in reading_past_updates if "_id=?" not in step] == []


def test_the_contacts_page_reads_its_page_of_people_in_name_order_and_sorts_no_one(client):
    """Each person's published roles are counted for the page's people alone; grouping
    everyone with every role, SQLite sorted them all (10 ms at 1,000 projects)."""
    project = make_project()
    for number in range(30):
        make_contact(f"Person {number:02}", project=project, email=f"p{number}@example.org")

    steps = plan_steps(client, reverse("projects:contacts") + "?page=2")

    reading_people = {
        step for step, sql in steps if 'FROM "contacts_contactperson"' in sql.replace("\n", " ")
    }
    assert reading_people
    assert {step for step in reading_people if "TEMP B-TREE" in step} == set()
