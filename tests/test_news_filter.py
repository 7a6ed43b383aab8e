"""The news page's filters (issue 18): what it is about, a target area, an area and a
search over the news and its projects' names; no list of every project, so the page stays
under 50 KB however many projects there are. Old links naming one project still work."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from projects.models import Area, Project
from tests.base import (
    NOW,
    made_afresh,
    make_area,
    make_project,
    make_theme,
    make_update,
    nothing_kept,
)
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

NEWS = reverse("projects:news")
PAGE_BUDGET = 50_000  # bytes of HTML


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def titles(response):
    return [
        title.get_text(strip=True) for title in soup(response).select(".news-item .update__title")
    ]


def afresh(client, path):
    """The page made wholly afresh (no piece kept from the last), and its queries."""
    response, queries = made_afresh(client, path)
    assert response.status_code == 200
    return response, queries


def add_projects_with_news(first, last, area):
    """Projects numbered first..last-1, each filed under the area with a published update.
    Made in bulk: 1,000 one by one would take minutes (no cache is involved: see afresh)."""
    projects = Project.objects.bulk_create(
        Project(
            title=f"Prosjekt nummer {number}",
            slug=f"prosjekt-{number}",
            summary=f"Kort om prosjekt {number}.",
            status="ongoing",
            is_published=True,
        )
        for number in range(first, last)
    )
    Project.areas.through.objects.bulk_create(
        Project.areas.through(project_id=project.pk, area_id=area.pk) for project in projects
    )
    StatusUpdate.objects.bulk_create(
        StatusUpdate(
            project=project,
            title=f"Nytt om prosjekt {project.slug}",
            body="<p>Arbeidet går framover, og neste steg er avtalt.</p>",
            published_at=NOW - timedelta(hours=index),
            is_published=True,
        )
        for index, project in enumerate(projects)
    )
    Project.objects.filter(pk__in=[project.pk for project in projects]).refresh_activity()
    return projects


@pytest.fixture
def village():
    municipality = make_area("Lidal kommune", slug="lidal", kind=Area.Kind.MUNICIPALITY)
    return make_area("Berg", slug="berg", parent=municipality)


@pytest.mark.parametrize("query", ["", "?q=framover", "?area=lidal", "?project=prosjekt-3"])
def test_the_news_page_stays_small_and_costs_the_same_with_10_and_1000_projects(
    client, village, query
):
    make_theme("Bustader", slug="bustader")
    add_projects_with_news(0, 10, village)
    _few, asked_with_few = afresh(client, NEWS + query)

    add_projects_with_news(10, 1000, village)
    many, asked_with_many = afresh(client, NEWS + query)

    assert asked_with_many == asked_with_few
    assert len(many.content) < PAGE_BUDGET, len(many.content)
    assert len(titles(many)) == (1 if "project" in query else 20)
    # No list offers the projects one by one.
    assert not soup(many).select("select[name=project]")


def test_the_filters_offered_are_about_target_area_area_and_a_search(client, village):
    make_theme("Bustader", slug="bustader")

    form = soup(client.get(NEWS)).select_one("form.filters")

    assert [field["name"] for field in form.select("select")] == ["about", "theme", "area"]
    search = form.select_one("input[type=search]")
    assert search["name"] == "q" and form.select_one(f"label[for={search['id']}]")
    assert [option["value"] for option in form.select("select[name=area] option")] == [
        "",
        "lidal",
        "berg",
    ]


def test_the_search_finds_words_in_the_title_the_text_and_the_project_s_name(client):
    school = make_project("Ny skule i Berg")
    make_update(school, title="Grunnarbeidet startar", body="<p>Gravemaskinene er på plass.</p>")
    make_update(make_project("Kaia"), title="Støypinga er ferdig", body="<p>Kaia står.</p>")
    make_update(None, title="Nytt frå heile regionen", body="<p>Vegen og kaia går fint.</p>")
    make_update(school, title="Ikkje publisert skule", is_published=False)

    def found(words):
        return sorted(titles(client.get(NEWS, {"q": words})))

    assert found("skule") == ["Grunnarbeidet startar"]  # by its project's name
    assert found("støypinga") == ["Støypinga er ferdig"]  # in the title
    assert found("GRUNNARBEIDET") == ["Grunnarbeidet startar"]  # in any case
    assert found("gravemaskinene") == ["Grunnarbeidet startar"]  # in the text
    assert found("kaia") == ["Nytt frå heile regionen", "Støypinga er ferdig"]
    assert found("kaia står") == ["Støypinga er ferdig"]  # every word must be found
    assert found("finst ikkje") == []
    assert soup(client.get(NEWS, {"q": "kaia"})).select_one("#id_q")["value"] == "kaia"


def test_the_search_combines_with_the_other_filters(client, village):
    in_berg = make_project("Ny skule i Berg")
    in_berg.areas.add(village)
    make_update(in_berg, title="Skulen får tak")
    make_update(make_project("Skule i Vik"), title="Skulen i Vik får tak")

    assert titles(client.get(NEWS, {"q": "tak", "area": "lidal"})) == ["Skulen får tak"]
    assert titles(client.get(NEWS, {"q": "tak", "about": "site"})) == []


@pytest.mark.parametrize("named_by", ["slug", "pk"])
def test_an_old_link_to_one_project_s_news_still_filters_and_says_so(client, named_by):
    quay = make_project("Kaia i Fjordvik", slug="kaia")
    make_update(quay, title="Kaia er støypt")
    make_update(make_project("Ny skule"), title="Grunnarbeidet")
    value = str(getattr(quay, named_by))

    response = client.get(NEWS, {"project": value, "about": "project"})

    assert titles(response) == ["Kaia er støypt"]
    said = soup(response).select_one(".filters__project")
    assert "Kaia i Fjordvik" in said.get_text()
    clear = said.select_one("a")["href"]
    assert clear == f"{NEWS}?about=project"
    assert sorted(titles(client.get(clear))) == ["Grunnarbeidet", "Kaia er støypt"]
    # Choosing another filter keeps the project: the form carries it along.
    kept = soup(response).select_one("form.filters input[type=hidden][name=project]")
    assert kept["value"] == value


@pytest.mark.parametrize(
    "value", ["finst-ikkje", "hemmeleg", "9" * 30, "１２", "<script>x</script>", "-1"]
)
def test_an_unknown_or_unpublished_project_filters_nothing(client, value):
    make_update(make_project("Hemmeleg", slug="hemmeleg", is_published=False), title="Løyndom")
    make_update(make_project("Kaia"), title="Kaia er støypt")

    response = client.get(NEWS, {"project": value})

    assert titles(response) == ["Kaia er støypt"]
    page = soup(response)
    assert page.select_one(".filters__project") is None
    assert "Hemmeleg" not in response.text and "<script>x" not in response.text


@pytest.mark.parametrize(
    "words",
    ["%00", "a" * 5000, "'%20OR%201=1%20--", "%22kaia", "!:*%26|()", "<b>kaia</b>", "%ED%A0%80%FF"],
)
def test_any_search_gives_a_page_never_an_error(client, words):
    make_update(make_project("Kaia"), title="Kaia er støypt")

    response = client.get(f"{NEWS}?q={words}&project={words}")

    assert response.status_code == 200
    assert "<b>kaia" not in response.text


def read_every_page(client, path):
    """Each page's count, pager text and titles, following "Older" to the end."""
    pages = []
    while path:
        page = soup(client.get(path))
        older = page.select_one(".pagination a[rel=next]")
        pages.append(
            {
                "count": page.select_one(".result-count").get_text(strip=True),
                "pager": page.select_one(".pagination span").get_text(strip=True),
                "titles": [
                    t.get_text(strip=True) for t in page.select(".news-item .update__title")
                ],
            }
        )
        path = older and NEWS + older["href"]
    return pages


def test_a_long_news_list_counts_as_far_as_its_pages_need_and_every_update_stays_reachable(
    client, monkeypatch
):
    # Counted exactly up to 30 here (1,000 on a site): beyond, the page says "more than".
    monkeypatch.setattr("projects.paging.COUNTED_UP_TO", 30)
    project = make_project("Ny skule i Berg")
    StatusUpdate.objects.bulk_create(
        StatusUpdate(
            project=project,
            title=f"Veke {number}",
            body="<p>Arbeidet går framover.</p>",
            published_at=NOW - timedelta(days=number),
        )
        for number in range(1, 51)
    )

    pages = read_every_page(client, NEWS)

    assert [(page["count"], page["pager"]) for page in pages] == [
        ("Meir enn 30 statusoppdateringar", "Side 1"),
        ("Meir enn 40 statusoppdateringar", "Side 2"),
        # The third page counts as far as 60, and so finds them all.
        ("50 statusoppdateringar", "Side 3 av 3"),
    ]
    read = [title for page in pages for title in page["titles"]]
    assert read == [f"Veke {number}" for number in range(1, 51)]

    # Fewer than it counts up to: the exact number and "of", as ever.
    monkeypatch.setattr("projects.paging.COUNTED_UP_TO", 1000)
    nothing_kept()  # the pages just read are kept: the same content
    first = read_every_page(client, NEWS)[0]
    assert (first["count"], first["pager"]) == ("50 statusoppdateringar", "Side 1 av 3")


def test_each_page_of_each_choice_holds_the_news_the_filters_choose(monkeypatch, village):
    """The news page counts and reads its rows through prepared queries (one shape per
    choice and page): page by page they must be the updates the filters' queryset gives,
    newest first, for every choice and any page asked for, counted as far as needed."""
    from django.core.paginator import Paginator
    from django.test import RequestFactory
    from django.utils import timezone

    from projects.filters import NewsFilter
    from projects.paging import CountedAsFarAsNeeded

    monkeypatch.setattr("projects.paging.COUNTED_UP_TO", 12)
    theme = make_theme("Attraktive bygder", slug="attraktive-bygder")
    municipality = village.parent
    projects = add_projects_with_news(0, 9, village)
    projects[0].themes.set([theme])
    for number in range(6):
        published_at = NOW - timedelta(minutes=number)
        make_update(None, f"Om kommunen {number}", published_at, area=municipality)
        make_update(None, f"Om målet {number}", published_at, theme=theme)
        make_update(None, f"Om alt {number}", published_at)
        make_update(projects[0], f"Meir om prosjekt 0, nr. {number}", published_at)
    choices = [
        {},
        {"about": "site"},
        {"about": "area"},
        {"area": "berg"},
        {"area": "lidal", "about": "project"},
        {"theme": "attraktive-bygder"},
        {"project": "prosjekt-0", "about": "project"},
    ]
    now = timezone.now()
    first_pages = set()
    for chosen in choices:
        for asked in ["", "2", "3", "0", "99", "abc"]:
            request = RequestFactory().get(NEWS, chosen | {"page": asked})
            filters = NewsFilter(request.GET, request=request)
            updates = filters.apply(StatusUpdate.objects.public(now)).values_list("pk", flat=True)
            expected = CountedAsFarAsNeeded(updates, 5, asked).get_page(asked)

            page = filters.page_of_rows(asked, 5, now)

            assert [row["pk"] for row in page.object_list] == list(expected.object_list)
            assert (page.number, page.paginator.count) == (
                expected.number,
                expected.paginator.count,
            ), (chosen, asked)
            assert isinstance(page.paginator, Paginator)
            if not asked:
                first_pages.add(tuple(row["pk"] for row in page.object_list))
    # Not alike by accident: the choices find different news (an area's projects are
    # its village's, so two choices find the same).
    assert len(first_pages) >= 5
