"""Tables in rich text and key figures with several series, in a browser: the process leader
inserts a table with the editor under the admin's Content Security Policy; on a phone a wide
table scrolls inside its own region, never the page; the page passes axe, and on paper the
table and the chart are printed whole."""

from datetime import date
from decimal import Decimal

from axe_playwright_python.sync_playwright import Axe
from django.utils import translation
from playwright.sync_api import expect

from figures.models import Indicator, Line, Measurement
from projects.models import Project
from tests.base import make_project
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_accessibility import WCAG_AA
from tests.browser.test_admin_editor import csp_problems, open_admin

WIDE_TABLE = (
    "<p>Tabell 1: Folketal i kommunane 2008-2024</p><table><tbody>"
    "<tr><th><p>Kommune</p></th>"
    + "".join(f"<th><p>{year}</p></th>" for year in range(2008, 2025, 2))
    + "</tr>"
    + "".join(
        f"<tr><td><p>{name}</p></td>"
        + "".join(f"<td><p>{2300 + year}</p></td>" for year in range(9))
        + "</tr>"
        for name in ["Lidal", "Vik", "Fjordane"]
    )
    + "</tbody></table><p>Talet har gått ned.</p>"
)


def test_the_process_leader_inserts_a_table_with_a_header_row(new_page, site):
    project = make_project("Ny skule i Nedre Li")
    page = open_admin(new_page, site, DESKTOP)
    page.goto(site + f"/admin/projects/project/{project.pk}/change/")
    editor = page.locator(".ProseMirror[contenteditable] >> visible=true").first
    expect(editor).to_be_visible()
    editor.click()
    page.keyboard.press("End")

    page.locator(".prose-menubar__button", has_text="grid_on").first.click()
    dialog = page.locator("dialog[open]")
    expect(dialog).to_be_visible()
    dialog.locator("select").select_option("Yes")
    dialog.locator("button[type=submit], input[type=submit]").first.click()
    table = editor.locator("table")
    expect(table).to_be_visible()
    editor.locator("th").first.click()
    page.keyboard.type("År")
    page.get_by_role("button", name="Lagre og hald fram å redigere").click()
    expect(page.locator(".messagelist")).to_be_visible()

    body = Project.objects.get(pk=project.pk).body
    assert "<table>" in body and "<th><p>År</p></th>" in body and "style" not in body
    assert csp_problems(page) == []


def make_figure_with_series(project):
    indicator = Indicator.objects.create(
        project=project,
        name="Folketal",
        unit="innbyggjarar",
        source="Panda/Østlandsforskning",
        source_url="https://www.example.org/panda",
        index_base_year=2008,
        about="<p>Indeks, 2008 = 100.</p>",
    )
    projection = Line.objects.create(indicator=indicator, name="Prognose", kind="projected")
    neighbour = Line.objects.create(indicator=indicator, name="Vik kommune", position=1)
    for year, values in enumerate([(100, None, 100), (97, 99, 103), (95, 98, 104)]):
        day = date(2008 + 8 * year, 12, 31)
        for line, value in zip([None, projection, neighbour], values, strict=True):
            if value is not None:
                Measurement.objects.create(
                    indicator=indicator, line=line, measured_on=day, value=Decimal(value)
                )


def test_on_a_phone_a_wide_table_scrolls_in_its_region_and_the_page_passes_axe(new_page, site):
    project = make_project("Heim til fjorden", body=WIDE_TABLE)
    make_figure_with_series(project)
    for screen in [{"viewport": PHONE}, {"viewport": PHONE, "color_scheme": "dark"}]:
        page = new_page(**screen)
        page.goto(site + project.get_absolute_url())

        region = page.locator(".rich-text .rich-table")
        expect(region).to_have_attribute("aria-label", "Tabell 1: Folketal i kommunane 2008-2024")
        sizes = region.evaluate("(e) => [e.scrollWidth, e.clientWidth]")
        assert sizes[0] > sizes[1]  # wider than the phone: it scrolls here ...
        page_width = page.evaluate("document.documentElement.scrollWidth")
        assert page_width <= PHONE["width"]  # ... and the page does not
        region.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("(e) => e.scrollLeft > 0", arg=region.element_handle())

        found = Axe().run(page, options=WCAG_AA).response["violations"]
        assert [violation["id"] for violation in found] == []


def test_on_paper_the_table_and_the_chart_are_printed_whole(new_page, site):
    project = make_project("Heim til fjorden", body=WIDE_TABLE)
    make_figure_with_series(project)
    page = new_page(PHONE)
    page.goto(site + project.get_absolute_url())
    page.emulate_media(media="print")

    region = page.locator(".rich-text .rich-table")
    # No part of the table is hidden behind a scroll bar on paper.
    assert region.evaluate("(e) => getComputedStyle(e).overflowX") == "visible"
    numbers = page.locator(".indicator__numbers")
    assert numbers.evaluate("(e) => getComputedStyle(e).overflowX") == "visible"
    expect(page.locator(".figure-chart")).to_be_visible()
    printed = page.locator(".indicator__source a").evaluate(
        "(e) => getComputedStyle(e, '::after').content"
    )
    assert "https://www.example.org/panda" in printed
    assert page.locator(".figure-chart .figure-chart__series").count() == 3


def test_the_key_figures_form_with_its_series_passes_axe(new_page, site):
    project = make_project("Heim til fjorden")
    make_figure_with_series(project)
    indicator = Indicator.objects.get()
    page = open_admin(new_page, site, PHONE)
    for viewport in [PHONE, DESKTOP]:
        page.set_viewport_size(viewport)
        page.goto(site + f"/admin/figures/indicator/{indicator.pk}/change/")
        series = page.locator("select[name$='-line']").first
        with translation.override("nn"):
            main = translation.gettext("Main series")
        expect(series.locator("option")).to_have_text([main, "Prognose", "Vik kommune"])
        found = Axe().run(page, options=WCAG_AA).response["violations"]
        assert [violation["id"] for violation in found] == []
    assert csp_problems(page) == []
