"""Numbers are read as the site's language writes them, in the admin as anywhere: a
decimal comma is a decimal comma, thousands may be grouped, and what cannot be read one
way only is refused at the field, never saved as another number."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from config.numbers import format_number, parse_number
from figures.models import Indicator
from tests.admin_forms import inline_rows
from tests.base import make_process_leader, make_project

pytestmark = pytest.mark.django_db

READ = {
    # language: {what is typed: what is meant (None: refused, it could mean two things)}
    "nn": {"83,1": "83.1", "83.1": "83.1", "1 234,5": "1234.5", "1\xa0234,5": "1234.5",
           "-2,5": "-2.5", "1.234,5": None, "1,2,3": None, "12 34": None, "tolv": None},
    "nb": {"83,1": "83.1", "1 234 567": "1234567", "1.234,5": None},
    "sv": {"83,1": "83.1", "1 234,5": "1234.5", "1,234.5": None},
    "da": {"83,1": "83.1", "1.234,5": "1234.5", "12.345": "12345", "83.1": None},
    "en": {"83.1": "83.1", "1,234.5": "1234.5", "1 234.5": "1234.5", "83,1": None},
}  # fmt: skip


@pytest.mark.parametrize("language", READ)
def test_each_language_reads_numbers_as_it_writes_them(language):
    with translation.override(language):
        for typed, meant in READ[language].items():
            expected = None if meant is None else Decimal(meant)
            assert parse_number(typed) == expected, (language, typed)


def figure_form(project, value, **fields):
    return (
        {
            "project": project.pk,
            "theme": "",
            "name": "Tilflyttarar som har meldt interesse",
            "unit": "%",
            "description": "",
            "baseline": "61,5",
            "baseline_on": "2021-12-31",
            "target": "85",
            "target_on": "2027-12-31",
            "is_published": "on",
            "position": "0",
        }
        | fields
        | inline_rows("measurements", [{"measured_on": "2025-12-31", "value": value, "note": ""}])
        | inline_rows("lines", [])
    )


def test_a_decimal_comma_in_admin_is_saved_and_shown_as_typed(client):
    client.force_login(make_process_leader())
    project = make_project(slug="ny-skule")

    response = client.post("/admin/figures/indicator/add/", figure_form(project, "83,1"))

    assert response.status_code == 302, response.text[:2000]
    indicator = Indicator.objects.get()
    assert indicator.measurements.get().value == Decimal("83.1")
    assert indicator.baseline == Decimal("61.5")
    public = BeautifulSoup(client.get("/prosjekt/ny-skule/").text, "html.parser").get_text(" ")
    assert "83,1\xa0%" in public and "831" not in public
    # Edited again, the form shows the number as it was typed, in a text field.
    edit = BeautifulSoup(
        client.get(f"/admin/figures/indicator/{indicator.pk}/change/").text, "html.parser"
    )
    field = edit.find("input", attrs={"name": "measurements-0-value"})
    assert field["value"] == "83,1" and field["type"] == "text"
    assert field["inputmode"] == "decimal"


def test_thousands_are_read_with_a_space_between_the_groups(client):
    client.force_login(make_process_leader())
    response = client.post(
        "/admin/figures/indicator/add/", figure_form(make_project(), "1 234,5", unit="kr")
    )
    assert response.status_code == 302
    assert Indicator.objects.get().measurements.get().value == Decimal("1234.5")


@pytest.mark.parametrize("typed", ["83.1.1", "åtti", "1.234,5", "8 3,1"])
def test_a_number_that_cannot_be_read_is_refused_at_its_field_with_an_example(client, typed):
    client.force_login(make_process_leader())

    response = client.post("/admin/figures/indicator/add/", figure_form(make_project(), typed))

    assert response.status_code == 200
    assert not Indicator.objects.exists()
    page = BeautifulSoup(response.text, "html.parser")
    row = page.find("input", attrs={"name": "measurements-0-value"}).find_parent("td")
    assert "Skriv eit tal, til dømes 1\xa0234,5." in row.get_text(" ")
    # Nothing typed is lost.
    assert page.find("input", attrs={"name": "measurements-0-value"})["value"] == typed
    assert page.find("input", attrs={"name": "baseline"})["value"] == "61,5"


def test_in_a_danish_site_a_point_groups_thousands(client, settings):
    settings.LANGUAGE_CODE = "da"
    client.force_login(make_process_leader())

    response = client.post(
        "/admin/figures/indicator/add/",
        figure_form(make_project(), "1.234,5", baseline="61,5", unit="kr"),
    )

    assert response.status_code == 302, response.text[:2000]
    assert Indicator.objects.get().measurements.get().value == Decimal("1234.5")


def test_each_language_writes_the_same_numbers_its_own_way_whichever_was_asked_first():
    numbers = [
        Decimal("1234.50"),
        Decimal("100"),
        Decimal("0.00"),
        Decimal("-0.00"),
        Decimal("83.10"),
        7,
    ]
    written = {
        "nn": ["1\xa0234,5", "100", "0", "0", "83,1", "7"],
        "en": ["1,234.5", "100", "0", "0", "83.1", "7"],
        "da": ["1.234,5", "100", "0", "0", "83,1", "7"],
    }
    for _round in range(2):  # written once per language: each asked again, in turn
        for language, expected in written.items():
            with translation.override(language):
                assert [format_number(number) for number in numbers] == expected, language
