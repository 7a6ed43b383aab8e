"""Key figures: indicators of a project or a target area, how far they are from the target,
drawn as an accessible SVG chart with the same numbers in a table, on /noekkeltal/."""

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from demo.loader import load_demo_figures
from figures.models import Indicator, Measurement, indicators_prefetch
from figures.templatetags.key_figures import key_figure
from projects.models import Project, Theme
from tests.admin_forms import inline_rows
from tests.base import make_process_leader, make_project, make_theme

pytestmark = pytest.mark.django_db

FIRST_DAY = date(2024, 1, 1)


def make_indicator(owner=None, values=(), name="Familiar som har meldt interesse", **fields):
    """An indicator of a project (made if not given) with values measured 90 days apart."""
    owner = owner or make_project()
    kind = "theme" if owner.__class__.__name__ == "Theme" else "project"
    fields.setdefault("unit", "familiar")
    indicator = Indicator.objects.create(**{kind: owner}, name=name, **fields)
    for index, value in enumerate(values):
        Measurement.objects.create(
            indicator=indicator,
            measured_on=FIRST_DAY + timedelta(days=90 * index),
            value=Decimal(str(value)),
        )
    return Indicator.objects.with_measurements().get(pk=indicator.pk)


def render_indicator(indicator, heading_level=3):
    return BeautifulSoup(key_figure(indicator, heading_level), "html.parser")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


# The owner: a project or a target area, never both, never neither.


@pytest.mark.parametrize(
    ("with_project", "with_theme", "field"), [(1, 1, "theme"), (0, 0, "project")]
)
def test_clean_asks_for_a_project_or_a_target_area(with_project, with_theme, field):
    indicator = Indicator(
        name="Nye innbyggjarar",
        unit="innbyggjarar",
        project=make_project() if with_project else None,
        theme=make_theme() if with_theme else None,
    )
    with pytest.raises(ValidationError) as refused:
        indicator.full_clean()
    assert list(refused.value.message_dict) == [field]  # once, on the field


@pytest.mark.parametrize("both", [True, False])
def test_the_database_refuses_an_indicator_of_both_or_neither(both):
    owners = {"project": make_project(), "theme": make_theme()} if both else {}
    with pytest.raises(IntegrityError), transaction.atomic():
        Indicator.objects.create(name="Nye innbyggjarar", unit="innbyggjarar", **owners)


# The way to the target.


@pytest.mark.parametrize(
    ("baseline", "target", "values", "distance", "progress", "reached"),
    [
        (0, 50, [6, 20, 34], 16, Decimal("0.68"), False),
        (None, None, [6, 34], None, None, False),  # no target
        (None, 50, [6, 34], 16, None, False),  # no baseline: distance, but no share
        (0, 50, [34, 55], -5, 1, True),  # beyond the target: clamped
        (48, 25, [48, 36], -11, Decimal(12) / Decimal(23), False),  # fewer empty houses
        (48, 25, [48, 20], 5, 1, True),
        (48, 25, [48, 50], -25, 0, False),  # the wrong way: clamped
        (None, 25, [48, 36], -11, None, False),  # down, judged from the first value
        (10, 10, [12], -2, None, True),  # keeping a level
        (0, 50, [], None, None, False),
    ],
)
def test_distance_and_progress_to_the_target(baseline, target, values, distance, progress, reached):
    indicator = make_indicator(values=values, baseline=baseline, target=target)
    assert indicator.distance_to_target() == distance
    assert indicator.progress() == progress
    assert indicator.is_target_reached() is reached


def test_the_sentence_gives_the_latest_value_and_the_way_left_in_norwegian_format():
    indicator = make_indicator(values=[20, 34], target=50, target_on=date(2027, 12, 31))
    with translation.override("nn"):
        sentence = indicator.sentence()
    assert "34\xa0familiar" in sentence and "50\xa0familiar" in sentence
    assert "16 " in sentence and "31. desember 2027" in sentence and "31. mars 2024" in sentence


def test_decimals_show_a_comma_and_no_trailing_zeros():
    indicator = make_indicator(values=["80.20", "82.40"], unit="%", target=85)
    with translation.override("nn"):
        assert "82,4\xa0%" in indicator.sentence() and "2,6 " in indicator.sentence()
        assert render_indicator(indicator).find("td").get_text() == "80,2"


def test_the_sentence_says_when_the_target_is_reached_and_when_nothing_is_measured():
    project = make_project()
    with translation.override("en"):
        assert "is reached" in make_indicator(project, [40, 55], target=50).sentence()
        assert (
            make_indicator(project, [20], target=10, baseline=30)
            .sentence()
            .endswith("10 to go down to the target of 10\xa0familiar.")
        )
        assert make_indicator(project, []).sentence() == "No values measured yet."


# The chart and the table.


def chart_of(page):
    svg = page.find("svg")
    view_box = [float(number) for number in svg["viewbox"].split()]
    return svg, view_box


def test_the_chart_is_an_image_with_a_title_a_summary_and_a_point_per_value():
    indicator = make_indicator(values=[6, 13, 19, 34], baseline=0, target=50)
    page = render_indicator(indicator)

    svg, (x, y, width, height) = chart_of(page)
    assert svg["role"] == "img"
    title_id, desc_id = svg["aria-labelledby"].split()
    assert svg.find("title", id=title_id).get_text() == indicator.name
    description = svg.find("desc", id=desc_id).get_text()
    assert description == indicator.series_description() and "4" in description
    points = svg.find_all("circle")
    assert len(points) == 4
    for point in points:
        assert x <= float(point["cx"]) <= x + width and y <= float(point["cy"]) <= y + height
    assert len(svg.find("polyline")["points"].split()) == 4
    assert svg.find("line", class_="figure-chart__target")
    assert svg.find("line", class_="figure-chart__baseline")
    assert not page.find_all(style=True)  # the CSP allows no style attributes
    # Higher values are drawn further up.
    assert float(points[-1]["cy"]) < float(points[0]["cy"])


def test_the_table_holds_the_same_numbers_as_the_chart():
    indicator = make_indicator(values=[6, 13, "19.5"])
    with translation.override("nn"):
        page = render_indicator(indicator)
    table = page.find("div", class_="table-scroll").find("table")
    assert table.caption.get_text(strip=True)
    assert [th["scope"] for th in table.thead.find_all("th")] == ["col", "col"]
    rows = [
        (row.th.get_text(), row.td.get_text(), row.th["scope"])
        for row in table.tbody.find_all("tr")
    ]
    assert rows == [
        ("1. januar 2024", "6", "row"),
        ("31. mars 2024", "13", "row"),
        ("29. juni 2024", "19,5", "row"),
    ]


def test_without_values_there_is_neither_chart_nor_table():
    page = render_indicator(make_indicator(values=[], target=50))
    assert not page.find("svg") and not page.find("table")
    assert page.find(class_="indicator__status").get_text()


def test_one_value_is_a_point_in_the_middle_without_a_line():
    page = render_indicator(make_indicator(values=[34]))
    svg, (_x, _y, width, _height) = chart_of(page)
    (point,) = svg.find_all("circle")
    assert not svg.find("polyline") and not svg.find("line", class_="figure-chart__target")
    assert float(point["cx"]) == pytest.approx(width / 2, abs=width / 4)


def test_equal_values_draw_a_flat_line():
    svg, _view_box = chart_of(render_indicator(make_indicator(values=[7, 7, 7])))
    assert len({point["cy"] for point in svg.find_all("circle")}) == 1


def test_names_units_and_sources_are_shown_as_written_never_as_html():
    written = '<script>alert("x")</script> & Co'
    indicator = make_indicator(
        values=[3, 5], name=written, unit=written, source=written, description=written
    )

    html = key_figure(indicator)

    assert "<script>" not in html
    shown = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co"
    # Heading, description, source, the chart's title and the table's caption and column.
    assert html.count(shown) >= 5
    page = render_indicator(indicator)
    assert page.find("h3").get_text() == written
    assert page.find("svg").find("title").get_text().startswith(written)


def test_the_heading_level_is_the_callers():
    page = render_indicator(make_indicator(values=[1]), heading_level=4)
    assert page.find("h4").get_text() == "Familiar som har meldt interesse"


# The key figures page.


def test_the_page_lists_published_figures_by_target_area_and_project(client):
    theme = make_theme("Gode stader å bu", slug="gode-stader")
    project = make_project("Heim til fjorden", slug="heim")
    make_indicator(theme, values=[48, 36], name="Tomme einebustader", unit="hus")
    make_indicator(project, values=[6, 34], name="Familiar som har meldt interesse")
    make_indicator(project, values=[1], name="Utkast til tal", is_published=False)
    hidden = make_project("Løyndomsprosjekt", slug="loyndom", is_published=False)
    make_indicator(hidden, values=[1], name="Tal frå eit løynd prosjekt")

    page = soup(client.get("/noekkeltal/"))

    names = [h.get_text() for h in page.find_all("h4")]
    assert names == ["Tomme einebustader", "Familiar som har meldt interesse"]
    assert page.find("a", href="/satsingsomraade/gode-stader/")
    assert page.find("a", href="/prosjekt/heim/")
    assert "Løyndomsprosjekt" not in page.text and "løynd" not in page.text
    assert len(page.find_all("h1")) == 1
    levels = [int(tag.name[1]) for tag in page.find_all(["h1", "h2", "h3", "h4"])]
    assert all(later - earlier <= 1 for earlier, later in pairwise(levels))
    assert page.find("nav", class_="breadcrumbs").find(attrs={"aria-current": "page"})


def test_the_page_says_so_when_there_are_no_figures(client):
    make_indicator(values=[1], is_published=False)
    page = soup(client.get("/noekkeltal/"))
    assert not page.find("svg", class_="figure-chart") and not page.find("h2")
    with translation.override("nn"):
        assert translation.gettext("No key figures have been published yet.") in page.text


def test_the_page_costs_the_same_with_2_and_10_figures(client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/noekkeltal/").status_code == 200
        return len(queries)

    for number in range(2):
        make_indicator(make_theme(f"Tema {number}"), values=range(3), name=f"Tal {number}")
    few = count()
    for number in range(2, 10):
        owner = make_project(f"Prosjekt {number}") if number % 2 else make_theme(f"Tema {number}")
        make_indicator(owner, values=range(12), name=f"Tal {number}")
    assert count() == few


def test_project_and_theme_pages_get_their_figures_in_three_queries():
    theme = make_theme()
    project = make_project()
    for number in range(3):
        make_indicator(theme, values=range(5), name=f"Tema-tal {number}")
        make_indicator(project, values=range(5), name=f"Prosjekt-tal {number}")
    make_indicator(project, values=[1], name="Utkast", is_published=False)

    for model, owner in [(Theme, theme), (Project, project)]:
        with CaptureQueriesContext(connection) as queries:
            (loaded,) = model.objects.filter(pk=owner.pk).prefetch_related(indicators_prefetch())
            html = render_to_string(
                "figures/_indicator_section.html", {"indicators": loaded.published_indicators}
            )
        assert len(queries) == 4  # the owner, its indicators, their values, their series
        assert html.count("<svg") == 3 and "Utkast" not in html


# The process leader's editor.


def test_the_process_leader_adds_a_figure_with_a_value_in_one_form(client):
    client.force_login(make_process_leader())
    project = make_project()
    data = {
        "project": project.pk,
        "theme": "",
        "name": "Nye innbyggjarar",
        "unit": "innbyggjarar",
        "description": "",
        "baseline": "61",
        "baseline_on": "2021-12-31",
        "target": "90",
        "target_on": "2027-12-31",
        "is_published": "on",
        "position": "0",
    } | inline_rows("measurements", [{"measured_on": "2025-12-31", "value": "79", "note": ""}])
    data |= inline_rows("lines", [])

    response = client.post("/admin/figures/indicator/add/", data)

    assert response.status_code == 302, response.text[:3000]
    indicator = project.indicators.get()
    assert [m.value for m in indicator.measurements.all()] == [Decimal(79)]
    assert client.get("/admin/figures/indicator/").status_code == 200
    assert client.get(f"/admin/figures/indicator/{indicator.pk}/change/").status_code == 200


def test_the_admin_form_refuses_both_owners_with_a_message_on_the_field(client):
    client.force_login(make_process_leader())
    data = (
        {
            "project": make_project().pk,
            "theme": make_theme().pk,
            "name": "Nye innbyggjarar",
            "unit": "innbyggjarar",
            "position": "0",
        }
        | inline_rows("measurements", [])
        | inline_rows("lines", [])
    )
    response = client.post("/admin/figures/indicator/add/", data)
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["theme"]
    assert not Indicator.objects.exists()


# Demo content.


def test_the_demo_figures_are_made_once():
    projects = {"heim-til-fjorden": make_project("Heim til fjorden", slug="heim-til-fjorden")}
    themes = {"gode-stader-a-bu": make_theme("Gode stader å bu", slug="gode-stader-a-bu")}

    assert load_demo_figures(projects, themes) == (4, 0)
    assert load_demo_figures(projects, themes) == (0, 4)
    counts = [indicator.measurements.count() for indicator in Indicator.objects.all()]
    assert all(4 <= count <= 8 for count in counts)
    for indicator in Indicator.objects.with_measurements():
        indicator.full_clean()
