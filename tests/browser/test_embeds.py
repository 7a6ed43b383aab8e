"""The municipality's main site (here: a page served from another origin) shows a project
card in a frame when its address is in the site settings, and the browser refuses the
frame to a site that is not listed. In the admin, the code to paste fits a phone and the
Copy button copies it."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from projects.models import SiteSettings
from tests.base import make_area, make_process_leader, make_project, make_project_image
from tests.browser.conftest import PHONE
from tests.browser.test_accessibility import violations
from tests.browser.test_admin_csp import log_in


@pytest.fixture
def other_site():
    """Starts a small web server of another origin (its own port) whose one page frames
    the given address; returns its origin."""
    servers = []

    def serving_a_page_that_frames(address):
        page = (
            '<!doctype html><html lang="nn"><head><meta charset="utf-8">'
            "<title>Lidal kommune</title></head><body><h1>Lidal kommune</h1>"
            f'<iframe src="{address}" title="Prosjekt" width="100%" height="400"></iframe>'
            "</body></html>"
        ).encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}"

    yield serving_a_page_that_frames
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def school():
    project = make_project("Ny skule i Lidal", status="ongoing", progress=40)
    make_project_image(project)
    return project


def allow_embedding_by(origin):
    site_settings = SiteSettings.load()
    site_settings.embed_origins = origin
    site_settings.save()


def card_address(site, project):
    return site + reverse("embeds:project", args=[project.slug])


def test_a_listed_site_shows_the_card_and_its_link_opens_the_project_in_the_whole_window(
    new_page, site, other_site, school
):
    main_site = other_site(card_address(site, school))
    allow_embedding_by(main_site)
    page = new_page(viewport=PHONE)
    console = []
    page.on("console", lambda message: console.append(message.text))

    page.goto(main_site)

    card = page.frame_locator("iframe")
    expect(card.get_by_role("heading", name="Ny skule i Lidal")).to_be_visible()
    expect(card.get_by_text("Framdrift: 40 %")).to_be_visible()
    card.get_by_role("link", name="Ny skule i Lidal").click()
    # The project's own page, in the whole window rather than inside the frame.
    page.wait_for_url(site + school.get_absolute_url())
    expect(page.get_by_role("heading", level=1, name="Ny skule i Lidal")).to_be_visible()
    assert not [text for text in console if "Content Security Policy" in text]


def test_a_site_not_listed_is_refused_the_frame_by_the_browser(new_page, site, other_site, school):
    allow_embedding_by("https://www.lidal.kommune.no")
    elsewhere = other_site(card_address(site, school))
    page = new_page(viewport=PHONE)

    with page.expect_console_message(lambda message: "frame-ancestors" in message.text):
        page.goto(elsewhere)

    expect(page.get_by_role("heading", name="Lidal kommune")).to_be_visible()
    (frame,) = page.main_frame.child_frames
    assert frame.locator(".embed-card").count() == 0
    assert "Ny skule i Lidal" not in frame.content()


def test_the_code_to_paste_fits_a_phone_and_is_copied_with_one_tap(new_page, site, school):
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    area = make_area("Lidal")
    school.areas.add(area)
    allow_embedding_by("https://www.lidal.kommune.no")
    page = new_page(viewport=PHONE)
    page.context.grant_permissions(["clipboard-write"], origin=site)
    log_in(page, site)

    page.goto(f"{site}/admin/projects/area/{area.pk}/change/")

    code = page.locator("textarea.embed-snippet__code")
    expect(code).to_be_visible()
    assert reverse("embeds:area", args=[area.slug]) in code.input_value()
    # Labelled, and no wider than the screen.
    label = page.locator(f"label[for='{code.get_attribute('id')}']")
    expect(page.get_by_label(label.inner_text())).to_have_count(1)
    box = code.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    copy = page.locator(".embed-snippet__copy")
    copy.click()
    expect(page.locator(".embed-snippet__status")).to_have_text(copy.get_attribute("data-copied"))
    assert violations(page) == []
