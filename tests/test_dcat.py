"""DCAT-AP metadata, as a national data portal harvests it: one catalogue naming every
dataset and each of its files, with the licence chosen in site settings."""

import json
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from opendata.datasets import DATASETS
from projects.models import SiteSettings
from tests.base import NOW, make_project
from tests.test_open_data import make_world

pytestmark = pytest.mark.django_db

DCAT = "/api/v1/dcat.jsonld"
EU = "http://publications.europa.eu/resource/authority/"


def catalogue(client):
    response = client.get(DCAT)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return json.loads(response.content)


def by_id(items):
    return {item["@id"]: item for item in items}


def test_the_catalogue_is_published_by_the_site_in_its_language(client):
    record = SiteSettings.load()
    record.site_name = "Framdrift i Lidal"
    record.save()

    found = catalogue(client)

    assert found["@type"] == "dcat:Catalog"
    assert found["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    assert found["@context"]["dct"] == "http://purl.org/dc/terms/"
    assert found["dct:title"] == {"@value": "Framdrift i Lidal", "@language": "nn"}
    assert found["dct:description"]["@value"]
    assert found["dct:publisher"]["foaf:name"] == "Framdrift i Lidal"
    assert found["dct:language"] == {"@id": f"{EU}language/NNO"}
    assert found["dct:modified"]["@type"] == "xsd:dateTime"


def test_every_dataset_is_described_with_a_csv_and_a_json_distribution(client):
    make_world()

    datasets = catalogue(client)["dcat:dataset"]

    assert [dataset["dct:title"]["@value"] for dataset in datasets] == [
        str(dataset.title) for dataset in DATASETS.values()
    ]
    for dataset, described in zip(DATASETS.values(), datasets, strict=True):
        assert described["@type"] == "dcat:Dataset"
        assert described["dct:description"]["@value"] == str(dataset.description)
        assert described["dct:publisher"]["@id"] == catalogue(client)["dct:publisher"]["@id"]
        assert described["dcat:theme"] == {"@id": f"{EU}data-theme/REGI"}
        formats = {}
        for distribution in described["dcat:distribution"]:
            assert distribution["@type"] == "dcat:Distribution"
            assert distribution["dcat:accessURL"]["@id"].startswith("http://testserver/")
            assert distribution["dct:license"] == {"@id": f"{EU}licence/CC_BY_4_0"}
            download = client.get(urlsplit(distribution["dcat:downloadURL"]["@id"]).path)
            assert download.status_code == 200
            formats[distribution["dct:format"]["@id"]] = download["Content-Type"]
        assert formats == {
            f"{EU}file-type/CSV": "text/csv; charset=utf-8; header=present",
            f"{EU}file-type/JSON": "application/json",
        }


def test_the_api_is_described_as_a_data_service_of_the_catalogue(client):
    (service,) = catalogue(client)["dcat:service"]
    dataset_ids = set(by_id(catalogue(client)["dcat:dataset"]))

    assert service["@type"] == "dcat:DataService"
    assert client.get(urlsplit(service["dcat:endpointURL"]["@id"]).path).status_code == 200
    assert {served["@id"] for served in service["dcat:servesDataset"]} <= dataset_ids


def test_another_licence_chosen_in_site_settings_reaches_every_distribution(client):
    catalogue(client)
    record = SiteSettings.load()
    record.open_data_licence = SiteSettings.DataLicence.CC0
    record.save()

    found = catalogue(client)

    licences = {
        distribution["dct:license"]["@id"]
        for dataset in found["dcat:dataset"]
        for distribution in dataset["dcat:distribution"]
    }
    assert licences == {f"{EU}licence/CC0"}
    assert found["dct:license"] == {"@id": f"{EU}licence/CC0"}


def test_a_new_project_moves_the_modified_date(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    with time_machine.travel(NOW, tick=False) as traveller:
        make_project("Ny skule")
        assert catalogue(client)["dct:modified"]["@value"] == "2026-06-15T14:00:00+02:00"

        traveller.move_to(NOW + timedelta(minutes=5))
        make_project("Nytt kommunehus")

        assert catalogue(client)["dct:modified"]["@value"] == "2026-06-15T14:05:00+02:00"


def test_the_open_data_page_links_to_the_catalogue(client):
    page = BeautifulSoup(client.get(reverse("opendata:page")).text, "html.parser")

    assert page.find("link", rel="alternate", type="application/ld+json")["href"].endswith(DCAT)
    assert page.find(id="dcat").find("a", href=lambda href: href.endswith(DCAT))
