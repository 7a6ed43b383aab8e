"""Pages of their own in a browser: reached from the menu on a phone, printed without the site
around them; a steering group's members with their terms and portraits fit a laptop."""

from datetime import date

from playwright.sync_api import expect

from contacts.models import GroupMember, SteeringGroup
from pages.models import Page
from tests.base import make_process_leader, upload
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_accessibility import violations
from tests.browser.test_admin_csp import log_in


def make_method_page():
    page = Page.objects.create(
        title="Slik arbeider vi",
        slug="slik-arbeider-vi",
        summary="Metoden vår i fire steg.",
        body='<p>Vi startar med eit bygdemøte. Les <a href="https://example.org/metode">'
        "heile metoden</a>.</p>",
        in_menu=True,
        is_published=True,
    )
    Page.objects.create(title="Steg 1: Bygdemøtet", slug="steg-1", parent=page, is_published=True)
    return page


def test_a_page_in_the_menu_is_reached_on_a_phone(new_page, site):
    make_method_page()
    page = new_page(PHONE)
    page.goto(site + "/")

    page.locator(".site-nav").get_by_role("link", name="Slik arbeider vi").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Slik arbeider vi")
    expect(page.get_by_role("link", name="Steg 1: Bygdemøtet")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert violations(page) == []


def test_a_printed_page_keeps_its_text_without_the_menu(page, site):
    method = make_method_page()
    page.goto(site + method.get_absolute_url())
    page.emulate_media(media="print")

    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".free-page__body")).to_contain_text("Vi startar med eit bygdemøte.")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".breadcrumbs").is_visible()
    assert not page.locator(".site-footer").is_visible()
    # Paper cannot be clicked: links print where they go.
    printed = page.evaluate(
        """() => [...document.querySelectorAll('.rich-text a, .page-list a')]
            .map(a => getComputedStyle(a, '::after').content)"""
    )
    assert printed and all("/" in address for address in printed)
    assert page.pdf(format="A4").startswith(b"%PDF")


def test_members_with_terms_and_portraits_are_cards_that_fit_a_laptop(new_page, site):
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    group = SteeringGroup.objects.create(name="Styringsgruppa for Berg", slug="berg")
    for index in range(3):
        GroupMember.objects.create(
            group=group,
            name=f"Medlem {index}",
            role="other" if index else "chair",
            role_other="kasserar" if index else "",
            represents="Næringslivet i Berg",
            term_starts_on=date(2024, 1, 1),
            term_ends_on=date(2027, 12, 31),
            portrait=upload(f"m{index}.jpg"),
            position=index,
        )
    page = new_page(DESKTOP)
    log_in(page, site)

    page.goto(f"{site}/admin/contacts/steeringgroup/{group.pk}/change/")

    assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]
    expect(page.locator("#id_members-1-role_other")).to_have_value("kasserar")
    expect(page.locator("#members-group img.framdrift-thumbnail")).to_have_count(3)
    # Each field of a card is named by a label the eye sees, above it.
    label = page.locator("label[for=id_members-0-term_ends_on]")
    expect(label).to_be_visible()
    field = page.locator("#id_members-0-term_ends_on")
    assert label.bounding_box()["y"] < field.bounding_box()["y"]
    assert violations(page) == []
