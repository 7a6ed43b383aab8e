"""The header and footer of every page: the menu with the page residents are on marked, the
free pages put in it, the admin for staff only; the footer's contact persons with a way to
call each; texts not translated yet marked as Nynorsk, nothing entered taken for markup,
and one query each however many pages and contacts.

Both are read as plain values and rendered by Jinja2 (projects/site_frame.py)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from contacts.models import ContactPerson, SiteContact
from pages.models import Page
from projects import site_frame
from projects.models import SiteSettings

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert(\"x\")</script> & 'quoted' {{ x }} %(name)s"


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def menu_page(title, position=0, **fields):
    return Page.objects.create(
        title=title,
        slug=f"side-{position}",
        position=position,
        in_menu=True,
        is_published=True,
        **fields,
    )


def footer_contact(name, role="process_leader", position=0, **person):
    person.setdefault("email", f"{name.split()[0].lower()}@example.org")
    someone = ContactPerson.objects.create(name=name, **person)
    return SiteContact.objects.create(person=someone, role=role, in_footer=True, position=position)


def test_the_menu_marks_where_residents_are_and_lists_the_pages_put_in_it(client, english_too):
    menu_page("Slik arbeider vi", position=1)
    menu_page("Om bygdene", position=0, title_en="About the villages")
    Page.objects.create(title="Ikkje i menyen", slug="ikkje", is_published=True)

    menu = page(client, "/en/news/").select_one(".site-nav")

    items = [link.get_text() for link in menu.select("a")]
    assert items == [
        "All projects",
        "News",
        "Meetings",
        "Goals",
        "Areas",
        "About the villages",
        "Slik arbeider vi",
        "Contact",
        "Send a tip",
    ]
    current = menu.select('[aria-current="page"]')
    assert [link.get_text() for link in current] == ["News"]
    links = {link.get_text(): link for link in menu.select("a")}
    assert links["Slik arbeider vi"]["lang"] == "nn"  # not translated
    assert links["About the villages"].get("lang") is None
    assert links["About the villages"]["href"] == "/en/pages/side-0/"


def test_only_staff_see_the_way_to_the_admin(client):
    assert page(client, "/").select_one('.site-nav a[href="/admin/"]') is None
    client.force_login(User.objects.create_user("redaktor", is_staff=True))
    staff_menu = page(client, "/").select_one(".site-nav")
    assert staff_menu.find("a", string="Administrasjon")["href"] == "/admin/"


def test_the_footer_names_each_contact_with_a_way_to_call(client, english_too):
    footer_contact("Ingrid Haugland", phone="+47 555 00 110", position=0)
    footer_contact("Halvor Nyheim", role="other", mobile="+47 999 88 777", position=1)
    SiteContact.objects.filter(person__name="Halvor Nyheim").update(
        role_other="Kontaktperson for nye innbyggjarar"
    )
    footer_contact("Ikkje i botnen", position=2)
    SiteContact.objects.filter(person__name="Ikkje i botnen").update(in_footer=False)

    people = page(client, "/en/").select(".footer-contacts__person")

    assert [person.select_one(".footer-contacts__name").get_text() for person in people] == [
        "Ingrid Haugland",
        "Halvor Nyheim",
    ]
    ingrid, halvor = people
    assert ingrid.select_one("span + span").get_text() == "process leader"
    assert ingrid.select_one('a[href^="tel:"]')["href"] == "tel:+4755500110"
    assert ingrid.select_one('a[href^="mailto:"]').get_text() == "ingrid@example.org"
    role = halvor.select_one("span + span")
    assert role.get_text() == "Kontaktperson for nye innbyggjarar"
    assert role["lang"] == "nn"  # not translated
    # Without a phone number, the mobile.
    assert halvor.select_one('a[href^="tel:"]')["href"] == "tel:+4799988777"


def test_nothing_entered_for_the_frame_is_taken_for_markup(client):
    settings = SiteSettings.load()
    settings.site_name = HOSTILE
    settings.tagline = HOSTILE
    settings.footer_contact = "<p>Ring oss</p><script>alert(1)</script>"
    settings.save()
    menu_page(HOSTILE)
    footer_contact(HOSTILE, role="other", phone="+47 555 00 110")
    SiteContact.objects.update(role_other=HOSTILE)

    shown = page(client, "/")

    assert shown.find("script", string=lambda text: text and "alert" in text) is None
    assert shown.select_one(".site-name__title").get_text() == HOSTILE
    assert shown.select_one(".site-name__tagline").get_text() == HOSTILE
    assert HOSTILE in [link.get_text() for link in shown.select(".site-nav a")]
    assert shown.select_one(".footer-contacts__name").get_text() == HOSTILE
    assert shown.select_one(".footer-contacts__person span + span").get_text() == HOSTILE
    assert shown.select_one(".site-footer .rich-text").get_text() == "Ring oss"
    assert shown.select_one(".site-footer__about").get_text() == (
        f"{HOSTILE} viser alle dei lokale utviklingsprosjekta og kor dei står."
    )


def test_the_menu_and_the_footer_cost_one_query_each_however_many_pages_and_people():
    def queries():
        settings = SiteSettings.load()
        with translation.override("nn"), CaptureQueriesContext(connection) as captured:
            site_frame.site_header(settings, "projects:overview", False)
            site_frame.site_footer(settings)
        return len(captured)

    menu_page("Éin side")
    footer_contact("Éin person")
    few = queries()
    for number in range(1, 8):
        menu_page(f"Side {number}", position=number)
        footer_contact(f"Person {number}", role="other", position=number, mobile="+47 900 00 00")
    assert few == queries() == 2
