"""The open-data page and its files: every dataset as CSV and JSON, read back as a program
would, with only what the pages show and the licence the process leader chose."""

import csv
import io
import json
import secrets
from datetime import date, timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from events.models import Event
from figures.models import Indicator, Line, Measurement
from opendata.datasets import DATASETS
from projects.models import Funding, SiteSettings, Strategy
from tests.base import (
    NOW,
    make_area,
    make_contact,
    make_project,
    make_theme,
    make_update,
)
from tests.test_query_counts import count_queries
from tips.models import Tip

pytestmark = pytest.mark.django_db

# Words only unpublished things (or private data) carry: no file may hold any of them.
HIDDEN = [
    "Løynd prosjekt",
    "Utkast til nyhende",
    "Planlagt nyhende",
    "Nyhende om løynd",
    "Løynt møte",
    "Møte om løynd",
    "Løynd nøkkeltal",
    "Tal for løynd",
    "Løynd strategi",
    "Løynt mål",
    "Hemmeleg kjelde",
    "kari@example.org",
    "555 01 234",
    "Gatelyset er ute",
]


def make_world():
    """Something of every kind residents see, and beside each something they do not."""
    municipality = make_area("Lidal kommune", kind="municipality")
    village = make_area("Nedre Li", parent=municipality)
    strategy = Strategy.objects.create(name="Sosial utviklingsstrategi", slug="sosial")
    theme = make_theme("Attraktive bygder", strategy=strategy)
    hidden_strategy = Strategy.objects.create(
        name="Løynd strategi", slug="loeynd-strategi", is_published=False
    )
    make_theme("Løynt mål", slug="loeynt-maal", strategy=hidden_strategy)
    school = make_project(
        "Ny skule i Nedre Li", starts_on=date(2026, 1, 5), progress=40, status="ongoing"
    )
    school.areas.add(village)
    school.themes.add(theme)
    hidden = make_project("Løynd prosjekt", slug="loeynd-prosjekt", is_published=False)
    kari = make_contact("Kari Nordmann", project=school)

    news = make_update(school, "Byggjestart på tomta", body="<p>Gravinga tek til.</p>")
    news.authors.add(kari)
    make_update(school, "Utkast til nyhende", is_published=False)
    make_update(school, "Planlagt nyhende", published_at=NOW + timedelta(days=3650))
    make_update(hidden, "Nyhende om løynd")

    meeting = Event.objects.create(
        title="Ope møte om skulen",
        starts_at=NOW + timedelta(days=5),
        place="Grendehuset",
        organiser=kari,
    )
    meeting.projects.add(school)
    Event.objects.create(title="Løynt møte", starts_at=NOW, place="Skulen", is_published=False)
    Event.objects.create(title="Møte om løynd", starts_at=NOW, place="Skulen").projects.add(hidden)

    figure = Indicator.objects.create(project=school, name="Elevar", unit="elevar", target=80)
    Measurement.objects.create(indicator=figure, measured_on=date(2025, 8, 1), value=Decimal(61))
    other = Line.objects.create(indicator=figure, name="Snitt i fylket")
    Measurement.objects.create(
        indicator=figure, line=other, measured_on=date(2025, 8, 1), value=Decimal("58.5")
    )
    Indicator.objects.create(project=school, name="Løynd nøkkeltal", unit="x", is_published=False)
    hidden_figure = Indicator.objects.create(project=hidden, name="Tal for løynd", unit="x")
    Measurement.objects.create(indicator=hidden_figure, value=Decimal(1))

    Funding.objects.create(
        project=school, source="Fylkeskommunen", kind="region", amount=Decimal("1200000.50")
    )
    Funding.objects.create(project=hidden, source="Hemmeleg kjelde", amount=Decimal(5))
    Tip.objects.create(
        message="Gatelyset er ute.", project=school, submission_id=secrets.token_hex(10)
    )
    return school


def file_url(name, file_format):
    return reverse("opendata:api:file", args=[name, file_format])


def csv_rows(client, name):
    response = client.get(file_url(name, "csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv; charset=utf-8")
    text = response.content.decode("utf-8")
    assert not text.startswith("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert reader.fieldnames == DATASETS[name].field_names
    return list(reader)


def json_file(client, name):
    response = client.get(file_url(name, "json"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


# The page


def test_the_page_lists_every_dataset_with_its_files_and_a_description_of_each_field(client):
    make_world()

    page = soup(client.get(reverse("opendata:page")))

    for name, dataset in DATASETS.items():
        section = page.find(id=f"dataset-{name}")
        assert section.h2.get_text(strip=True) == str(dataset.title)
        links = {a["href"] for a in section.find_all("a")}
        assert {file_url(name, "csv"), file_url(name, "json")} <= links
        described = [row.th.get_text(strip=True) for row in section.tbody.find_all("tr")]
        assert described == dataset.field_names
        assert all(row.find_all("td")[1].get_text(strip=True) for row in section.tbody("tr"))
    assert "UTF-8" in page.get_text()


def test_the_page_counts_the_rows_residents_can_see(client):
    make_world()

    page = soup(client.get(reverse("opendata:page")))

    def count(name):
        return page.find(id=f"dataset-{name}").find(class_="dataset__count").get_text().split()[0]

    assert (count("projects"), count("updates"), count("areas"), count("funding")) == (
        "1",
        "1",
        "2",
        "1",
    )


def test_the_footer_links_to_the_open_data_page(client):
    page = soup(client.get(reverse("projects:overview")))

    assert page.find("footer").find("a", href=reverse("opendata:page"))


# The files


@pytest.mark.parametrize("name", list(DATASETS))
def test_each_dataset_reads_back_the_same_from_csv_and_from_json(client, name):
    make_world()

    from_csv = csv_rows(client, name)
    from_json = json_file(client, name)

    dataset = DATASETS[name]
    assert [field["name"] for field in from_json["fields"]] == dataset.field_names
    assert all(field["description"] for field in from_json["fields"])
    assert len(from_csv) == len(from_json["rows"]) == dataset.count() >= 1


@pytest.mark.parametrize("name", list(DATASETS))
@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_nothing_unpublished_nor_private_is_in_any_file(client, name, file_format):
    make_world()

    text = client.get(file_url(name, file_format)).content.decode()

    assert not [word for word in HIDDEN if word in text]


def test_the_projects_file_holds_what_a_project_page_shows(client):
    make_world()

    (school,) = csv_rows(client, "projects")
    (as_json,) = json_file(client, "projects")["rows"]

    assert school["slug"] == "ny-skule-i-nedre-li"
    assert school["starts_on"] == "2026-01-05"
    assert school["areas"] == "nedre-li"
    assert school["themes"] == "attraktive-bygder"  # not the unpublished strategy's target area
    assert school["status"] == "ongoing"
    assert (school["progress"], as_json["progress"]) == ("40", 40)
    assert as_json["url"] == "http://testserver" + reverse(
        "projects:detail", args=["ny-skule-i-nedre-li"]
    )


def test_amounts_and_values_are_numbers_and_times_carry_their_offset(client):
    make_world()

    (funding,) = json_file(client, "funding")["rows"]
    (in_csv,) = csv_rows(client, "funding")
    values = json_file(client, "key-figure-values")["rows"]
    (update,) = json_file(client, "updates")["rows"]

    assert funding["amount"] == 1200000.5
    assert in_csv["amount"] == "1200000.5"
    assert [(value["series"], value["value"]) for value in values] == [
        (None, 61),
        ("Snitt i fylket", 58.5),
    ]
    assert update["published_at"] == "2026-06-14T14:00:00+02:00"
    assert update["written_by"] == ["Kari Nordmann"]
    assert update["text"] == "Gravinga tek til."


def test_a_file_changes_at_once_when_a_project_is_edited(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    school = make_world()
    assert csv_rows(client, "projects")[0]["title"] == "Ny skule i Nedre Li"

    school.title = "Ny skule og barnehage"
    school.save()

    assert csv_rows(client, "projects")[0]["title"] == "Ny skule og barnehage"


def test_a_client_with_the_current_file_gets_not_modified(client):
    make_world()
    first = client.get(file_url("projects", "json"))

    again = client.get(file_url("projects", "json"), headers={"if-none-match": first["ETag"]})

    assert again.status_code == 304


def test_an_unknown_dataset_or_format_is_not_found_as_json(client):
    for url in ["/api/v1/datasets/tips.csv", "/api/v1/datasets/projects.xlsx"]:
        response = client.get(url)
        assert response.status_code == 404
        assert json.loads(response.content)["error"]


# The licence


def test_the_licence_chosen_in_site_settings_is_named_on_the_page_and_in_every_file(client):
    make_world()
    before = client.get(file_url("projects", "csv"))
    assert "creativecommons.org/licenses/by/4.0/" in before["Link"]

    settings_record = SiteSettings.load()
    settings_record.open_data_licence = SiteSettings.DataLicence.NLOD_2
    settings_record.save()

    page = soup(client.get(reverse("opendata:page")))
    licence_link = page.find("a", rel="license")
    assert licence_link["href"] == "https://data.norge.no/nlod/en/2.0"
    assert "NLOD" in licence_link.get_text()
    assert json_file(client, "projects")["licence"]["id"] == "NLOD-2.0"
    for file_format in ["csv", "json"]:
        response = client.get(file_url("funding", file_format))
        assert response["Link"] == '<https://data.norge.no/nlod/en/2.0>; rel="license"'


def test_the_process_leader_chooses_the_licence_in_site_settings(admin_client):
    page = soup(admin_client.get(reverse("admin:projects_sitesettings_change", args=[1])))

    licence = page.find("select", attrs={"name": "open_data_licence"})
    assert [option["value"] for option in licence.find_all("option")] == [
        "CC-BY-4.0",
        "CC0-1.0",
        "NLOD-2.0",
    ]
    assert page.find("textarea", attrs={"name": "embed_origins"})


# What it costs


def build_projects(first, last):
    area = make_area(f"Grend {first}")
    for number in range(first, last):
        project = make_project(f"Prosjekt {number}")
        project.areas.add(area)
        make_update(project, f"Nytt om {number}")
        Funding.objects.create(project=project, source="Kommunen", amount=Decimal(number))
        figure = Indicator.objects.create(project=project, name=f"Tal {number}", unit="x")
        Measurement.objects.create(indicator=figure, value=Decimal(number))
        Event.objects.create(title=f"Møte {number}", starts_at=NOW, place="Her").projects.add(
            project
        )


def test_every_file_costs_the_same_number_of_queries_with_3_and_30_projects(client):
    def costs():
        return {name: count_queries(client, file_url(name, "json")) for name in DATASETS}

    build_projects(0, 3)
    with_few = costs()

    build_projects(3, 30)
    with_many = costs()

    assert with_few == with_many


def test_the_page_costs_the_same_number_of_queries_with_3_and_30_projects(client):
    build_projects(0, 3)
    with_few = count_queries(client, reverse("opendata:page"))

    build_projects(3, 30)
    with_many = count_queries(client, reverse("opendata:page"))

    assert with_few == with_many


def test_a_title_that_looks_like_a_formula_opens_as_text_in_a_spreadsheet(client):
    make_project('=HYPERLINK("https://evil.example","Klikk")', slug="formel")

    text = client.get(file_url("projects", "csv")).content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))

    titles = [row["title"] for row in rows]
    assert '\'=HYPERLINK("https://evil.example","Klikk")' in titles
