"""An object's History page in the browser: no WCAG or CSP violation on a phone, in dark
mode or on a desktop, nothing wider than the phone, and "Undo this change" works."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from history import record
from projects.models import Project
from tests.base import make_process_leader, make_project
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_accessibility import violations
from tests.browser.test_admin_csp import RECORD_VIOLATIONS, csp_problems, log_in

SCREENS = {
    "phone": {"viewport": PHONE},
    "phone in dark mode": {"viewport": PHONE, "color_scheme": "dark"},
    "desktop": {"viewport": DESKTOP},
}


def nn(text):
    with translation.override("nn"):
        return translation.gettext(text)


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_history_page_passes_axe_fits_a_phone_and_undoes_a_change(new_page, site, screen):
    kari = make_process_leader("kari", password="Fjord-og-fjell-2026")
    project = make_project(
        "Ny skule i Nedre Li", body="<p>Kommunen byggjer ein skule for 200 elevar.</p>"
    )
    with record(kari):
        project.title = "Ny skule og fleirbrukshall i Nedre Li"
        project.body = "<p>Kommunen byggjer ein skule for 250 elevar, og ein hall.</p>"
        project.progress = 40
        project.save()
    page = new_page(**screen)
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text))
    log_in(page, site)

    page.goto(f"{site}/admin/projects/project/{project.pk}/history/")

    expect(page.locator("table.history-changes del").first).to_have_text("Ny skule i Nedre Li")
    assert violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= screen["viewport"]["width"]
    page.get_by_role("button", name=nn("Undo this change")).first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert violations(page) == []
    assert csp_problems(page, console) == []
    assert Project.objects.get().title == "Ny skule i Nedre Li"
