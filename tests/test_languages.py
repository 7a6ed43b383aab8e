"""A site in any of the Nordic languages shows no English: every public page and every
admin page the process leader uses, rendered in each language with the demo loaded,
holds no text that is an English original of the site's, Django's or a package's
catalogue where that language has its own words for it."""

import gettext
import re
from pathlib import Path

import django
import pytest
from bs4 import BeautifulSoup
from django.test import Client

from bench.servers import PROJECT
from tests.base import make_process_leader
from tests.browser.pages import admin_pages, all_page_paths, load_demo

# What is checked is the text pages show, the same on any database: CI's run on PostgreSQL
# leaves it out (every page is rendered there by test_query_counts and test_hostile_input).
# Outside a transaction, so that the demo can be copied back rather than loaded anew
# (tests/demo_snapshots.py).
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.markup_only]

NORDIC = ["nn", "nb", "sv", "da"]
DJANGO = Path(django.__file__).parent
CATALOGUE_FOLDERS = [
    PROJECT / "locale",
    PROJECT / "locale-admin",
    DJANGO / "conf" / "locale",
    *(DJANGO / "contrib" / app / "locale" for app in ["admin", "auth", "contenttypes"]),
]
# Texts shown to the eye or read out: the text of elements, these attributes, and the
# value of buttons.
READ_ATTRIBUTES = ["alt", "title", "aria-label", "placeholder"]
# Words the languages share with English, or names: not a sign of an untranslated page.
SHARED = {"Status", "Tips", "OK", "Framdrift", "Start", "Info", "E-post", "Admin"}


def english_originals(language):
    """English texts the language's catalogues translate into something else (and that are
    not themselves a word of the language, as "Handling" is in Norwegian)."""
    english, native = set(), set()
    for folder in CATALOGUE_FOLDERS:
        for compiled in (folder / language / "LC_MESSAGES").glob("django*.mo"):
            with compiled.open("rb") as handle:
                catalogue = gettext.GNUTranslations(handle)._catalog
            for key, translation in catalogue.items():
                original = key[0] if isinstance(key, tuple) else key
                original = original.split("\x04")[-1]  # without its context
                if (
                    original != translation
                    and re.search(r"[A-Za-z]{3}", original)
                    and not re.search(r"%|\{|<", original)
                    and original not in SHARED
                ):
                    english.add(" ".join(original.split()))
                for text in translation if isinstance(translation, tuple) else [translation]:
                    native.add(" ".join(text.split()))
    return english - native


def texts_read(html):
    page = BeautifulSoup(html, "html.parser")
    # Code (a field name in the open data, say) is the same in every language.
    for hidden in page(["script", "style", "template", "code"]):
        hidden.decompose()
    for text in page.find_all(string=True):
        yield " ".join(text.split()).rstrip(":")
    for element in page.find_all(True):
        for attribute in READ_ATTRIBUTES:
            value = element.get(attribute)
            if isinstance(value, str):
                yield " ".join(value.split())
        if element.name == "input" and element.get("type") in ("submit", "button"):
            yield " ".join(element.get("value", "").split())


@pytest.mark.parametrize("language", NORDIC)
def test_no_english_on_any_page_in_a_nordic_site(language, settings, monkeypatch):
    settings.LANGUAGE_CODE = language
    load_demo(monkeypatch)
    english = english_originals(language)
    assert len(english) > 500  # the catalogues were found

    resident = Client()
    leader = Client()
    leader.force_login(make_process_leader())
    found = []
    pages = [(resident, path) for path in all_page_paths().values()]
    pages += [(leader, path) for path in admin_pages()]
    for client, path in pages:
        response = client.get(path)
        assert response.status_code in (200, 404), (path, response.status_code)
        found += [(path, text) for text in texts_read(response.text) if text in english]

    assert not found, f"English in the {language} site: {found[:30]}"


def nynorsk_texts():
    """What the site's own catalogue says in Nynorsk where English says something else."""
    with (PROJECT / "locale" / "nn" / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)._catalog
    english = {(key[0] if isinstance(key, tuple) else key).split("\x04")[-1] for key in catalogue}
    nynorsk = set()
    for translation in catalogue.values():
        for text in translation if isinstance(translation, tuple) else [translation]:
            text = " ".join(text.split())
            if re.search(r"[a-zæøå]{3}", text) and "%" not in text and text not in english:
                nynorsk.add(text)
    return nynorsk - SHARED


def test_no_nynorsk_on_any_page_in_an_english_site(settings, monkeypatch):
    """English is the msgids' own language, so nothing can be untranslated there; what
    could leak is the default language, from a hard-coded text or a fallback."""
    settings.LANGUAGE_CODE = "en"
    load_demo(monkeypatch)
    nynorsk = nynorsk_texts()
    assert len(nynorsk) > 500

    resident = Client()
    leader = Client()
    leader.force_login(make_process_leader("kari"))  # a name, not a Nynorsk word
    found = []
    pages = [(resident, path) for path in all_page_paths().values()]
    pages += [(leader, path) for path in admin_pages()]
    for client, path in pages:
        response = client.get(path)
        assert response.status_code in (200, 404), (path, response.status_code)
        found += [(path, text) for text in texts_read(response.text) if text in nynorsk]

    assert not found, f"Nynorsk in the English site: {found[:30]}"
