"""The spreadsheet round trip in the browser: the export and import pages, the lines to
correct and the preview pass axe on a phone and a desktop, under the admin's CSP, and the
file's format is chosen from its name without the process leader picking it."""

import csv
import io

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.base import make_process_leader, make_project
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_accessibility import violations
from tests.browser.test_admin_csp import RECORD_VIOLATIONS, csp_problems, log_in
from tests.test_spreadsheet import nn, nn_status
from updates.models import StatusUpdate


def nn_plural(singular, plural, **params):
    (count,) = params.values()
    with translation.override("nn"):
        return translation.ngettext(singular, plural, count) % params


def csv_file(lines):
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=";", lineterminator="\r\n").writerows(lines)
    return {"name": "prosjekt.csv", "mimeType": "text/csv", "buffer": text.getvalue().encode()}


@pytest.mark.parametrize("screen", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_spreadsheet_pages_have_no_wcag_or_csp_violations(new_page, site, screen):
    school = make_project("Ny skule i Nedre Li", status="planned")
    path = make_project("Turveg langs elva", status="idea")
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    page = new_page(viewport=screen)
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text))
    log_in(page, site)
    found = {}

    page.goto(site + "/admin/projects/project/")
    page.get_by_role("link", name=nn("Export to spreadsheet")).click()
    # axe reads the page once it has arrived, not the one being left.
    expect(page.locator("h1")).to_have_text(nn("Export to a spreadsheet"))
    found["export"] = violations(page)
    page.get_by_label(nn("File format")).select_option(label="xlsx")
    with page.expect_download() as download:
        page.get_by_role("button", name=nn("Download")).click()
    assert download.value.suggested_filename.endswith(".xlsx")

    page.goto(site + "/admin/projects/project/")
    page.get_by_role("link", name=nn("Import from spreadsheet")).click()
    expect(page.locator("h1")).to_have_text(nn("Import from a spreadsheet"))
    found["import"] = violations(page)

    file_input = page.get_by_label(nn("Spreadsheet file"))
    file_input.set_input_files(csv_file([["ID", "Status"], [path.pk, "Tja"]]))
    # Chosen from the file's name by import-export's script.
    expect(page.get_by_label(nn("File format"))).to_have_value("0")
    page.get_by_role("button", name=nn("Show what will change")).click()
    expect(page.locator(".spreadsheet-problems li")).to_have_count(1)
    found["lines to correct"] = violations(page)

    page.get_by_label(nn("Spreadsheet file")).set_input_files(
        csv_file(
            [
                ["ID", "Status", "Progress (%)"],
                [school.pk, nn_status("ongoing"), "40"],
                [path.pk, nn_status("idea"), ""],
            ]
        )
    )
    page.get_by_role("button", name=nn("Show what will change")).click()
    expect(page.locator(".spreadsheet-preview tbody tr")).to_have_count(1)
    page.locator(".spreadsheet-unchanged summary").click()
    found["preview"] = violations(page)

    page.get_by_role(
        "button",
        name=nn_plural(
            "Post %(counter)s status update", "Post %(counter)s status updates", counter=1
        ),
    ).click()
    expect(page.locator(".messagelist")).to_contain_text(
        nn_plural("%(count)s status update posted.", "%(count)s status updates posted.", count=1)
    )
    assert StatusUpdate.objects.get().new_status == "ongoing"
    assert found == {name: [] for name in found}
    assert csp_problems(page, console) == []
