"""Contacts for the whole development work: on the contact page before the projects' people,
and in the footer of every page, with their roles in the list's words or their own."""

from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from contacts.models import SiteContact
from tests.base import make_contact, make_process_leader, make_project

pytestmark = pytest.mark.django_db

ADD = "/admin/contacts/sitecontact/add/"


def nn(text):
    with translation.override("nn"):
        return translation.gettext(text)


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def site_contact(name, role="process_leader", **fields):
    person = make_contact(name, email=f"{name.split()[0].lower()}@example.org")
    return SiteContact.objects.create(person=person, role=role, **fields)


def footer_text(response):
    footer = BeautifulSoup(response.text, "html.parser").select_one(".site-footer")
    return " ".join(footer.get_text().split())


def test_the_role_other_needs_its_own_words():
    contact = SiteContact(person=make_contact(), role="other", role_other="  ")

    with pytest.raises(ValidationError) as refused:
        contact.full_clean()

    assert "role_other" in refused.value.message_dict


def test_a_role_in_own_words_is_the_role_shown():
    contact = site_contact("Mette Holm", role="other", role_other="landdistriktskoordinator")
    listed = site_contact("Jens Lund", role="adviser")

    assert contact.role_name == "landdistriktskoordinator"
    assert listed.role_name == nn("adviser")


def test_the_process_leader_adds_a_site_contact_with_a_role_in_own_words(leader_client):
    person = make_contact("Mette Holm")

    response = leader_client.post(
        ADD,
        {
            "person": person.pk,
            "role": "other",
            "role_other": "landdistriktskoordinator",
            "in_footer": "on",
            "position": "1",
        },
    )

    assert response.status_code == 302, response.context["errors"]
    assert SiteContact.objects.get().role_name == "landdistriktskoordinator"


@pytest.mark.parametrize("languages", [["nn"], ["nn", "en"]], ids=["one", "two"])
def test_the_role_other_without_words_is_refused_at_the_field(leader_client, settings, languages):
    settings.CONTENT_LANGUAGES = languages[1:]
    settings.LANGUAGES = [(code, settings.SITE_LANGUAGES[code]) for code in languages]
    person = make_contact("Mette Holm")
    field = "role_other" if len(languages) == 1 else "role_other_nn"

    response = leader_client.post(
        ADD, {"person": person.pk, "role": "other", field: "", "position": "1"}
    )

    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not SiteContact.objects.exists()


def test_the_order_and_the_footer_are_set_from_the_list(leader_client):
    first, second = site_contact("Mette Holm"), site_contact("Jens Lund", role="coordinator")
    data = {
        "form-TOTAL_FORMS": "2",
        "form-INITIAL_FORMS": "2",
        "form-0-id": str(first.pk),
        "form-0-position": "2",
        "form-0-in_footer": "on",
        "form-1-id": str(second.pk),
        "form-1-position": "1",
        "_save": "Lagre",
    }

    response = leader_client.post("/admin/contacts/sitecontact/", data)

    assert response.status_code == 302
    assert list(SiteContact.objects.values_list("person__name", "in_footer")) == [
        ("Jens Lund", False),
        ("Mette Holm", True),
    ]


def test_the_contact_page_lists_the_site_contacts_before_the_projects_people(client):
    site_contact("Mette Holm", role="other", role_other="landdistriktskoordinator")
    make_contact("Kari Nordmann", project=make_project(), role="adviser")

    text = unescape(client.get("/kontakt/").text)

    heading = nn("Contacts for the whole development work")
    assert heading in text
    assert text.index(heading) < text.index("Mette Holm") < text.index("Kari Nordmann")
    assert "Landdistriktskoordinator" in text
    assert nn("adviser").capitalize() in text


def test_the_footer_shows_the_contacts_ticked_for_it_with_role_phone_and_email(client):
    site_contact("Mette Holm", role="other", role_other="landdistriktskoordinator")
    site_contact("Jens Lund", in_footer=False)

    footer = footer_text(client.get("/"))

    assert "Mette Holm, landdistriktskoordinator" in footer
    assert "+47 555 01 234" in footer and "mette@example.org" in footer
    assert "Jens Lund" not in footer


def count_queries(client, url):
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_contact_page_and_footer_cost_the_same_with_few_and_many_contacts(client):
    def add(numbers):
        for number in numbers:
            site_contact(f"Person{number} Site", role="coordinator")
            make_contact(f"Person{number} Prosjekt", project=make_project(f"Prosjekt {number}"))

    add(range(2))
    with_few = count_queries(client, "/kontakt/")
    add(range(2, 30))
    with_many = count_queries(client, "/kontakt/")

    assert with_few == with_many


def test_a_site_contact_changed_in_the_editor_shows_at_once_in_the_cached_footer(
    client, leader_client
):
    contact = site_contact("Mette Holm")
    client.get("/")
    assert "Mette Holm" in footer_text(client.get("/"))

    response = leader_client.post(
        f"/admin/contacts/sitecontact/{contact.pk}/change/",
        {
            "person": contact.person.pk,
            "role": "other",
            "role_other": "bygdeutviklar",
            "in_footer": "on",
            "position": "0",
        },
    )
    assert response.status_code == 302

    assert "Mette Holm, bygdeutviklar" in footer_text(client.get("/"))
    assert "bygdeutviklar" in client.get("/kontakt/").text.lower()
