"""More than one strategy: each with its goal, period, target areas and projects, on the
goal page, a page of its own, the overview and its filter; one strategy reads as before."""

from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User

from projects.models import Strategy, Theme
from tests.base import make_process_leader, make_project, make_theme

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def card_titles(page):
    return sorted(title.get_text(strip=True) for title in page.select(".card__title"))


def make_strategy(name, slug, goal="", **fields):
    return Strategy.objects.create(name=name, slug=slug, goal=goal, **fields)


@pytest.fixture
def two():
    """A move-here campaign and a social development strategy, each with its target areas
    and projects, and a target area of no strategy."""
    move = make_strategy(
        "Flytt hit",
        "flytt-hit",
        "<p>Fleire skal flytte til kommunen.</p>",
        starts_on=date(2021, 1, 1),
        ends_on=date(2025, 12, 31),
        position=1,
    )
    social = make_strategy("Sosial berekraft", "sosial", "<p>Alle skal vere med.</p>", position=2)
    homes = make_theme("Bustader", slug="bustader", position=1, strategy=move)
    jobs = make_theme("Arbeid", slug="arbeid", position=2, strategy=move)
    youth = make_theme("Unge", slug="unge", position=3, strategy=social)
    make_theme("Anna", slug="anna", position=4)
    make_project("Utleigebustader", slug="utleige", status="planned").themes.add(homes, jobs)
    make_project("Ungdomsklubb", slug="klubb", status="completed").themes.add(youth)
    make_project("Kontorfellesskap", slug="kontor").themes.add(jobs)
    return move, social


# One strategy: as before.


def test_with_one_strategy_the_goal_page_and_the_overview_read_as_before(client):
    strategy = make_strategy("Strategien", "strategien", "<p>Fleire skal bu her.</p>")
    make_theme("Unge", slug="unge", position=2, strategy=strategy)
    make_theme("Bustader", slug="bustader", position=1)  # of no strategy: still shown

    page = soup(client.get("/satsingsomraade/"))
    assert page.select_one("#overall-goal-title + .rich-text").get_text() == "Fleire skal bu her."
    assert [a.get_text() for a in page.select(".theme-list h3 a")] == ["Bustader", "Unge"]
    assert page.select(".strategy-block") == []

    overview = soup(client.get("/"))
    assert "Fleire skal bu her." in overview.select_one(".overall-goal").get_text()
    assert overview.select_one("select[name=strategy]") is None


def test_without_any_strategy_the_target_areas_are_still_listed(client):
    make_theme("Bustader", slug="bustader")
    page = soup(client.get("/satsingsomraade/"))
    assert [a.get_text() for a in page.select(".theme-list h3 a")] == ["Bustader"]
    assert page.select_one(".overall-goal") is None


# Several strategies.


def test_the_goal_page_shows_each_strategy_with_its_goal_period_and_target_areas(client, two):
    page = soup(client.get("/satsingsomraade/"))

    blocks = page.select(".strategy-block")
    assert [block.h2.get_text(strip=True) for block in blocks] == ["Flytt hit", "Sosial berekraft"]
    first = blocks[0]
    assert first.h2.a["href"] == two[0].get_absolute_url()
    assert "2021–2025" in first.select_one(".strategy__period").get_text()
    assert "Fleire skal flytte til kommunen." in first.get_text()
    assert [a.get_text() for a in first.select(".theme-list h3 a")] == ["Bustader", "Arbeid"]
    counts = [p.get_text(strip=True) for p in first.select(".theme-list__count")]
    assert counts[1].startswith("2")  # Arbeid: two projects
    assert blocks[1].select_one(".strategy__period") is None  # none given
    assert [a.get_text() for a in blocks[1].select(".theme-list h3 a")] == ["Unge"]
    others = page.select_one("#themes-title").find_parent("section")
    assert [a.get_text() for a in others.select(".theme-list h3 a")] == ["Anna"]


def test_the_overview_shows_each_strategys_goal_briefly_with_a_link(client, two):
    page = soup(client.get("/"))

    summary = page.select_one(".strategies-summary")
    links = [(a.get_text(), a["href"]) for a in summary.select("h3 a")]
    assert links == [(strategy.name, strategy.get_absolute_url()) for strategy in two]
    assert "Alle skal vere med." in summary.get_text()


def test_the_overview_can_be_filtered_by_strategy(client, two):
    page = soup(client.get("/"))
    choices = [o["value"] for o in page.select("select[name=strategy] option")]
    assert choices == ["", "flytt-hit", "sosial"]

    assert card_titles(soup(client.get("/?strategy=flytt-hit"))) == [
        "Kontorfellesskap",
        "Utleigebustader",  # in two of its target areas, listed once
    ]
    assert card_titles(soup(client.get("/?strategy=sosial"))) == ["Ungdomsklubb"]
    # An unknown strategy is left out, as other bad filter values are.
    assert len(card_titles(soup(client.get("/?strategy=finst-ikkje")))) == 3


def test_a_strategy_has_a_page_with_its_goal_target_areas_and_projects(client, two):
    page = soup(client.get(two[0].get_absolute_url()))

    assert page.h1.get_text() == "Flytt hit"
    assert "Fleire skal flytte til kommunen." in page.select_one(".overall-goal").get_text()
    assert "2021–2025" in page.select_one(".strategy__period").get_text()
    assert [a.get_text() for a in page.select(".theme-list h3 a")] == ["Bustader", "Arbeid"]
    assert card_titles(page) == ["Kontorfellesskap", "Utleigebustader"]
    statuses = [li.select_one(".status")["class"] for li in page.select(".status-summary__list li")]
    assert [classes[-1] for classes in statuses] == ["status--planned", "status--ongoing"]
    crumbs = [li.get_text(strip=True) for li in page.select(".breadcrumbs li")]
    assert crumbs[-1] == "Flytt hit"


def test_a_target_areas_page_shows_its_strategy_in_the_breadcrumbs(client, two):
    page = soup(client.get("/satsingsomraade/arbeid/"))
    crumbs = page.select(".breadcrumbs li")
    assert [li.get_text(strip=True) for li in crumbs][-2:] == ["Flytt hit", "Arbeid"]
    assert crumbs[-2].a["href"] == two[0].get_absolute_url()


# Drafts.


def test_an_unpublished_strategy_is_shown_to_no_resident(client, two):
    social = two[1]
    social.is_published = False
    social.save()

    assert client.get(social.get_absolute_url()).status_code == 404
    assert client.get("/satsingsomraade/unge/").status_code == 404  # its target area
    goals = soup(client.get("/satsingsomraade/"))
    assert "Sosial berekraft" not in goals.get_text() and "Unge" not in goals.get_text()
    overview = soup(client.get("/"))
    assert "Sosial berekraft" not in overview.get_text()
    # One published strategy is left: it reads as the overall goal, with no filter.
    assert overview.select_one("select[name=strategy]") is None
    assert "Fleire skal flytte til kommunen." in overview.select_one(".overall-goal").get_text()


def test_staff_preview_an_unpublished_strategy_marked_as_such(client, two):
    social = two[1]
    social.is_published = False
    social.save()
    client.force_login(User.objects.create_user("redaktor", is_staff=True))

    page = soup(client.get(social.get_absolute_url()))
    assert page.select_one(".banner--preview") is not None
    assert client.get("/satsingsomraade/unge/").status_code == 200


# The admin.


def test_the_process_leader_makes_a_strategy_and_a_target_area_in_it(client):
    client.force_login(make_process_leader())
    strategy = {
        "name": "Flytt hit",
        "slug": "flytt-hit",
        "goal": "<p>Fleire skal flytte hit.</p>",
        "starts_on": "01.01.2024",
        "ends_on": "31.12.2027",
        "is_published": "on",
        "position": "1",
    }
    assert client.post("/admin/projects/strategy/add/", strategy).status_code == 302
    made = Strategy.objects.get(slug="flytt-hit")
    assert (made.starts_on, made.ends_on) == (date(2024, 1, 1), date(2027, 12, 31))

    # Its form offers to add a target area placed in it.
    form = soup(client.get(f"/admin/projects/strategy/{made.pk}/change/"))
    add = form.select_one(".field-target_areas a.addlink")["href"]
    assert add == f"/admin/projects/theme/add/?strategy={made.pk}"
    theme_form = soup(client.get(add))
    assert theme_form.select_one("select[name=strategy] option[selected]")["value"] == str(made.pk)

    theme = {"strategy": made.pk, "name": "Bustader", "slug": "bustader", "position": "1"}
    assert client.post("/admin/projects/theme/add/", theme | {"description": ""}).status_code == 302
    assert Theme.objects.get(slug="bustader").strategy == made

    form = soup(client.get(f"/admin/projects/strategy/{made.pk}/change/"))
    listed = form.select_one(".field-target_areas ul a")
    assert listed.get_text() == "Bustader"
    make_project("Utleigebustader", slug="utleige").themes.add(Theme.objects.get(slug="bustader"))
    row = soup(client.get("/admin/projects/strategy/")).select_one("#result_list tbody tr")
    counts = row.select("td.field-target_area_count, td.field-project_count")
    assert [td.get_text() for td in counts] == ["1", "1"]


def test_an_end_before_the_start_is_refused_beside_the_end_date(client):
    client.force_login(make_process_leader())
    strategy = {
        "name": "Flytt hit",
        "slug": "flytt-hit",
        "goal": "<p>Ein god tekst.</p>",
        "starts_on": "01.01.2024",
        "ends_on": "31.12.2023",
        "position": "1",
    }
    response = client.post("/admin/projects/strategy/add/", strategy)
    assert response.status_code == 200
    assert "ends_on" in response.context["adminform"].form.errors
    assert "Ein god tekst." in response.text
    assert not Strategy.objects.exists()


# The page cache, the cost of the pages, and paper.


def test_a_changed_goal_shows_at_once_on_cached_pages(client, two):
    for url in ["/", "/satsingsomraade/", two[0].get_absolute_url()]:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    two[0].goal = "<p>Ein ny og betre plan.</p>"
    two[0].save()

    for url in ["/", "/satsingsomraade/", two[0].get_absolute_url()]:
        page = client.get(url)
        assert page["X-Page-Cache"] == "miss" and "Ein ny og betre plan." in page.text, url


def test_the_goal_page_the_overview_and_a_strategy_cost_the_same_with_1_and_5_strategies(client):
    from tests.test_query_counts import count_queries

    def build(numbers):
        for number in numbers:
            strategy = make_strategy(f"Strategi {number}", f"strategi-{number}", "<p>Mål</p>")
            for index in range(3):
                theme = make_theme(f"Tema {number}-{index}", strategy=strategy)
                make_project(f"Prosjekt {number}-{index}").themes.add(theme)

    def costs():
        first = Strategy.objects.get(slug="strategi-0").get_absolute_url()
        return [count_queries(client, url) for url in ["/satsingsomraade/", "/", first]]

    build([0])
    with_one = costs()
    build([1, 2, 3, 4])
    with_five = costs()
    # With several, the overview offers the strategy filter: filtering costs no more either.
    filtered = count_queries(client, "/?strategy=strategi-0")

    assert with_one == with_five
    assert filtered == with_five[1]


def test_print_keeps_each_strategy_apart():
    css = (Path(__file__).resolve().parent.parent / "static/css/print.css").read_text()
    hidden = css.split("display: none !important")[0]
    assert ".strategy-block" not in hidden and ".strategy-block { border-top" in css
