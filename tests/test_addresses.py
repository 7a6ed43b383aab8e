"""Addresses in the site's language, and the other languages' addresses redirecting to them,
so that a link printed on a leaflet never breaks when the language setting changes."""

import pytest
from django.urls import URLResolver, get_resolver, resolve, reverse
from django.utils import translation

from tests.base import make_project

pytestmark = pytest.mark.django_db

LANGUAGES = ["nn", "nb", "sv", "da", "en"]
# url name, arguments, and the address in each language.
ADDRESSES = [
    ("projects:overview", [], ["/"] * 5),
    ("projects:detail", ["ny-skule"],
     ["/prosjekt/ny-skule/", "/prosjekt/ny-skule/", "/projekt/ny-skule/", "/projekt/ny-skule/",
      "/projects/ny-skule/"]),
    ("projects:news", [], ["/aktuelt/", "/aktuelt/", "/aktuellt/", "/nyheder/", "/news/"]),
    ("projects:themes", [],
     ["/satsingsomraade/", "/satsingsomrader/", "/malomraden/", "/indsatsomraader/",
      "/target-areas/"]),
    ("projects:area", ["berg"],
     ["/omraade/berg/", "/omrade/berg/", "/omrade/berg/", "/omraade/berg/", "/areas/berg/"]),
    ("projects:groups", [], ["/grupper/"] * 4 + ["/groups/"]),
    ("projects:contacts", [], ["/kontakt/"] * 4 + ["/contact/"]),
    ("projects:about", [], ["/om/"] * 4 + ["/about/"]),
    ("projects:accessibility", [],
     ["/tilgjengelegheit/", "/tilgjengelighet/", "/tillganglighet/", "/tilgaengelighed/",
      "/accessibility/"]),
    ("events:upcoming", [], ["/moete/", "/moter/", "/moten/", "/moeder/", "/meetings/"]),
    ("events:feed", [],
     ["/moete/kalender.ics", "/moter/kalender.ics", "/moten/kalender.ics",
      "/moeder/kalender.ics", "/meetings/calendar.ics"]),
    ("figures:index", [],
     ["/noekkeltal/", "/nokkeltall/", "/nyckeltal/", "/noegletal/", "/key-figures/"]),
    ("tips:send", [], ["/tips/"] * 5),
    ("tips:privacy", [],
     ["/personvern/", "/personvern/", "/personuppgifter/", "/persondata/", "/privacy/"]),
]  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_address_is_in_the_sites_language(language):
    with translation.override(language):
        for name, args, addresses in ADDRESSES:
            assert reverse(name, args=args) == addresses[LANGUAGES.index(language)], name


def named_patterns():
    """{url name: sample arguments} of every named address of the site's own apps."""
    names = {}
    for include in get_resolver().url_patterns:
        if isinstance(include, URLResolver) and include.namespace in SITE_APPS:
            for pattern in include.url_patterns:
                converters = getattr(pattern.pattern, "converters", {})
                names[f"{include.namespace}:{pattern.name}"] = {
                    key: SAMPLE[type(converter).__name__] for key, converter in converters.items()
                }
    return names


SITE_APPS = {"projects", "events", "figures", "tips"}
SAMPLE = {
    "SlugConverter": "ny-skule",
    "IntConverter": 7,
    "StringConverter": "plan.pdf",
    "PathConverter": "bilete/plan.jpg",
}


def test_every_url_name_reverses_and_resolves_in_every_language():
    names = named_patterns()
    assert {"projects:detail", "events:ics", "tips:sent", "figures:index"} <= set(names)
    for language in LANGUAGES:
        with translation.override(language):
            for name, kwargs in names.items():
                address = reverse(name, kwargs=kwargs)
                assert resolve(address).view_name == name, (language, name, address)


@pytest.mark.parametrize(
    ("typed", "address"),
    [
        ("/projekt/ny-skule/", "/prosjekt/ny-skule/"),
        ("/projects/ny-skule/?fra=plakat", "/prosjekt/ny-skule/?fra=plakat"),
        ("/nyheder/", "/aktuelt/"),
        ("/meetings/calendar.ics", "/moete/kalender.ics"),
        ("/moten/", "/moete/"),
        ("/key-figures/", "/noekkeltal/"),
        ("/personuppgifter/", "/personvern/"),
    ],
)
def test_another_languages_address_redirects_permanently_to_the_sites_own(client, typed, address):
    make_project("Ny skule i Nedre Li", slug="ny-skule")

    response = client.get(typed)

    assert response.status_code == 301
    assert response["Location"] == address
    assert client.get(address).status_code == 200


def test_in_a_swedish_site_the_norwegian_address_redirects_to_the_swedish(client, settings):
    settings.LANGUAGE_CODE = "sv"
    make_project("Ny skola i Nedre Li", slug="ny-skola")

    response = client.get("/prosjekt/ny-skola/")

    assert response.status_code == 301 and response["Location"] == "/projekt/ny-skola/"
    assert client.get("/projekt/ny-skola/").status_code == 200


def test_an_address_no_language_knows_is_still_not_found(client):
    assert client.get("/finst-ikkje/").status_code == 404
    # Known in another language, but no such project: the redirect leads to the 404.
    response = client.get("/projects/finst-ikkje/", follow=True)
    assert response.redirect_chain == [("/prosjekt/finst-ikkje/", 301)]
    assert response.status_code == 404
    # A form posted to another language's address is not redirected (it would lose its body).
    assert client.post("/projekt/ny-skule/").status_code in (404, 405)
