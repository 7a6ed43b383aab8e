"""A project's timeline, funding and own links in the browser: readable and accessible on a
phone and in dark mode, nothing loaded from another site, and kept on paper. In the admin,
a video's still picture without alt text: the error beside the field, the still kept."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from projects.models import Funding, Milestone, ProjectLink
from tests.base import jpeg_file, make_phase, make_project, make_update, upload
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_accessibility import violations
from tests.browser.test_kept_photos import log_in, scroll_down_to, within_width
from tests.browser.test_layout import overflow


def project_with_a_plan():
    project = make_project("Flytt hit", slug="flytt-hit")
    make_phase(project, name="Forprosjekt", starts_on=date(2016, 1, 1), ends_on=date(2017, 6, 30))
    make_phase(project, name="Kampanjen", starts_on=date(2018, 1, 1))
    today = timezone.localdate()
    Milestone.objects.create(
        project=project,
        title="Vedteke i kommunestyret",
        happened_on=date(2017, 10, 19),
        case_number="2017/1234",
        case_url="https://einnsyn.no/sak/2017-1234",
    )
    Milestone.objects.create(
        project=project,
        title="Ut på høyring",
        kind="consultation",
        planned_on=today - timedelta(days=3),
        until=today + timedelta(days=30),
    )
    make_update(project, title="Kampanjen er i gang", published_at=timezone.now())
    Funding.objects.create(
        project=project,
        source="Kommunal- og distriktsdepartementet",
        kind="state",
        amount=Decimal("1200000"),
        from_year=2024,
        to_year=2026,
    )
    Funding.objects.create(
        project=project, source="Interreg", kind="eu", amount=Decimal("50000.5"), currency="EUR"
    )
    ProjectLink.objects.create(project=project, title="flytthit.no", url="https://www.flytthit.no/")
    ProjectLink.objects.create(
        project=project,
        kind="video",
        title="Flytt hit! Filmen om bygda",
        url="https://www.youtube.com/watch?v=abc123",
        still=upload("still.jpg", width=1280, height=720),
        still_alt_text="Ei familie ber flyttekassar inn i eit raudt hus",
    )
    return project


SCREENS = {
    "phone": {"viewport": PHONE},
    "phone in dark mode": {"viewport": PHONE, "color_scheme": "dark"},
    "desktop": {"viewport": DESKTOP},
}


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_plan_reads_well_and_passes_axe_on_every_screen(new_page, site, screen):
    project = project_with_a_plan()
    page = new_page(**screen)

    for path in [project.get_absolute_url(), reverse("projects:funding")]:
        page.goto(site + path)
        assert page.locator("h1").count() == 1
        assert violations(page) == []
        assert overflow(page) == {"scroll": 0, "wide": []}
    page.goto(site + project.get_absolute_url())
    still = page.locator(".project-link__still")
    expect(still).to_be_visible()
    # Loaded lazily: the links stand far down a phone's page, below the facts (issue 18).
    still.scroll_into_view_if_needed()
    page.wait_for_function(
        "image => image.complete && image.naturalWidth === 1280", arg=still.element_handle()
    )
    # The still is drawn small, and nothing from another site is loaded or embedded.
    assert still.bounding_box()["width"] <= 330
    assert page.foreign_requests == []
    assert page.locator("iframe, embed, object, video").count() == 0


def test_the_timeline_funding_and_links_are_kept_on_paper(page, site):
    project = project_with_a_plan()
    page.goto(site + project.get_absolute_url())
    page.emulate_media(media="print")

    for selector in [".timeline", ".project__funding table", ".project-links"]:
        expect(page.locator(selector)).to_be_visible()
    expect(page.locator(".timeline__entry")).to_have_count(5)
    expect(page.locator(".timeline__deadline--open")).to_be_visible()
    expect(page.locator(".project-link__still")).to_be_hidden()
    # Paper cannot be clicked: the case and the links print where they go.
    printed = page.evaluate(
        """() => [...document.querySelectorAll('.timeline__case a, .project-link a')]
            .map(a => getComputedStyle(a, '::after').content)"""
    )
    assert any("einnsyn.no/sak/2017-1234" in address for address in printed)
    assert any("youtube.com" in address for address in printed)
    assert page.pdf(format="A4").startswith(b"%PDF")

    page.goto(site + reverse("projects:funding"))
    page.emulate_media(media="print")
    expect(page.locator("table.money-table")).to_have_count(2)
    assert all(table.is_visible() for table in page.locator("table.money-table").all())


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_still_without_alt_text_is_kept_and_the_error_is_beside_the_field(
    new_page, site, tmp_path, viewport
):
    project = make_project()
    page = new_page(viewport)
    log_in(page, site)
    page.goto(site + f"/admin/projects/project/{project.pk}/change/")
    group = page.locator("#links-group")
    group.locator(".add-row a").click()
    page.locator("#id_links-0-kind").select_option("video")
    page.locator("#id_links-0-title").fill("Flytt hit! Filmen")
    page.locator("#id_links-0-url").fill("https://www.youtube.com/watch?v=abc123")
    still = jpeg_file(tmp_path, "still.jpg", width=640, height=360, color=(40, 90, 160))
    page.locator("#id_links-0-still").set_input_files(still)
    page.locator("input[name=_continue]").click()

    error = page.locator("#id_links-0-still_alt_text_error")
    scroll_down_to(page, error)
    expect(error).to_be_visible()
    alt_text = page.locator("#id_links-0-still_alt_text")
    error_box, field_box = error.bounding_box(), alt_text.bounding_box()
    assert within_width(error_box, viewport["width"]) and within_width(field_box, viewport["width"])
    assert 0 <= field_box["y"] - (error_box["y"] + error_box["height"]) < 40
    expect(page.locator("#links-0 .kept-upload")).to_contain_text("still.jpg")
    expect(page.locator("#id_links-0-title")).to_have_value("Flytt hit! Filmen")
    assert violations(page) == []

    alt_text.fill("Ei familie framfor eit raudt hus")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    link = project.links.get()
    assert link.still and link.still_alt_text == "Ei familie framfor eit raudt hus"
