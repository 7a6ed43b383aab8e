"""The admin and its rich-text editor work under the site's strict Content Security Policy:
not one violation while the process leader writes, formats, links and saves. What the
policy does block reaches the log."""

import logging
import time

from playwright.sync_api import expect

from projects.models import Project
from tests.base import make_process_leader
from tests.browser.conftest import DESKTOP
from tests.browser.pages import load_demo

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => window.cspViolations.push(
  `${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}`
));
"""


def csp_problems(page, console):
    blocked = [text for text in console if "Content Security Policy" in text]
    return blocked + page.evaluate("window.cspViolations")


def log_in(page, site):
    page.goto(site + "/admin/")
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill("Fjord-og-fjell-2026")
    page.get_by_role("button", name="Logg inn").click()


def test_the_process_leader_writes_formats_links_and_saves_without_a_csp_violation(
    new_page, site, monkeypatch
):
    load_demo(monkeypatch)
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    page = new_page(DESKTOP)
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text))
    log_in(page, site)

    page.goto(site + "/admin/projects/project/")
    page.get_by_role("link", name="Lokal utviklingsplan for Berg").click()
    editor = page.locator(".ProseMirror >> visible=true").first
    menu = page.locator(".prose-menubar >> visible=true").first
    # Keys go to the editor only once its script has made it and labelled its toolbar.
    expect(menu.get_by_role("button", name="feit skrift")).to_be_visible()
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.type("Les planen")
    expect(editor).to_have_text("Les planen")
    page.keyboard.press("Shift+Home")
    # The editor reads the browser's selection a moment later: wait until it holds the words.
    editor.evaluate(
        "(element) => new Promise((done) => (function check() {"
        " const selection = element.editor.state.selection;"
        " selection.empty ? requestAnimationFrame(check) : done(); })())"
    )
    menu.get_by_role("button", name="feit skrift").click()  # the toolbar in Nynorsk
    expect(editor.locator("strong")).to_have_text("Les planen")  # still selected
    menu.get_by_role("button", name="set inn lenkje").click()
    dialog = page.locator("dialog.prose-editor-dialog[open]")
    dialog.locator("input[name=href]").fill("https://example.org/plan")
    dialog.locator("button[type=submit]").click()
    expect(editor.locator('a[href="https://example.org/plan"]')).to_have_text("Les planen")
    # The caret to the end, as a click there would put it (keys race the dialog's refocus).
    editor.evaluate("(element) => element.editor.commands.focus('end')")
    page.keyboard.press("Enter")
    menu.get_by_role("button", name="punktliste").click()
    page.keyboard.type("Eitt punkt")
    assert csp_problems(page, console) == []

    page.get_by_role("button", name="Lagre og hald fram å redigere").click()
    expect(page.locator(".messagelist")).to_be_visible()
    body = Project.objects.get(slug="utviklingsplan-berg").body
    assert '<a href="https://example.org/plan"' in body
    assert "Les planen</strong>" in body
    assert "<li><p>" in body
    assert "Eitt punkt" in body

    page.get_by_role("link", name="Legg ut ei statusoppdatering").click()
    page.locator("#id_title").fill("Planen er klar")
    page.locator(".ProseMirror >> visible=true").first.click()
    page.keyboard.type("Alle kan lese planen no.")
    page.get_by_role("button", name="Lagre", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Innbyggjarane ser ho på sida")

    page.goto(site + "/admin/two-step/")
    expect(page.locator("svg.two-step__qr")).to_be_visible()
    assert csp_problems(page, console) == []


def test_what_the_policy_blocks_is_reported_by_the_browser_and_logged(new_page, site, caplog):
    caplog.set_level(logging.WARNING, logger="framdrift.csp")
    page = new_page(DESKTOP)
    page.goto(site + "/tips/")
    # What an injected script would do: add a style the page's nonce does not cover.
    page.evaluate(
        """() => {
            const style = document.createElement("style");
            style.textContent = "body { display: none }";
            document.head.append(style);
        }"""
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        lines = [r.getMessage() for r in caplog.records if r.name == "framdrift.csp"]
        if lines:
            break
        page.wait_for_timeout(200)
    (line,) = lines
    assert line.startswith(f"CSP violation: style-src-elem blocked inline on {site}/tips/")
    expect(page.locator("body")).to_be_visible()
