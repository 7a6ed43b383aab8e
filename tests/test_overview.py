"""The overview residents land on: every published project and where it stands."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from projects.models import SiteSettings
from tests.base import make_area, make_project, make_project_image, make_update

pytestmark = pytest.mark.django_db


def overview(client):
    response = client.get(reverse("projects:overview"))
    assert response.status_code == 200
    return response


def test_it_shows_every_published_project_with_status_progress_and_area(client):
    village = make_area("Nedre Li")
    project = make_project("Ny skule", status="ongoing", progress=40)
    project.areas.add(village)

    response = overview(client)

    assert response.templates[0].name == "projects/overview.html"
    assert 'href="/prosjekt/ny-skule/"' in response.text
    assert "I gang" in response.text  # the status as text, not colour alone
    assert '<progress max="100" value="40"' in response.text
    assert "Framdrift: 40 %" in response.text
    assert "Nedre Li" in response.text


def test_it_hides_unpublished_projects(client):
    make_project("Hemmeleg plan", is_published=False)
    assert "Hemmeleg plan" not in overview(client).text


def test_projects_are_listed_featured_first_then_most_recently_active(client):
    now = timezone.now()
    quiet = make_project("Stille prosjekt")
    make_update(quiet, published_at=now - timedelta(days=300))
    busy = make_project("Travelt prosjekt")
    make_update(busy, published_at=now - timedelta(days=1))
    make_project("Framheva prosjekt", is_featured=True)

    text = overview(client).text

    assert text.index("Framheva prosjekt") < text.index("Travelt prosjekt")
    assert text.index("Travelt prosjekt") < text.index("Stille prosjekt")


def test_each_card_shows_the_date_of_the_last_visible_status_update(client):
    project = make_project()
    make_update(project, published_at=timezone.now() - timedelta(days=3))
    make_update(project, title="Framtid", published_at=timezone.now() + timedelta(days=30))
    shown = timezone.localtime(timezone.now() - timedelta(days=3))

    text = overview(client).text

    assert f'datetime="{shown:%Y-%m-%d}' in text
    assert "Framtid" not in text


def test_it_counts_projects_per_status(client):
    make_project("A", status="ongoing")
    make_project("B", status="ongoing")
    make_project("C", status="planned")
    make_project("D", status="completed", is_published=False)

    response = overview(client)

    counts = {item["status"]: item["count"] for item in response.context["status_counts"]}
    assert counts == {"ongoing": 2, "planned": 1}


def test_the_count_follows_the_status_a_newer_update_set(client):
    project = make_project(status="planned")
    make_update(project, new_status="completed", published_at=timezone.now())

    counts = {i["status"]: i["count"] for i in overview(client).context["status_counts"]}

    assert counts == {"completed": 1}


def test_it_lists_the_latest_status_updates_across_projects_newest_first(client):
    now = timezone.now()
    first = make_project("Første", slug="forste")
    second = make_project("Andre")
    make_update(first, title="Gammal nyheit", published_at=now - timedelta(days=20))
    make_update(second, title="Fersk nyheit", published_at=now - timedelta(hours=2))
    make_update(second, title="Kladd", is_published=False, published_at=now)
    hidden = make_project("Skjult", is_published=False)
    make_update(hidden, title="Frå skjult prosjekt", published_at=now)

    text = overview(client).text

    assert text.index("Fersk nyheit") < text.index("Gammal nyheit")
    assert "Kladd" not in text
    assert "Frå skjult prosjekt" not in text


def test_the_cover_picture_is_on_the_card_with_sizes_and_no_lazy_loading_at_the_top(client):
    project = make_project()
    make_project_image(project, alt_text="Sidebilete")
    make_project_image(project, alt_text="Skulen i sol", is_cover=True)

    text = overview(client).text

    assert 'type="image/webp"' in text
    assert 'width="800" height="600"' in text
    card = text[text.index('class="card"') :]
    assert 'loading="lazy"' not in card[: card.index("</article>")]


def test_covers_further_down_load_lazily(client):
    for number in range(4):
        project = make_project(f"Prosjekt {number}")
        make_project_image(project, is_cover=True)

    assert overview(client).text.count('loading="lazy"') == 2


def test_the_intro_text_from_site_settings_is_shown(client):
    site = SiteSettings.load()
    site.overview_intro = "<p>Her finn du alt som skjer i bygdene.</p>"
    site.save()

    assert "Her finn du alt som skjer i bygdene." in overview(client).text


def test_it_says_so_when_nothing_is_published_yet(client):
    assert "Ingen prosjekt er publiserte enno." in overview(client).text
