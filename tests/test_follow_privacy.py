"""What is kept about followers, for how long, and who sees it: unconfirmed sign-ups are
forgotten, the process leader sees numbers and never addresses, and a resident's data is
exported or erased on request, as for tips."""

import json
from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from follows.housekeeping import forget_unconfirmed
from follows.models import Follow, Follower
from tests.base import make_area, make_process_leader, make_project, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(settings):
    settings.LANGUAGE_CODE = "en"


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def follower(email, *subjects, confirmed=True):
    now = timezone.now() if confirmed else None
    person = Follower.objects.create(email=email, confirmed_at=now)
    for subject in subjects:
        kind = {"Project": "project", "Area": "area", "Theme": "theme"}[type(subject).__name__]
        Follow.objects.create(follower=person, confirmed_at=now, **{kind: subject})
    return person


def column(page, name):
    """The texts of one column of an admin list, by its field name."""
    return [cell.get_text(strip=True) for cell in page.select(f".field-{name}")]


# Kept only while following


def test_sign_ups_never_confirmed_are_forgotten_after_a_few_days(settings):
    school = make_project("New school", slug="new-school")
    signed_up = timezone.now()
    with time_machine.travel(signed_up):
        follower("never@example.org", school, confirmed=False)
        kept = follower("kari@example.org", school)
        asked_later = Follow.objects.create(follower=kept)  # all news, never confirmed

    with time_machine.travel(signed_up + timedelta(days=4, hours=23)):
        assert forget_unconfirmed() == 0
        follower("recent@example.org", school, confirmed=False)
    with time_machine.travel(signed_up + timedelta(days=5, minutes=1)):
        assert forget_unconfirmed() == 3  # an address with its follow, and one follow

    assert sorted(Follower.objects.values_list("email", flat=True)) == [
        "kari@example.org",
        "recent@example.org",
    ]
    assert not Follow.objects.filter(pk=asked_later.pk).exists()
    assert kept.follows.get().project == school


def test_an_address_left_following_only_what_it_never_confirmed_is_forgotten_with_it():
    school = make_project(slug="ny-skule")
    signed_up = timezone.now()
    with time_machine.travel(signed_up):
        kari = follower("kari@example.org", school)
        Follow.objects.create(follower=kari)  # all news, asked for later, never confirmed
    kari.follows.filter(project=school).delete()  # she removed the one she confirmed

    with time_machine.travel(signed_up + timedelta(days=5, minutes=1)):
        forget_unconfirmed()

    assert not Follower.objects.filter(email="kari@example.org").exists()


def test_the_privacy_page_says_what_is_kept_for_followers_and_for_how_long(client, settings):
    settings.FOLLOW_FORGET_UNCONFIRMED_DAYS = 4
    section = soup(client.get(reverse("tips:privacy"))).find(
        "section", attrs={"aria-labelledby": "following-title"}
    )
    text = section.get_text(" ", strip=True)
    assert "your email address, what you follow, how often" in text
    assert "only while you follow something" in text
    assert "never confirmed is deleted after 4 days" in text
    assert "stop all emails with one click" in text


# Numbers for the process leader, addresses only with the permission


def test_the_process_leader_sees_how_many_follow_each_project_but_never_who(client):
    school = make_project("New school", slug="new-school")
    hall = make_project("Village hall", slug="village-hall")
    follower("kari@example.org", school, hall)
    follower("ola@example.org", school)
    follower("unconfirmed@example.org", school, confirmed=False)
    waiting = follower("per@example.org", hall)
    waiting.follows.update(confirmed_at=None)  # a follow whose own link was not used
    client.force_login(make_process_leader())

    response = client.get(reverse("admin:projects_project_changelist") + "?o=1")
    page = soup(response)
    assert column(page, "title") == ["New school", "Village hall"]
    assert column(page, "follower_count") == ["2", "1"]
    assert "example.org" not in response.text
    assert client.get(reverse("admin:follows_follower_changelist")).status_code == 403
    assert "follows/follower" not in client.get(reverse("admin:index")).text


def test_the_counts_cost_no_query_per_project(client):
    client.force_login(make_process_leader())
    url = reverse("admin:projects_project_changelist")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    for number in range(2):
        follower(f"p{number}@example.org", make_project(f"Project {number}"))
    few = queries()
    for number in range(2, 14):
        follower(f"p{number}@example.org", make_project(f"Project {number}"))
    assert queries() == few


def test_areas_and_target_areas_show_their_number_of_followers_too(client):
    area = make_area("Nedre Li")
    theme = make_theme("Attractive villages")
    follower("kari@example.org", area, theme)
    follower("ola@example.org", area)
    client.force_login(make_process_leader())

    areas = soup(client.get(reverse("admin:projects_area_changelist")))
    assert column(areas, "follower_count") == ["2"]
    themes = soup(client.get(reverse("admin:projects_theme_changelist")))
    assert column(themes, "follower_count") == ["1"]


# Export and erase, for those allowed to see addresses


@pytest.fixture
def privacy_officer(client):
    """A process leader who has also been given the followers' permissions."""
    user = make_process_leader("personvern")
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="follows",
            codename__in=["view_follower", "delete_follower"],
        )
    )
    client.force_login(User.objects.get(pk=user.pk))
    return user


def test_with_the_permission_one_finds_an_address_and_exports_what_is_kept(client, privacy_officer):
    school = make_project("New school", slug="new-school")
    kari = follower("kari@example.org", school, make_area("Nedre Li"))
    follower("ola@example.org", school)

    found = soup(client.get(reverse("admin:follows_follower_changelist") + "?q=kari"))
    assert column(found, "email") == ["kari@example.org"]
    assert column(found, "follow_count") == ["2"]

    export = client.post(
        reverse("admin:follows_follower_changelist"),
        {"action": "export_personal_data", "_selected_action": [kari.pk]},
    )
    assert export["Content-Disposition"] == 'attachment; filename="follower-data.json"'
    [data] = json.loads(export.content)["followers"]
    assert data["email"] == "kari@example.org"
    assert sorted(item["follows"] for item in data["follows"]) == ["Nedre Li", "New school"]
    assert data["confirmed"]


def test_erasing_an_address_asks_first_then_deletes_it_and_all_it_follows(client, privacy_officer):
    school = make_project("New school", slug="new-school")
    kari = follower("kari@example.org", school)
    ola = follower("ola@example.org", school)
    changelist = reverse("admin:follows_follower_changelist")
    selected = {"action": "erase_personal_data", "_selected_action": [kari.pk]}

    asked = client.post(changelist, selected)
    assert "Erase these addresses?" in asked.text and "kari@example.org" in asked.text
    assert Follower.objects.filter(pk=kari.pk).exists()  # not yet

    done = client.post(changelist, selected | {"confirmed": "yes"})
    assert done.status_code == 302
    assert list(Follower.objects.all()) == [ola]
    assert list(Follow.objects.values_list("follower__email", flat=True)) == ["ola@example.org"]


def test_followers_come_from_residents_and_are_not_added_or_edited_in_the_admin(
    client, privacy_officer
):
    kari = follower("kari@example.org")
    assert client.get(reverse("admin:follows_follower_add")).status_code == 403
    change = client.post(
        reverse("admin:follows_follower_change", args=[kari.pk]),
        {"email": "someone@example.org", "frequency": "daily"},
    )
    assert change.status_code == 403
    kari.refresh_from_db()
    assert kari.email == "kari@example.org"


# The follow link on public pages


def test_area_target_area_and_news_pages_offer_to_follow_them_by_email(client):
    area = make_area("Nedre Li", slug="nedre-li")
    theme = make_theme("Attractive villages", slug="attractive-villages")
    follow = reverse("follows:follow")
    for page, href, text in [
        (area.get_absolute_url(), f"{follow}?area=nedre-li", "Follow this area by email"),
        (
            theme.get_absolute_url(),
            f"{follow}?theme=attractive-villages",
            "Follow this target area by email",
        ),
        (reverse("projects:news"), follow, "Follow all news by email"),
    ]:
        link = soup(client.get(page)).select_one(".follow-link a")
        assert link["href"] == href and link.get_text(strip=True) == text
        assert client.get(href).status_code == 200


def test_the_follow_link_is_the_same_for_every_visitor_of_a_kept_page(client, settings):
    settings.PAGE_CACHE_HEADER = True
    area = make_area("Nedre Li", slug="nedre-li")
    first = client.get(area.get_absolute_url())
    follower("kari@example.org", area)  # follows are not content: the page stays kept
    second = client.get(area.get_absolute_url())
    assert second["X-Page-Cache"] == "hit"
    links = [soup(response).select_one(".follow-link").decode() for response in (first, second)]
    assert links[0] == links[1]


def test_the_follow_link_for_a_project_leads_to_its_form_and_is_left_out_for_a_draft():
    from follows.templatetags.follow_links import follow_link

    school = make_project("New school", slug="new-school")
    draft = make_project("Secret plan", slug="secret-plan", is_published=False)
    link = BeautifulSoup(follow_link(project=school), "html.parser")
    assert link.a["href"] == reverse("follows:follow") + "?project=new-school"
    assert link.a.get_text(strip=True) == "Follow this project by email"
    assert follow_link(project=draft).strip() == ""
    whole_site = BeautifulSoup(follow_link(), "html.parser")
    assert whole_site.a["href"] == reverse("follows:follow")
