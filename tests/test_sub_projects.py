"""A plan's actions as projects of their own: sub-projects, their list on the plan's page,
the plan's progress computed from theirs, and the overview that shows plans, not actions."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from projects.models import Project
from tests.base import make_area, make_process_leader, make_project, make_theme, make_update

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def card_titles(page):
    return sorted(title.get_text(strip=True) for title in page.select(".card__title"))


def card_of(page, title):
    heading = next(h for h in page.select(".card__title") if h.get_text(strip=True) == title)
    return heading.find_parent("article")


@pytest.fixture
def plan():
    """Lidal's local development plan, with three published actions and a draft."""
    plan = make_project("Lokal plan for Lidal", slug="lokal-plan", progress_from="mean")
    make_project("Ny badeplass", slug="badeplass", parent=plan, progress=20, status="ongoing")
    make_project("Turstiar", slug="turstiar", parent=plan, progress=60, status="planned")
    make_project("Grendehus", slug="grendehus", parent=plan, status="idea")
    make_project("Hemmeleg tiltak", slug="hemmeleg", parent=plan, progress=100, is_published=False)
    return plan


# The model's rules.


def test_a_project_cannot_be_its_own_parent_nor_part_of_its_own_sub_project(plan):
    plan.parent = plan
    with pytest.raises(ValidationError) as error:
        plan.full_clean()
    assert "parent" in error.value.message_dict

    action = Project.objects.get(slug="badeplass")
    step = make_project("Første steg", slug="forste-steg", parent=action)
    plan.parent = step
    with pytest.raises(ValidationError) as error:
        plan.full_clean()
    assert "parent" in error.value.message_dict

    # Deeper nesting is fine as long as it is no circle.
    step.full_clean()


@pytest.mark.parametrize(("weight", "is_valid"), [(0, False), (1, True), (100, True), (101, False)])
def test_a_sub_projects_weight_is_1_to_100(plan, weight, is_valid):
    action = Project.objects.get(slug="badeplass")
    action.weight = weight
    if is_valid:
        action.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            action.full_clean()
        assert "weight" in error.value.message_dict


def fresh(project):
    return Project.objects.get(pk=project.pk)


def test_the_plans_progress_is_the_mean_of_its_published_actions_that_give_one(plan):
    # 20 and 60: the action without progress and the unpublished one do not count.
    assert fresh(plan).effective_progress == 40


def test_a_status_update_on_an_action_moves_the_plans_progress(plan):
    make_update(Project.objects.get(slug="turstiar"), new_progress=80)
    assert fresh(plan).effective_progress == 50


def test_the_weighted_mean_counts_each_action_by_its_weight(plan):
    plan.progress_from = "weighted"
    plan.save()
    action = Project.objects.get(slug="turstiar")
    action.weight = 3
    action.save()
    # (20 * 1 + 60 * 3) / 4
    assert fresh(plan).effective_progress == 50


def test_no_progress_when_no_published_action_gives_one():
    plan = make_project("Plan", slug="plan", progress=70, progress_from="mean")
    make_project("Tiltak", slug="tiltak", parent=plan)
    make_project("Kladd", slug="kladd", parent=plan, progress=10, is_published=False)
    assert fresh(plan).effective_progress is None


def test_a_plan_by_hand_keeps_its_own_progress(plan):
    plan.progress_from = "own"
    plan.progress = 5
    plan.save()
    assert fresh(plan).effective_progress == 5


def test_progress_follows_plans_inside_plans(plan):
    inner = make_project("Delplan", slug="delplan", parent=plan, progress_from="mean")
    make_project("Tiltak A", slug="tiltak-a", parent=inner, progress=90)
    make_project("Tiltak B", slug="tiltak-b", parent=inner, progress=70)
    # 20, 60 and the inner plan's 80.
    assert fresh(plan).effective_progress == 53


# The admin.


def test_the_process_leader_makes_a_project_an_action_of_a_plan(client, plan):
    client.force_login(make_process_leader())
    action = Project.objects.get(slug="grendehus")
    page = client.get(f"/admin/projects/project/{plan.pk}/change/")
    assert page.status_code == 200
    form = BeautifulSoup(page.text, "html.parser")
    assert form.select_one("select[name=progress_from]") is not None

    response = client.post(
        f"/admin/projects/project/{action.pk}/change/",
        change_form(client, action) | {"parent": plan.pk, "weight": "4"},
    )

    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.parent, action.weight) == (plan, 4)


def test_a_circle_is_refused_beside_the_field_and_nothing_typed_is_lost(client, plan):
    client.force_login(make_process_leader())
    action = Project.objects.get(slug="badeplass")
    data = change_form(client, plan) | {"parent": action.pk, "summary": "Ny tekst om planen."}

    response = client.post(f"/admin/projects/project/{plan.pk}/change/", data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "parent" in errors
    assert "Ny tekst om planen." in response.text
    plan.refresh_from_db()
    assert plan.parent is None


def test_the_admin_list_shows_the_plan_and_filters_actions_from_plans(client, plan):
    client.force_login(make_process_leader())
    top = soup(client.get("/admin/projects/project/?level=top"))
    sub = soup(client.get("/admin/projects/project/?level=sub"))

    top_titles = [a.get_text() for a in top.select("#result_list tbody th a")]
    sub_rows = [row.get_text(" ", strip=True) for row in sub.select("#result_list tbody tr")]
    assert top_titles == ["Lokal plan for Lidal"]
    assert len(sub_rows) == 4 and all("Lokal plan for Lidal" in row for row in sub_rows)
    # The plan's progress in the list is its actions' mean.
    plan_row = top.select_one("#result_list tbody tr").get_text(" ", strip=True)
    assert "40" in plan_row


def test_residents_see_says_the_progress_comes_from_the_actions(client, plan):
    client.force_login(make_process_leader())
    page = soup(client.get(f"/admin/projects/project/{plan.pk}/change/"))
    shown = page.select_one(".field-status_residents_see").get_text(" ", strip=True)
    assert "40" in shown
    assert "mean" in shown or "snitt" in shown  # English or Nynorsk once translated


def change_form(client, project):
    """The project's change form as the admin fills it in, with its inlines empty."""
    page = BeautifulSoup(
        client.get(f"/admin/projects/project/{project.pk}/change/").text, "html.parser"
    )
    data = {}
    for field in page.select("form#project_form input, form#project_form textarea"):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "checkbox", "file"):
            continue
        data[name] = field.get("value", "") if field.name == "input" else field.get_text()
    for field in page.select("form#project_form input[type=checkbox][checked]"):
        data[field["name"]] = "on"
    for select in page.select("form#project_form select"):
        chosen = [option["value"] for option in select.select("option[selected]")]
        if chosen:
            data[select["name"]] = chosen if select.has_attr("multiple") else chosen[0]
    return {name: value for name, value in data.items() if "__prefix__" not in name}


# The public pages.


def test_the_plans_page_lists_its_published_actions_with_status_and_progress(client, plan):
    page = soup(client.get(plan.get_absolute_url()))

    section = page.select_one(".project__sub-projects")
    titles = [a.get_text() for a in section.select(".sub-project__title a")]
    assert titles == ["Grendehus", "Ny badeplass", "Turstiar"]
    items = {item.select_one("a").get_text(): item for item in section.select(".sub-project")}
    assert items["Ny badeplass"].select_one("progress")["value"] == "20"
    assert items["Grendehus"].select_one("progress") is None  # no progress given
    assert "status--idea" in str(items["Grendehus"].select_one(".status"))
    assert section.select_one("a[href='/prosjekt/badeplass/']") is not None
    # The plan's own progress bar shows the mean.
    assert page.select_one(".project__header progress")["value"] == "40"


def test_an_actions_page_says_what_it_is_part_of(client, plan):
    page = soup(client.get("/prosjekt/badeplass/"))

    part_of = page.select_one(".project__part-of a")
    assert part_of.get_text() == "Lokal plan for Lidal"
    crumbs = [li.get_text(strip=True) for li in page.select(".breadcrumbs li")]
    assert crumbs[-2:] == ["Lokal plan for Lidal", "Ny badeplass"]


def test_the_overview_shows_the_plan_with_its_count_of_actions_not_the_actions(client, plan):
    page = soup(client.get("/"))

    assert card_titles(page) == ["Lokal plan for Lidal"]
    card = card_of(page, "Lokal plan for Lidal").get_text(" ", strip=True)
    assert "3 tiltak" in card or "3 actions" in card  # the draft is not counted
    # Each status count is a link that finds as many: the plan and its published actions.
    counts = [int(c.get_text()) for c in page.select(".status-links__count")]
    assert sum(counts) == 4


def test_a_search_or_a_filter_finds_actions_and_says_what_they_are_part_of(client, plan):
    lidal = make_area("Lidal", slug="lidal")
    Project.objects.get(slug="badeplass").areas.add(lidal)

    for query in ["?q=badeplass", "?area=lidal", "?status=ongoing"]:
        page = soup(client.get(f"/{query}"))
        assert "Ny badeplass" in card_titles(page), query
        card = card_of(page, "Ny badeplass")
        assert "Lokal plan for Lidal" in card.select_one(".card__part-of").get_text()
    assert "Hemmeleg tiltak" not in client.get("/?q=hemmeleg").text


def test_an_action_of_an_unpublished_plan_stands_on_its_own(client):
    draft = make_project("Kladdplan", slug="kladdplan", is_published=False)
    make_project("Eige tiltak", slug="eige-tiltak", parent=draft)

    page = soup(client.get("/"))
    assert card_titles(page) == ["Eige tiltak"]
    assert page.select_one(".card__part-of") is None
    action = soup(client.get("/prosjekt/eige-tiltak/"))
    assert action.select_one(".project__part-of") is None
    assert client.get("/prosjekt/kladdplan/").status_code == 404


def test_area_and_theme_pages_list_actions_too_marked_with_their_plan(client, plan):
    lidal, theme = make_area("Lidal", slug="lidal"), make_theme("Friluft", slug="friluft")
    for project in Project.objects.all():
        project.areas.add(lidal)
        project.themes.add(theme)

    for url in ["/omraade/lidal/", "/satsingsomraade/friluft/"]:
        page = soup(client.get(url))
        assert card_titles(page) == [
            "Grendehus",
            "Lokal plan for Lidal",
            "Ny badeplass",
            "Turstiar",
        ]
        assert len(page.select(".card__part-of")) == 3


def test_an_unpublished_action_is_not_listed_nor_counted_nor_reachable(client, plan):
    page = client.get(plan.get_absolute_url()).text
    assert "Hemmeleg tiltak" not in page
    assert client.get("/prosjekt/hemmeleg/").status_code == 404


def test_print_lists_the_actions_compactly_with_their_addresses():
    css = (Path(__file__).resolve().parent.parent / "static/css/print.css").read_text()
    hidden = css.split("display: none !important")[0]
    assert ".sub-project" not in hidden and ".project__part-of" not in hidden
    assert '.sub-project__title a::after,\n.project__part-of a::after { content: " ("' in css


# The page cache and the cost of the pages.


def test_an_update_on_an_action_moves_the_plans_progress_on_cached_pages_at_once(client, plan):
    for url in ["/", plan.get_absolute_url()]:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    make_update(Project.objects.get(slug="turstiar"), new_progress=100)

    overview = client.get("/")
    assert overview["X-Page-Cache"] == "miss"
    card = card_of(soup(overview), "Lokal plan for Lidal")
    assert card.select_one("progress")["value"] == "60"
    page = soup(client.get(plan.get_absolute_url()))
    assert page.select_one(".project__header progress")["value"] == "60"


def build_plans(actions):
    """Two plans (a mean and a weighted one) with `actions` actions each, each action moved
    on by a status update, and a plan inside the first plan."""
    for number, progress_from in enumerate(["mean", "weighted"]):
        plan = make_project(f"Plan {number}", slug=f"plan-{number}", progress_from=progress_from)
        for index in range(actions):
            action = make_project(
                f"Tiltak {number}-{index}",
                slug=f"tiltak-{number}-{index}",
                parent=plan,
                weight=index + 1,
                progress=index,
            )
            make_update(action, title=f"Steg {index}", new_progress=index * 2)
    inner = make_project("Delplan", slug="delplan", parent=plan, progress_from="mean")
    make_project("Indre tiltak", slug="indre-tiltak", parent=inner, progress=30)
    return plan


def test_the_overview_and_a_plans_page_cost_the_same_with_2_and_20_actions(client):
    from tests.test_query_counts import count_queries

    plan = build_plans(actions=2)
    few = [count_queries(client, url) for url in ["/", plan.get_absolute_url(), "/?q=Tiltak"]]

    for project in Project.objects.all():
        project.delete()
    plan = build_plans(actions=20)
    many = [count_queries(client, url) for url in ["/", plan.get_absolute_url(), "/?q=Tiltak"]]

    assert few == many
