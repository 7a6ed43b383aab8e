"""Finding one's way on a project's page (issue 18), in the browser: on a 390 x 844 phone
the status is on the first screen and "On this page" jumps to each section, with or without
JavaScript; on a desktop the facts stand beside the text; on paper every folded update is
printed."""

import pytest
from playwright.sync_api import expect

from projects.models import Project
from tests.browser.conftest import DESKTOP
from tests.browser.pages import demo_slug, load_demo
from tests.browser.test_accessibility import violations

# The phone of the measurements.
PHONE_390 = {"width": 390, "height": 844}


def strategy_page_path():
    """The demo's longest page: the strategy with everything on it."""
    return Project.objects.get(slug=demo_slug("sosial-utviklingsstrategi")).get_absolute_url()


def heading_in_view(page, section_id, viewport):
    """Whether the heading of a section stands in the window, not under its top edge."""
    box = page.locator(f"#{section_id} h2").first.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]


@pytest.fixture
def strategy_page(site, monkeypatch):
    load_demo(monkeypatch)
    return site + strategy_page_path()


def test_on_a_phone_the_status_and_the_jump_links_come_first(new_page, strategy_page):
    page = new_page(PHONE_390, has_touch=True)
    page.goto(strategy_page)

    status = page.locator(".project__status").bounding_box()
    assert status["y"] + status["height"] <= PHONE_390["height"]
    nav = page.locator("nav.on-this-page")
    expect(nav).to_be_visible()
    expect(nav).to_have_accessible_name(page.locator("#on-this-page-title").inner_text())
    # Every jump link finds its section.
    targets = nav.locator("a").evaluate_all("links => links.map(a => a.hash.slice(1))")
    assert "contacts" in targets and "tips" in targets
    assert page.evaluate("ids => ids.filter(id => !document.getElementById(id))", targets) == []
    # The facts and contacts before the text; the tip form last of all.
    order = page.evaluate(
        """() => ['facts', 'contacts', 'about', 'update-list', 'tips']
            .map(id => document.getElementById(id).getBoundingClientRect().top)"""
    )
    assert order == sorted(order)
    assert violations(page) == []
    # Dark mode has colours of its own: the jump links' box and the folds too.
    dark = new_page(PHONE_390, color_scheme="dark")
    dark.goto(strategy_page)
    assert violations(dark) == []


def test_tapping_a_jump_link_on_a_phone_brings_its_section_into_view(new_page, strategy_page):
    page = new_page(PHONE_390, has_touch=True)
    for target in ["contacts", "tips"]:
        page.goto(strategy_page)
        assert not heading_in_view(page, target, PHONE_390)

        page.locator(f".on-this-page a[href='#{target}']").tap()

        page.wait_for_url(f"**#{target}")
        expect(page.locator(f"#{target} h2").first).to_be_in_viewport()
        assert heading_in_view(page, target, PHONE_390), target


def test_the_jump_links_and_the_fold_work_without_javascript(new_page, strategy_page):
    page = new_page(PHONE_390, java_script_enabled=False)
    page.goto(strategy_page)

    page.locator(".on-this-page a[href='#update-list']").click()
    page.wait_for_url("**#update-list")
    assert heading_in_view(page, "update-list", PHONE_390)

    fold = page.locator("#update-list details.fold")
    older = fold.locator(".update")
    expect(older.first).to_be_hidden()
    fold.locator("summary").click()
    expect(older.first).to_be_visible()

    # The timeline links to every update: a link to a folded one opens the fold.
    page.goto(strategy_page)
    oldest = older.last
    expect(oldest).to_be_hidden()
    page.locator(f".timeline a[href='#{oldest.get_attribute('id')}']").click()
    expect(oldest).to_be_visible()
    expect(oldest).to_be_in_viewport()


def test_on_a_desktop_the_facts_and_contacts_stand_beside_the_text(new_page, strategy_page):
    page = new_page(DESKTOP)
    page.goto(strategy_page)

    text = page.locator(".project__main").bounding_box()
    facts = page.locator("#facts").bounding_box()
    contacts = page.locator("#contacts").bounding_box()
    # Side by side: the facts column right of the text, both starting at the same height.
    assert facts["x"] >= text["x"] + text["width"]
    assert abs(facts["y"] - text["y"]) < 50
    assert contacts["x"] == facts["x"] and contacts["y"] > facts["y"]
    assert contacts["y"] < text["y"] + text["height"]
    assert violations(page) == []


def test_on_paper_every_update_is_printed_without_the_jump_links(new_page, strategy_page):
    page = new_page(PHONE_390)
    page.goto(strategy_page)
    folded = page.locator("#update-list details.fold .update")
    assert folded.count() > 0
    expect(folded.first).to_be_hidden()

    page.emulate_media(media="print")

    assert all(update.is_visible() for update in folded.all())
    expect(page.locator("#update-list details.fold summary")).to_be_hidden()
    expect(page.locator(".on-this-page")).to_be_hidden()
    # Where the browser cannot open a fold with CSS, the script opens it before printing.
    page.emulate_media(media="screen")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("#update-list details.fold").evaluate("details => details.open")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not page.locator("#update-list details.fold").evaluate("details => details.open")
