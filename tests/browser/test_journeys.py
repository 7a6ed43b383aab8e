"""What residents and the process leader do, in a real browser, on a phone and a desktop."""

import pytest
from playwright.sync_api import expect

from tests.base import jpeg_file, make_process_leader
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.pages import load_demo

VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])


@VIEWPORTS
def test_a_resident_finds_a_project_its_news_and_whom_to_call(
    new_page, site, monkeypatch, viewport
):
    load_demo(monkeypatch)
    page = new_page(viewport)
    page.goto(site + "/")

    title = "Lokal utviklingsplan for Nedre Li"
    page.locator("article.card").filter(has_text=title).get_by_role("link", name=title).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert page.locator(".project__status").inner_text().startswith("I gang")
    updates = page.locator(".update__title").all_inner_texts()
    assert updates[0] == "Byggjestart for utleigebustadene"  # the newest first
    assert page.get_by_role("link", name="sunniva.lie@example.org").get_attribute("href") == (
        "mailto:sunniva.lie@example.org"
    )
    assert (
        page.get_by_role("link", name="+47 555 94 567").get_attribute("href") == "tel:+4755594567"
    )


def focused(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                tag: el.tagName, role: el.getAttribute('role'),
                text: (el.innerText || el.getAttribute('aria-label') || '').trim(),
                inFooter: !!el.closest('footer.site-footer'),
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                visible: el.getBoundingClientRect().width > 0,
            };
        }"""
    )


@VIEWPORTS
def test_the_overview_and_a_project_work_by_keyboard_alone(new_page, site, monkeypatch, viewport):
    load_demo(monkeypatch)
    page = new_page(viewport)
    for path in ["/", "/prosjekt/sosial-utviklingsstrategi/"]:
        page.goto(site + path)

        page.keyboard.press("Tab")
        first = focused(page)
        assert first["text"] == "Gå til hovudinnhaldet" and first["visible"] and first["outline"]
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"

        seen = []
        for _ in range(400):  # more stops than any page has: a trap would never reach the end
            page.keyboard.press("Tab")
            stop = focused(page)
            assert stop["outline"], f"no visible focus on {stop}"
            seen.append(stop)
            if stop["inFooter"]:
                break
        assert seen[-1]["inFooter"], "keyboard focus never reached the footer"
        # Controls (a folded part's summary among them), and tables that scroll sideways
        # on their own (a named region).
        assert all(
            stop["tag"] in {"A", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "SUMMARY"}
            or stop["role"] == "region"
            for stop in seen
        )


@VIEWPORTS
def test_the_keyboard_order_follows_the_reading_order(new_page, site, monkeypatch, viewport):
    load_demo(monkeypatch)
    page = new_page(viewport)
    page.goto(site + "/")
    tops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        tops.append(page.evaluate("document.activeElement.getBoundingClientRect().top + scrollY"))
    main_stops = tops[3:]  # after the skip link, the site name and the menu
    assert main_stops == sorted(main_stops)


@VIEWPORTS
def test_the_process_leader_posts_an_update_with_a_photo_and_residents_see_it(
    new_page, site, monkeypatch, tmp_path, viewport
):
    load_demo(monkeypatch)
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    page = new_page(viewport)

    page.goto(site + "/admin/")
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill("Fjord-og-fjell-2026")
    page.get_by_role("button", name="Logg inn").click()
    page.goto(site + "/admin/projects/project/")
    page.get_by_role("link", name="Lokal utviklingsplan for Berg").click()
    page.get_by_role("link", name="Legg ut ei statusoppdatering").click()
    page.locator("#id_title").fill("Spørjeundersøkinga er sendt ut")
    page.locator(".ProseMirror >> visible=true").first.click()
    page.keyboard.type("Alle husstandar har fått undersøkinga i posten.")
    page.get_by_role("radio", name="I gang").check()
    page.locator("#id_images-0-image").set_input_files(
        jpeg_file(tmp_path, "dugnad.jpg", width=900, height=600, color=(40, 120, 90))
    )
    page.locator("#id_images-0-alt_text").fill("Raud postkasse ved bygdevegen")
    page.get_by_role("button", name="Lagre", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Innbyggjarane ser ho på sida")

    resident = new_page(PHONE)
    resident.goto(site + "/prosjekt/utviklingsplan-berg/")
    newest = resident.locator(".update").first
    assert newest.locator(".update__title").inner_text() == "Spørjeundersøkinga er sendt ut"
    assert "Alle husstandar" in newest.inner_text()
    assert newest.locator("img").get_attribute("alt") == "Raud postkasse ved bygdevegen"
    assert resident.locator(".project__status").inner_text().startswith("I gang")
