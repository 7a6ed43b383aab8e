"""Key figures in full: a source with its link, further series (other municipalities, a
projection) drawn and listed beside the main one, an index base year, and a longer text."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import translation

from figures.models import Indicator, Line, Measurement
from projects.models import Theme
from tests.admin_forms import inline_rows
from tests.base import made_afresh, make_process_leader, make_project, make_theme

pytestmark = pytest.mark.django_db

YEARS = [date(2008, 12, 31), date(2016, 12, 31), date(2024, 12, 31)]


def make_figure(owner=None, name="Folketal", lines=(), main=(100, 97, 95), **fields):
    """A key figure with its main series and further lines, each a (name, kind, values)."""
    owner = owner or make_project(f"Heim til fjorden: {name}", slug=f"heim-{name.lower()}")
    kind = "theme" if isinstance(owner, Theme) else "project"
    fields.setdefault("unit", "innbyggjarar")
    indicator = Indicator.objects.create(**{kind: owner}, name=name, **fields)
    for day, value in zip(YEARS, main, strict=False):
        Measurement.objects.create(indicator=indicator, measured_on=day, value=Decimal(value))
    for position, (line_name, line_kind, values) in enumerate(lines):
        line = Line.objects.create(
            indicator=indicator, name=line_name, kind=line_kind, position=position
        )
        for day, value in zip(YEARS, values, strict=False):
            if value is not None:
                Measurement.objects.create(
                    indicator=indicator, line=line, measured_on=day, value=Decimal(value)
                )
    return indicator


def full_figure(owner=None, **fields):
    return make_figure(
        owner,
        lines=[
            ("Vik kommune", "measured", (100, 104, 108)),
            ("Prognose", "projected", (None, 96, 99)),
        ],
        source="Panda/Østlandsforskning",
        source_url="https://www.example.org/panda",
        index_base_year=2008,
        about="<p>Talet er <strong>eit indeks</strong> frå SSB.</p>",
        **fields,
    )


def in_the_sites_language(text):
    with translation.override("nn"):
        return translation.gettext(text)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


# The model's rules.


def test_a_series_cannot_have_two_values_on_one_day_but_each_series_may_have_that_day():
    indicator = make_figure(lines=[("Vik kommune", "measured", (100,))])
    line = indicator.lines.get()
    # The main series and another series on the same day: allowed.
    other = Line.objects.create(indicator=indicator, name="Prognose", kind="projected")
    Measurement.objects.create(indicator=indicator, line=other, measured_on=YEARS[0], value=1)

    twice = Measurement(indicator=indicator, line=line, measured_on=YEARS[0], value=Decimal(3))
    with pytest.raises(ValidationError) as refused:
        twice.full_clean()
    assert in_the_sites_language("This series already has a value for that day.") in str(
        refused.value
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        twice.save()


def test_a_series_name_is_used_once_per_key_figure():
    indicator = make_figure(lines=[("Vik kommune", "measured", ())])
    with pytest.raises(IntegrityError), transaction.atomic():
        Line.objects.create(indicator=indicator, name="Vik kommune")
    # Another key figure may have a series of that name.
    Line.objects.create(indicator=make_figure(name="Arbeidsplassar"), name="Vik kommune")
    with pytest.raises(ValidationError):
        Line(indicator=indicator, name="Vik kommune").full_clean()


def test_a_value_may_not_be_put_in_a_series_of_another_key_figure():
    indicator = make_figure()
    stranger = Line.objects.create(indicator=make_figure(name="Arbeidsplassar"), name="Vik")
    value = Measurement(indicator=indicator, line=stranger, measured_on=YEARS[0], value=1)
    with pytest.raises(ValidationError) as refused:
        value.full_clean()
    assert list(refused.value.message_dict) == ["line"]


def test_the_main_series_holds_only_its_own_values():
    indicator = Indicator.objects.with_measurements().get(pk=full_figure().pk)
    assert [m.value for m in indicator.series] == [100, 97, 95]
    assert [(s.name, len(s.values)) for s in indicator.all_series] == [
        ("Folketal", 3),
        ("Vik kommune", 3),
        ("Prognose", 2),
    ]
    assert indicator.latest.value == 95


# The process leader's form.


def indicator_form(project, **fields):
    return {
        "project": project.pk,
        "theme": "",
        "name": "Folketal",
        "unit": "innbyggjarar",
        "description": "",
        "source": "Panda/Østlandsforskning",
        "source_url": "https://www.example.org/panda",
        "index_base_year": "2008",
        "about": "<p>Kva talet seier.</p>",
        "is_published": "on",
        "position": "0",
    } | fields


def existing_rows(indicator):
    measurements = indicator.measurements.order_by("pk")
    return [
        {
            "id": m.pk,
            "indicator": indicator.pk,
            "measured_on": m.measured_on.isoformat(),
            "line": m.line_id or "",
            "value": str(m.value),
            "note": m.note,
        }
        for m in measurements
    ]


def test_the_process_leader_adds_a_series_and_then_its_values_on_the_key_figures_form():
    leader = Client()
    leader.force_login(make_process_leader())
    project = make_project()

    # First the key figure with its source, index base, a value and a further series.
    response = leader.post(
        "/admin/figures/indicator/add/",
        indicator_form(project)
        | inline_rows("lines", [{"name": "Vik kommune", "kind": "measured", "position": "1"}])
        | inline_rows("measurements", [{"measured_on": "2008-12-31", "value": "100", "line": ""}]),
    )
    assert response.status_code == 302, response.text[:2000]
    indicator = project.indicators.get()
    assert (indicator.source, indicator.index_base_year) == ("Panda/Østlandsforskning", 2008)
    line = indicator.lines.get()

    # Then, on the saved form, the series can be chosen in the values' series column.
    change = f"/admin/figures/indicator/{indicator.pk}/change/"
    form = soup(leader.get(change))
    choices = [
        option.get_text() for option in form.select("select[name=measurements-0-line] option")
    ]
    assert choices == [in_the_sites_language("Main series"), "Vik kommune"]
    rows = [
        *existing_rows(indicator),
        {"measured_on": "2008-12-31", "value": "100", "line": line.pk},
        {"measured_on": "2024-12-31", "value": "108,5", "line": line.pk},
    ]
    lines = [
        {
            "id": line.pk,
            "indicator": indicator.pk,
            "name": line.name,
            "kind": "measured",
            "position": "1",
        }
    ]
    response = leader.post(
        change,
        indicator_form(project)
        | inline_rows("lines", lines, initial=1)
        | inline_rows("measurements", rows, initial=1),
    )
    assert response.status_code == 302, response.text[:3000]
    assert [m.value for m in line.measurements.order_by("measured_on")] == [100, Decimal("108.5")]


def test_the_series_column_offers_only_this_key_figures_series():
    leader = Client()
    leader.force_login(make_process_leader())
    indicator = make_figure(lines=[("Vik kommune", "measured", (1,))])
    make_figure(name="Arbeidsplassar", lines=[("Ein annan serie", "measured", (1,))])
    form = soup(leader.get(f"/admin/figures/indicator/{indicator.pk}/change/"))
    offered = {option.get_text() for option in form.select("select[name$=-line] option")}
    assert offered == {in_the_sites_language("Main series"), "Vik kommune"}


@pytest.mark.parametrize("already_saved", [True, False])
def test_a_day_given_twice_for_one_series_is_refused_at_the_date(already_saved):
    leader = Client()
    leader.force_login(make_process_leader())
    indicator = make_figure(lines=[("Vik kommune", "measured", (100,))])
    line = indicator.lines.get()
    rows = existing_rows(indicator)
    new = [{"measured_on": "2030-01-01", "value": "5", "line": line.pk}]
    if already_saved:
        new[0]["measured_on"] = YEARS[0].isoformat()  # the day Vik kommune has a value
    else:
        new.append(dict(new[0], value="6"))  # two new rows of one day
    lines = [
        {
            "id": line.pk,
            "indicator": indicator.pk,
            "name": line.name,
            "kind": "measured",
            "position": "0",
        }
    ]
    before = Measurement.objects.count()

    response = leader.post(
        f"/admin/figures/indicator/{indicator.pk}/change/",
        indicator_form(indicator.project)
        | inline_rows("lines", lines, initial=1)
        | inline_rows("measurements", rows + new, initial=len(rows)),
    )

    assert response.status_code == 200
    forms = response.context["inline_admin_formsets"][1].formset.forms
    errors = [form.errors for form in forms if form.errors]
    twice = in_the_sites_language("This series already has a value for that day.")
    assert errors == [{"measured_on": [twice]}]
    assert Measurement.objects.count() == before
    assert 'value="5"' in response.text  # nothing typed is lost


def test_an_index_base_year_out_of_range_is_refused_at_its_field():
    leader = Client()
    leader.force_login(make_process_leader())
    project = make_project()
    response = leader.post(
        "/admin/figures/indicator/add/",
        indicator_form(project, index_base_year="208")
        | inline_rows("lines", [])
        | inline_rows("measurements", []),
    )
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["index_base_year"]


# What residents see.


def test_the_chart_draws_each_series_apart_with_a_legend(client):
    full_figure()
    page = soup(client.get("/noekkeltal/"))
    svg = page.find("svg", class_="figure-chart")

    groups = svg.find_all("g", class_="figure-chart__series")
    assert len(groups) == 3
    drawn = [group.find("polyline", class_="figure-chart__line") for group in groups]
    assert [len(line["points"].split()) for line in drawn] == [3, 3, 2]
    # Each its own colour, marker and line: measured solid, the projection dashed.
    assert len({" ".join(group["class"]) for group in groups}) == 3
    shapes = [
        (bool(g.find("circle")), g.find("polygon", class_="figure-chart__point")) for g in groups
    ]
    assert shapes[0][0] and not shapes[0][1]
    assert shapes[1][1]["points"] != shapes[2][1]["points"]
    assert [line.get("stroke-dasharray") for line in drawn] == [None, None, "7 4"]
    legend = [text.get_text() for text in svg.find_all("text", class_="figure-chart__key-label")]
    assert legend == ["Folketal", "Vik kommune", "Prognose"]
    # The index base: a line at 100 with its key.
    assert svg.find("line", class_="figure-chart__index")
    assert svg.find("text", class_="figure-chart__index-label").get_text() == "2008 = 100"


def test_the_description_for_screen_readers_names_every_series_and_the_index_base():
    indicator = Indicator.objects.with_measurements().get(pk=full_figure().pk)
    with translation.override("en"):
        said = indicator.series_description()
        measured = translation.gettext("Also drawn, measured: %(name)s.") % {"name": "Vik kommune"}
        projected = translation.gettext("Also drawn, projected: %(name)s.") % {"name": "Prognose"}
    assert f"{measured} 3 values" in said
    assert f"{projected} 2 values" in said
    assert "2008 = 100" in said


def test_the_table_has_a_column_per_series_and_a_row_per_day(client):
    full_figure()
    with translation.override("nn"):
        page = soup(client.get("/noekkeltal/"))
    table = page.find("table", class_="indicator__table")
    headers = [th.get_text(" ", strip=True) for th in table.thead.find_all("th")]
    assert headers[1:3] == ["Folketal", "Vik kommune"] and headers[3].startswith("Prognose")
    assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
    rows = [
        [row.th.get_text(strip=True)] + [td.get_text(strip=True) for td in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    ]
    no_value = translation.gettext("no value")
    assert rows == [
        ["31. desember 2008", "100", "100", f"–{no_value}"],
        ["31. desember 2016", "97", "104", "96"],
        ["31. desember 2024", "95", "108", "99"],
    ]
    assert "2008 = 100" in table.caption.get_text()


def test_the_source_the_index_base_and_the_longer_text_are_shown_with_the_figure(client):
    theme = make_theme("Gode stader å bu", slug="gode-stader")
    full_figure(theme)
    for path in ["/noekkeltal/", "/satsingsomraade/gode-stader/"]:
        figure = soup(client.get(path)).find("section", class_="indicator")
        source = figure.find(class_="indicator__source")
        assert source.a["href"] == "https://www.example.org/panda"
        assert source.a.get_text() == "Panda/Østlandsforskning"
        assert "2008" in figure.find(class_="indicator__index").get_text()
        assert figure.find(class_="indicator__about").find("strong").get_text() == "eit indeks"


def test_a_source_given_only_as_a_link_is_named_by_its_site(client):
    make_figure(source_url="https://www.ssb.no/statbank/table/07459")
    source = soup(client.get("/noekkeltal/")).find(class_="indicator__source")
    assert source.a.get_text() == "www.ssb.no"


def test_a_figure_with_one_series_looks_as_before(client):
    make_figure()
    page = soup(client.get("/noekkeltal/"))
    svg = page.find("svg", class_="figure-chart")
    assert not svg.find("text", class_="figure-chart__key-label")
    assert not page.find(class_="indicator__source") and not page.find(class_="indicator__index")
    assert page.find("table").thead.th.get_text() == "Dato"


# Visibility and cost.


def test_series_of_hidden_figures_are_never_shown(client):
    theme = make_theme("Gode stader å bu", slug="gode-stader")
    project = make_project("Heim til fjorden", slug="heim")
    hidden_project = make_project("Løynd", slug="loynd", is_published=False)
    secret = [("Løyndomsserie", "measured", (1, 2, 3))]
    make_figure(theme, name="Utkast", lines=secret, is_published=False)
    make_figure(project, name="Utkast 2", lines=secret, is_published=False)
    make_figure(hidden_project, name="Løynd figur", lines=secret)
    full_figure(project, name="Ope figur")

    for path in ["/noekkeltal/", "/satsingsomraade/gode-stader/", "/prosjekt/heim/"]:
        text = client.get(path).text
        assert "Løyndomsserie" not in text and "Utkast" not in text, path
    assert "Vik kommune" in client.get("/prosjekt/heim/").text


def count_queries(client, path):
    response, queries = made_afresh(client, path)
    assert response.status_code == 200
    return queries


def test_the_pages_cost_the_same_with_2_and_20_figures_of_3_series_each(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    theme = make_theme("Gode stader å bu", slug="gode-stader")
    lines = [(f"Kommune {n}", "measured", (1, 2, 3)) for n in range(2)]
    lines.append(("Prognose", "projected", (1, 2, 3)))

    def add(number):
        owner = theme if number % 2 else make_project(f"Prosjekt {number}", slug=f"p{number}")
        make_figure(owner, name=f"Tal {number}", lines=lines)

    for number in range(2):
        add(number)
    few = [
        count_queries(client, path) for path in ["/noekkeltal/", "/satsingsomraade/gode-stader/"]
    ]
    for number in range(2, 20):
        add(number)
    many = [
        count_queries(client, path) for path in ["/noekkeltal/", "/satsingsomraade/gode-stader/"]
    ]
    assert many == few
    drawn = soup(client.get("/noekkeltal/")).find_all("g", class_="figure-chart__series")
    assert len(drawn) == 20 * 4  # the main series and three more each


def test_a_value_added_to_a_series_in_admin_shows_at_once_on_the_cached_page(client):
    indicator = make_figure(lines=[("Vik kommune", "measured", (100,))])
    line = indicator.lines.get()
    client.get("/noekkeltal/")
    assert client.get("/noekkeltal/")["X-Page-Cache"] == "hit"

    leader = Client()
    leader.force_login(make_process_leader())
    rows = [
        *existing_rows(indicator),
        {"measured_on": "2016-12-31", "value": "4321", "line": line.pk},
    ]
    lines = [
        {
            "id": line.pk,
            "indicator": indicator.pk,
            "name": line.name,
            "kind": "measured",
            "position": "0",
        }
    ]
    response = leader.post(
        f"/admin/figures/indicator/{indicator.pk}/change/",
        indicator_form(indicator.project, source="", source_url="", index_base_year="")
        | inline_rows("lines", lines, initial=1)
        | inline_rows("measurements", rows, initial=len(rows) - 1),
    )
    assert response.status_code == 302, response.text[:3000]

    page = client.get("/noekkeltal/")
    assert page["X-Page-Cache"] == "miss" and "4\xa0321" in page.text


# On paper.


def test_print_keeps_charts_and_tables_whole_and_prints_the_sources_address():
    css = (Path(__file__).resolve().parent.parent / "static/css/print.css").read_text()
    hidden = css.split("display: none !important")[0]
    for kept in [".indicator", ".figure-chart", ".rich-table", ".table-scroll"]:
        assert kept not in hidden
    assert ".indicator__numbers, .rich-table, .table-scroll { overflow: visible !important" in css
    assert '.indicator__source a[href^="http"]::after { content: " (" attr(href) ")"' in css
