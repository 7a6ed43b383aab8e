"""A resident follows an area by email from its page, on a phone, in Chromium; a mistake
is shown at the field with what was typed kept; their own page works by keyboard."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from follows.links import manage_url
from follows.models import Follow, Follower
from projects.models import Area
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.pages import a_follow_link, demo_area_slug, load_demo


@pytest.fixture(autouse=True)
def english(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_resident_follows_an_area_from_its_page(new_page, site, monkeypatch, viewport):
    load_demo(monkeypatch)
    area = Area.objects.get(slug=demo_area_slug("lidal"))
    page = new_page(viewport)
    page.goto(site + area.get_absolute_url())

    link = page.get_by_role("link", name="Follow this area by email")
    assert link.bounding_box()["height"] >= 44
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Follow {area.name} by email")

    page.get_by_label("Your email address").fill("Kari@Example.org")
    page.get_by_label("Weekly digest: at most one email a week").check()
    page.get_by_role("button", name="Follow", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")
    follow = Follow.objects.get(area=area)
    assert follow.follower.email == "kari@example.org"
    assert follow.follower.frequency == "weekly" and follow.confirmed_at is None


def test_a_mistake_is_shown_at_the_field_and_what_was_typed_stays(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(PHONE)
    page.goto(site + "/follow/")

    page.get_by_label("Your email address").fill("kari at example.org")
    page.get_by_label("Daily digest: at most one email a day").check()
    page.get_by_role("button", name="Follow", exact=True).click()

    expect(page.locator("#id_email_error")).to_contain_text("name@example.org")
    expect(page.get_by_label("Your email address")).to_have_value("kari at example.org")
    expect(page.get_by_label("Daily digest: at most one email a day")).to_be_checked()
    # The summary above the form leads to the field.
    page.locator("#follow-errors a").click()
    expect(page.get_by_label("Your email address")).to_be_focused()
    assert not Follower.objects.exists()


def test_on_their_own_page_a_resident_stops_following_one_thing_by_keyboard(
    new_page, site, monkeypatch
):
    load_demo(monkeypatch)
    area = Area.objects.get(slug=demo_area_slug("lidal"))
    now = timezone.now()
    follower = Follower.objects.create(email="kari@example.org", confirmed_at=now)
    Follow.objects.create(follower=follower, area=area, confirmed_at=now)
    Follow.objects.create(follower=follower, confirmed_at=now)  # all news
    page = new_page(PHONE)
    page.goto(site + a_follow_link(manage_url(follower)))

    stop = page.get_by_role("button", name=f"Stop following {area.name}")
    stop.focus()
    page.keyboard.press("Enter")

    expect(page.locator(".messages")).to_contain_text(f"You no longer follow {area.name}")
    expect(page.locator(".follow-list a")).to_have_text(["All news on the site"])
    assert list(follower.follows.values_list("area", flat=True)) == [None]
