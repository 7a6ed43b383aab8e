"""The site's header and footer, on every public page: the menu (with the free pages put
in it) and the footer's contact persons.

Made the short way, as the cards are (projects/cards.py): the menu pages and the footer's
contacts are read as plain values, and both are rendered by Jinja2
(templates/jinja2/includes/). Each is kept as a fragment (base.html); made afresh, Django's
template language and the model objects took some 3 ms each of every page.
"""

from dataclasses import dataclass

from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from config.addresses import address_of
from config.jinja2_pieces import rendered
from config.prepared import Prepared
from config.stand_ins import stand_in
from contacts.models import ContactPerson, SiteContact
from pages.models import Page

from .models import columns_in_page_language, text_in_page_language, untranslated_language
from .rich_html import rich_html


@dataclass(frozen=True, slots=True)
class MenuPage:
    title: str
    title_language: str  # the site's language where the title is not translated, else ""
    url: str


@dataclass(frozen=True, slots=True)
class FooterContact:
    name: str
    role: str
    role_language: str
    phone: str
    phone_href: str
    email: str


# The header's and the footer's queries, on every page made afresh: prepared.
_menu_rows = Prepared(
    lambda: Page.objects.in_menu().values(
        "slug", *columns_in_page_language(get_language(), "title")
    )
)
_footer_rows = Prepared(
    lambda: SiteContact.objects.filter(in_footer=True).values(
        "role",
        *columns_in_page_language(get_language(), "role_other"),
        "person__name",
        "person__phone",
        "person__mobile",
        "person__email",
    )
)


def menu_pages():
    """The free pages put in the menu (Page.objects.in_menu), in their order."""
    language = get_language()
    rows = _menu_rows()
    return [
        MenuPage(
            *text_in_page_language(row, "title", language), address_of("pages:page", row["slug"])
        )
        for row in rows
    ]


def footer_contacts():
    """The contact persons the footer names, in their order: a phone number (else a
    mobile) and an e-mail address for each."""
    language = get_language()
    rows = _footer_rows()
    contacts = []
    for row in rows:
        # The role as SiteContact.role_name says it, from the values alone.
        role = stand_in(
            SiteContact,
            {
                "role": row["role"],
                **{name: row[name] for name in columns_in_page_language(language, "role_other")},
            },
        )
        phone = row["person__phone"] or row["person__mobile"]
        contacts.append(
            FooterContact(
                name=row["person__name"],
                role=role.role_name,
                # As the shown_in tag marks it: only a role of its own is a text.
                role_language=untranslated_language(role, "role_other")
                if row["role"] == "other"
                else "",
                phone=phone,
                phone_href=ContactPerson.tel_href(phone),
                email=row["person__email"],
            )
        )
    return contacts


def site_header(site_settings, here, is_staff):
    """The header's HTML: here is the view name of the page (its menu item is marked as
    the current page), is_staff adds the link to the admin."""
    return rendered(
        "includes/header.html",
        {
            "site_settings": site_settings,
            "site_mark": site_mark(site_settings),
            "menu_pages": menu_pages(),
            "here": here,
            "is_staff": is_staff,
            "url": address_of,
        },
    )


def site_mark(site_settings):
    """The site's logo or mark, as the admin shows it too (includes/_site_mark.html)."""
    return get_template("includes/_site_mark.html").render({"site_settings": site_settings})


def site_footer(site_settings):
    return rendered(
        "includes/footer.html",
        {
            "site_settings": site_settings,
            "footer_contact": mark_safe(rich_html(site_settings, "footer_contact")),
            "footer_contact_language": untranslated_language(site_settings, "footer_contact"),
            "contacts": footer_contacts(),
            "url": address_of,
        },
    )
