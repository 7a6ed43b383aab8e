"""Pages cost a fixed number of SQL queries, however much content there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.base import (
    make_area,
    make_contact,
    make_group,
    make_phase,
    make_project,
    make_project_image,
    make_update,
    make_update_image,
    upload,
)

pytestmark = pytest.mark.django_db


def small_picture():
    return upload(width=120, height=80)


def build_project(number, size):
    """A project with `size` updates, pictures, members, contacts and phases."""
    project = make_project(f"Prosjekt {number}", slug=f"prosjekt-{number}", progress=number % 100)
    project.areas.add(make_area(f"Bygd {number}", slug=f"bygd-{number}"))
    for index in range(size):
        update = make_update(project, title=f"Oppdatering {index}", new_status="ongoing")
        make_update_image(update, image=small_picture())
        make_project_image(project, image=small_picture(), is_cover=index == 0, position=index)
        make_contact(f"Person {number}-{index}", project=project, email=f"p{index}@example.org")
        make_phase(project, name=f"Fase {index}")
    make_group(
        f"Gruppe {number}",
        slug=f"gruppe-{number}",
        projects=[project],
        members=[(f"Medlem {index}", "member", "Bygda") for index in range(size)],
    )
    return project


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_overview_costs_the_same_with_5_and_50_projects(client):
    for number in range(5):
        build_project(number, size=1)
    with_few = count_queries(client, "/")

    for number in range(5, 50):
        build_project(number, size=1)
    with_many = count_queries(client, "/")

    assert with_few == with_many
    assert with_many <= 6


def test_a_project_page_costs_the_same_with_5_and_50_of_everything(client):
    small = build_project(1, size=5)
    large = build_project(2, size=50)

    small_count = count_queries(client, small.get_absolute_url())
    large_count = count_queries(client, large.get_absolute_url())

    assert small_count == large_count
    assert large_count <= 16
