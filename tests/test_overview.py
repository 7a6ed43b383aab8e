"""The overview residents land on: every published project and where it stands."""

from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from projects.models import SiteSettings, Strategy
from tests.base import (
    NOW,
    make_area,
    make_project,
    make_project_image,
    make_theme,
    make_update,
)

pytestmark = pytest.mark.django_db

# Far enough ahead to stay scheduled whenever the tests run.
FAR_FUTURE = datetime(2099, 1, 1, tzinfo=UTC)


class ImageCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = []

    def handle_starttag(self, tag, attrs):
        if tag == "source":
            self.source = dict(attrs)
        elif tag == "img":
            source = getattr(self, "source", {})
            self.images.append(
                dict(attrs) | {f"source_{name}": value for name, value in source.items()}
            )
            self.source = {}


def images_on(html):
    """The attributes of every <img> on a page, in order, with those of the <source>
    before it in its <picture> as source_srcset, source_sizes and source_type."""
    collector = ImageCollector()
    collector.feed(html)
    return collector.images


def assert_complete_pictures(images):
    """Each picture says what it shows, keeps its space while loading and offers sizes."""
    for image in images:
        assert image.get("alt"), image
        assert int(image["width"]) > 0 and int(image["height"]) > 0, image
        assert image["source_type"] == "image/webp" and " 320w" in image["source_srcset"], image
        assert image["source_sizes"] and image["src"].endswith(".jpg"), image


def overview(client):
    response = client.get(reverse("projects:overview"))
    assert response.status_code == 200
    return response


def test_it_shows_every_published_project_with_status_progress_and_area(client):
    village = make_area("Nedre Li")
    project = make_project("Ny skule", status="ongoing", progress=40)
    project.areas.add(village)

    response = overview(client)

    assert "projects/overview.html" in [template.name for template in response.templates]
    assert 'href="/prosjekt/ny-skule/"' in response.text
    assert "I gang</span>" in response.text  # the status as text, not colour alone
    assert "status.svg#ongoing" in response.text  # and with its icon
    assert '<progress max="100" value="40"' in response.text
    assert "Framdrift: 40 %" in response.text
    assert "Nedre Li" in response.text


def test_it_hides_unpublished_projects(client):
    make_project("Hemmeleg plan", is_published=False)
    assert "Hemmeleg plan" not in overview(client).text


def test_projects_are_listed_featured_first_then_most_recently_active(client):
    quiet = make_project("Stille prosjekt")
    make_update(quiet, published_at=NOW - timedelta(days=300))
    busy = make_project("Travelt prosjekt")
    make_update(busy, published_at=NOW - timedelta(days=1))
    make_project("Framheva prosjekt", is_featured=True)

    text = overview(client).text

    assert text.index("Framheva prosjekt") < text.index("Travelt prosjekt")
    assert text.index("Travelt prosjekt") < text.index("Stille prosjekt")


def test_each_card_shows_the_date_of_the_last_visible_status_update(client):
    project = make_project()
    make_update(project, published_at=NOW - timedelta(days=3))
    make_update(project, title="Framtid", published_at=FAR_FUTURE)
    make_update(project, title="Kladd", published_at=NOW, is_published=False)

    text = overview(client).text

    assert "12. juni 2026</time>" in text
    assert "15. juni 2026" not in text
    assert "Framtid" not in text


def test_it_counts_projects_per_status(client):
    make_project("A", status="ongoing")
    make_project("B", status="ongoing")
    make_project("C", status="planned")
    make_project("D", status="completed", is_published=False)

    response = overview(client)

    counts = {item["status"]: item["count"] for item in response.context["status_counts"]}
    assert counts == {"ongoing": 2, "planned": 1}
    # Each count is a link that filters the list by its status.
    links = response.text[response.text.index('id="status-links"') :]
    ongoing = links[links.index('href="/?status=ongoing"') :]
    assert ongoing.index("I gang") < ongoing.index('status-links__count">2</strong>')
    assert ongoing.index('status-links__count">2</strong>') < ongoing.index("</a>")


def test_the_count_follows_the_status_a_newer_update_set(client):
    project = make_project(status="planned", status_changed_at=NOW - timedelta(days=9))
    make_update(project, new_status="completed", published_at=NOW)

    counts = {i["status"]: i["count"] for i in overview(client).context["status_counts"]}

    assert counts == {"completed": 1}


def test_it_lists_the_latest_status_updates_across_projects_newest_first(client):
    first = make_project("Første", slug="forste")
    second = make_project("Andre")
    make_update(first, title="Gammal nyheit", published_at=NOW - timedelta(days=20))
    make_update(second, title="Fersk nyheit", published_at=NOW - timedelta(hours=2))
    make_update(second, title="Kladd", is_published=False, published_at=NOW)
    hidden = make_project("Skjult", is_published=False)
    make_update(hidden, title="Frå skjult prosjekt", published_at=NOW)

    text = overview(client).text

    latest = text[text.index('id="latest-updates"') :]
    assert latest.index("Fersk nyheit") < latest.index("Gammal nyheit")
    assert 'href="/prosjekt/andre/"' in latest
    assert "Kladd" not in text
    assert "Frå skjult prosjekt" not in text


def test_only_the_five_latest_status_updates_are_listed(client):
    project = make_project()
    for day in range(7):
        make_update(project, title=f"Nyheit {day}", published_at=NOW - timedelta(days=day))

    text = overview(client).text

    assert all(f"Nyheit {day}<" in text for day in range(5))
    assert "Nyheit 5<" not in text and "Nyheit 6<" not in text


def test_each_latest_update_says_when_what_it_is_about_and_any_new_status(client, settings):
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]
    village = make_area("Lidal")
    village.name_en = "Lidal valley"
    village.save()
    project = make_project('Kai "<b>ny</b>" & co', slug="kai")
    about_project = make_update(
        project,
        title="Kaia er ferdig <script>",
        new_status="completed",
        published_at=datetime(2026, 3, 2, 23, 30, tzinfo=UTC),  # 3 March in Oslo
    )
    about_area = make_update(None, title="Ope møte i Lidal", area=village)
    about_area.title_en = "Open meeting in Lidal"
    about_area.save()
    make_update(None, title="Ny kommuneplan", published_at=NOW - timedelta(days=2))

    def teasers(path):
        page = BeautifulSoup(client.get(path).text, "html.parser")
        return page.select("#latest-updates .update-teaser")

    area, site, kai = teasers("/")  # newest first
    assert [" ".join(teaser.p.get_text().split()) for teaser in (area, site)] == [
        "14. juni 2026 · Bygd: Lidal",
        "13. juni 2026 · Utviklingsarbeidet som heilskap",
    ]
    assert kai.time["datetime"] == "2026-03-03"
    assert kai.time.get_text() == "3. mars 2026"
    assert kai.select_one(".about__kind").get_text() == "Prosjekt:"
    assert kai.select_one("p a")["href"] == "/prosjekt/kai/"
    assert kai.select_one("p a").get_text() == 'Kai "<b>ny</b>" & co'
    assert kai.h3.a.get_text() == "Kaia er ferdig <script>"
    assert kai.h3.a["href"] == f"/aktuelt/{about_project.pk}/"
    assert kai.select_one(".status").get_text(strip=True) == "Fullført"
    assert area.select_one(".about__kind").get_text() == "Bygd:"
    assert area.select_one(".update-teaser__status") is None
    assert site.select_one(".about__kind").get_text() == "Utviklingsarbeidet som heilskap"
    assert site.select_one("p a") is None

    area, site, kai = teasers("/en/")
    assert area.h3.get("lang") is None and area.h3.get_text() == "Open meeting in Lidal"
    assert area.select_one("p a").get_text() == "Lidal valley"
    assert area.select_one(".about__kind").get_text() == "Village:"
    assert site.h3["lang"] == "nn"  # not translated
    assert kai.time.get_text() == "3 March 2026"
    assert kai.select_one(".status").get_text(strip=True) == "Completed"


def test_the_cover_picture_is_on_the_card_and_loads_at_once_at_the_top(client):
    project = make_project()
    make_project_image(project, alt_text="Sidebilete")
    make_project_image(project, alt_text="Skulen i sol", is_cover=True, position=5)

    text = overview(client).text

    assert 'type="image/webp"' in text
    [image] = images_on(text)
    assert image["alt"] == "Skulen i sol"
    assert (image["width"], image["height"]) == ("800", "600")
    assert "loading" not in image


def test_without_a_marked_cover_the_card_shows_the_first_picture(client):
    project = make_project()
    make_project_image(project, alt_text="Andre bilete", position=2)
    make_project_image(project, alt_text="Første bilete", position=1)
    make_project("Utan bilete")

    assert [image["alt"] for image in images_on(overview(client).text)] == ["Første bilete"]


def test_covers_further_down_load_lazily(client):
    for number in range(4):
        project = make_project(f"Prosjekt {number}")
        make_project_image(project, alt_text=f"Bilete {number}", is_cover=True)

    images = images_on(overview(client).text)

    assert [image.get("loading") for image in images] == [None, None, "lazy", "lazy"]
    assert_complete_pictures(images)


def test_the_intro_from_site_settings_and_the_strategys_overall_goal_are_shown(client):
    site = SiteSettings.load()
    site.overview_intro = "<p>Her finn du alt som skjer i bygdene.</p>"
    site.save()
    Strategy.objects.create(
        name="Strategi", slug="strategi", goal="<p>Fleire skal velje å bu i regionen.</p>"
    )

    text = overview(client).text

    assert "<p>Her finn du alt som skjer i bygdene.</p>" in text
    goal = text[text.index('id="overall-goal-title"') :]
    assert goal.index("<p>Fleire skal velje å bu i regionen.</p>") < goal.index("</section>")


def test_it_says_so_when_nothing_is_published_yet(client):
    assert "Ingen prosjekt er publiserte enno." in overview(client).text


def test_each_page_of_each_choice_of_filters_holds_the_projects_the_filters_choose():
    """The overview counts and reads a page's keys through prepared queries (one shape per
    choice of filters and page): page by page, they must be the projects the filters'
    queryset gives, in its order, for every choice and any page asked for."""
    from django.core.paginator import Paginator
    from django.test import RequestFactory

    from projects.filters import ProjectFilter
    from projects.models import Project

    municipality = make_area("Fjordvik", kind="municipality")
    village = make_area("Nedre Li", parent=municipality)
    theme = make_theme("Attraktive bygder")
    strategies = [
        Strategy.objects.create(name=name, slug=name.lower(), is_published=True)
        for name in ("Bu", "Leve")
    ]
    theme.strategy = strategies[0]
    theme.save()
    make_theme("Oppvekst", strategy=strategies[1], slug="oppvekst")
    plan = make_project("Plan for Nedre Li", status="ongoing")
    for number in range(23):
        project = make_project(
            f"Prosjekt {number:02}",
            status=["ongoing", "done", "planned"][number % 3],
            is_featured=number % 7 == 0,
            parent=plan if number % 5 == 0 else None,
            starts_on=date(2025, 1, 1 + number) if number % 4 else None,
        )
        project.areas.set([village] if number % 2 else [municipality] if number % 3 else [])
        if number % 3 == 0:
            project.themes.set([theme])
    factory = RequestFactory()
    choices = [
        {},
        {"status": "done"},
        {"area": "fjordvik"},
        {"area": "nedre-li", "status": "ongoing"},
        {"theme": theme.slug, "sort": "title"},
        {"strategy": "bu", "sort": "start"},
        {"area": "nedre-li", "theme": theme.slug, "strategy": "bu", "status": "ongoing"},
    ]
    for chosen in choices:
        for asked in ["", "2", "3", "99", "abc", "0"]:
            request = factory.get("/", chosen | {"page": asked})
            filters = ProjectFilter(request.GET, request=request)
            expected = Paginator(
                filters.apply(Project.objects.visible()).values_list("pk", flat=True), 5
            ).get_page(asked)

            found = filters.page_of_keys(asked, 5)

            assert found == {
                "ids": list(expected.object_list),
                "count": expected.paginator.count,
                "number": expected.number,
            }, (chosen, asked)

    # Not alike by accident: a municipality's projects are those filed under it or under
    # its village (odd numbers), the village's its own.
    def count(**chosen):
        return ProjectFilter(chosen, request=factory.get("/")).page_of_keys("", 5)["count"]

    assert (count(area="fjordvik"), count(area="nedre-li")) == (19, 11)
