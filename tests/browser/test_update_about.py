"""The update form on a phone: choosing what the update is about shows only the field that
names it, and the project's status only for a project."""

from playwright.sync_api import expect

from tests.base import make_theme
from tests.browser.conftest import PHONE
from tests.browser.test_phone_update import log_in
from updates.models import StatusUpdate


def test_news_about_a_target_area_is_posted_with_only_its_fields_shown(new_page, site):
    theme = make_theme("Bustad")
    page = new_page(PHONE)
    log_in(page, site)
    page.goto(site + "/admin/updates/statusupdate/add/")

    # A project is the usual choice: its field and the status are shown.
    expect(page.locator(".form-row.field-project")).to_be_visible()
    expect(page.locator(".form-row.field-theme")).to_be_hidden()
    expect(page.locator("fieldset.status-fieldset")).to_be_visible()

    page.locator("input[name=about][value=theme]").check()
    expect(page.locator(".form-row.field-theme")).to_be_visible()
    expect(page.locator(".form-row.field-project")).to_be_hidden()
    expect(page.locator(".form-row.field-area")).to_be_hidden()
    expect(page.locator("fieldset.status-fieldset")).to_be_hidden()
    choice = page.locator("input[name=about][value=theme]").locator("xpath=ancestor::label")
    assert choice.bounding_box()["height"] >= 44

    page.locator(".field-theme .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("bus")
    page.get_by_role("option", name="Bustad").click()
    page.locator("#id_title").fill("Innsatsområda er fastsette")
    page.get_by_role("button", name="Lagre", exact=True).click()

    expect(page.locator(".messagelist")).to_be_visible()
    update = StatusUpdate.objects.get(title="Innsatsområda er fastsette")
    assert update.theme == theme and update.project is None and update.new_status == ""

    # Opened again, the form shows what it is about.
    page.goto(site + f"/admin/updates/statusupdate/{update.pk}/change/")
    expect(page.locator("input[name=about][value=theme]")).to_be_checked()
    expect(page.locator(".form-row.field-project")).to_be_hidden()
