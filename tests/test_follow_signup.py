"""Residents follow a project, an area, a target area or the whole site by email, with no
account: the form, one confirmation email through a real SMTP server on loopback and the
background worker, the confirm button, their own page, and one-click unsubscribe."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from follows.links import confirm_url, manage_url, unsubscribe_url
from follows.models import Follow, Follower
from tests.base import make_area, make_project, make_theme
from tests.test_tip_mail import run_worker, running_mail_server

pytestmark = pytest.mark.django_db
# The worker runs the tasks as in production, in transactions of its own.
with_the_worker = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def english(settings):
    # The site's words in English, the language they are written in: these tests read them.
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def mail_server(settings):
    """A real SMTP server on loopback, and the tasks queued in the database for the worker."""
    yield from running_mail_server(settings)


@pytest.fixture
def school():
    return make_project("New school in Nedre Li", slug="new-school")


def follow_page(**subject):
    query = "".join(f"?{name}={slug}" for name, slug in subject.items())
    return reverse("follows:follow") + query


def sign_up(client, path=None, address="10.0.0.1", **fields):
    data = {"email": "kari@example.org", "frequency": "at_once"} | fields
    return client.post(path or follow_page(), data, REMOTE_ADDR=address)


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def path_of(url):
    parts = urlsplit(url)
    return parts.path


def links_in(text):
    return [path_of(url) for url in re.findall(r"https?://\S+", text)]


def confirm_link_in(message):
    confirm = reverse("follows:confirm", args=["x"]).removesuffix("x/")
    return next(link for link in links_in(message["text"]) if link.startswith(confirm))


# The form


def test_the_follow_page_says_what_is_followed_and_asks_only_for_an_address_and_how_often(
    client, school
):
    area = make_area("Nedre Li")
    theme = make_theme("Attractive villages")
    headings = {
        follow_page(project="new-school"): "Follow New school in Nedre Li by email",
        follow_page(area=area.slug): "Follow Nedre Li by email",
        follow_page(theme=theme.slug): "Follow the target area Attractive villages by email",
        follow_page(): "Follow all news by email",
    }
    for path, heading in headings.items():
        page = soup(client.get(path))
        assert page.find("h1").get_text(strip=True) == heading
        form = page.find("form", class_="follow-form")
        assert form["action"] == path  # what is followed goes with the form
        assert form.find("label", attrs={"for": "id_email"})
        radios = form.find_all("input", attrs={"name": "frequency"})
        assert [radio["value"] for radio in radios] == ["at_once", "daily", "weekly"]
        assert all(form.find("label", attrs={"for": radio["id"]}) for radio in radios)
        assert form.find("a", href=reverse("tips:privacy"))


def test_only_what_residents_see_can_be_followed(client, school):
    make_project("Secret plan", slug="secret-plan", is_published=False)
    assert client.get(follow_page(project="secret-plan")).status_code == 404
    assert client.get(follow_page(project="no-such-project")).status_code == 404
    assert client.get(follow_page(area="nowhere")).status_code == 404
    assert client.get(follow_page(project="new-school%00")).status_code == 404
    assert client.get(f"{follow_page(project='new-school')}&area=nedre-li").status_code == 404
    assert client.post(follow_page(project="secret-plan"), {"email": "a@b.no"}).status_code == 404
    assert not Follower.objects.exists()


def test_the_follow_page_is_never_kept_in_the_page_cache(client, settings, school):
    settings.PAGE_CACHE_HEADER = True
    for _ in range(2):
        response = client.get(follow_page(project="new-school"))
        assert "X-Page-Cache" not in response
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_its_queries_do_not_grow_with_the_number_of_projects(client, school):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(follow_page(project="new-school")).status_code == 200
        return len(captured)

    few = queries()
    for number in range(40):
        make_project(f"Project {number}", slug=f"project-{number}")
    assert queries() == few


# Signing up, confirming, one's own page


@with_the_worker
def test_a_resident_signs_up_confirms_with_the_button_and_sees_what_they_follow(
    client, mail_server, school
):
    response = sign_up(client, follow_page(project="new-school"), email=" Kari@Example.ORG ")
    assert response.status_code == 302
    assert response["Location"] == reverse("follows:sent") + "?project=new-school"
    assert "Check your inbox" in client.get(response["Location"]).text
    follower = Follower.objects.get()
    assert follower.email == "kari@example.org" and follower.confirmed_at is None
    assert mail_server.inbox.messages == []  # nothing is sent inside the request

    run_worker()
    run_worker()  # a second look sends nothing more

    [message] = mail_server.inbox.messages
    assert message["to"] == ["kari@example.org"]
    assert "New school in Nedre Li" in message["text"]
    assert "works for 3 days" in message["text"]
    link = confirm_link_in(message)

    # A mail scanner opening the link confirms nothing.
    page = soup(client.get(link))
    assert page.find("h1").get_text(strip=True) == "Confirm that you want to follow"
    assert [b.get_text(strip=True) for b in page.select("main form button")] == ["Confirm"]
    assert not Follow.objects.filter(confirmed_at__isnull=False).exists()

    confirmed = client.post(link)
    follower.refresh_from_db()
    assert follower.confirmed_at is not None
    assert Follow.objects.get().confirmed_at is not None
    assert confirmed["Location"].startswith("/") and "/follow/yours/" in confirmed["Location"]
    own_page = client.get(confirmed["Location"])
    assert "no-store" in own_page["Cache-Control"]  # never kept, by anyone
    listed = soup(own_page).select(".follow-list a")
    assert [(a.get_text(strip=True), a["href"]) for a in listed] == [
        ("New school in Nedre Li", school.get_absolute_url())
    ]
    assert "Confirmed." in own_page.text


@with_the_worker
def test_signing_up_a_pending_address_again_sends_no_second_email(client, mail_server, school):
    area = make_area("Nedre Li")
    first = sign_up(client, follow_page(project="new-school"))
    run_worker()
    again = sign_up(client, follow_page(project="new-school"), address="10.0.0.2")
    other = sign_up(client, follow_page(area=area.slug), address="10.0.0.3")
    run_worker()

    assert len(mail_server.inbox.messages) == 1
    # The page says the same whatever happened: nothing tells whether the address is known.
    assert client.get(first["Location"]).text == client.get(again["Location"]).text
    assert other.status_code == 302
    # The area waits, unconfirmed, until the owner confirms it on their own page.
    assert Follow.objects.filter(area=area, confirmed_at__isnull=True).exists()

    # Once the first email is older than FOLLOW_CONFIRM_DAYS, a sign-up sends a new one,
    # naming everything that waits.
    follower = Follower.objects.get()
    follower.confirmation_sent_at -= timedelta(days=3, minutes=1)
    follower.save()
    sign_up(client, follow_page(), address="10.0.0.4")
    run_worker()
    assert len(mail_server.inbox.messages) == 2
    latest = mail_server.inbox.messages[-1]["text"]
    assert "New school in Nedre Li" in latest and "Nedre Li (area" in latest
    assert "All news on the site" in latest


@with_the_worker
def test_an_address_that_already_follows_it_is_sent_nothing(client, mail_server, school):
    now = timezone.now()
    follower = Follower.objects.create(email="kari@example.org", confirmed_at=now)
    Follow.objects.create(follower=follower, project=school, confirmed_at=now)

    response = sign_up(client, follow_page(project="new-school"))
    run_worker()

    assert response["Location"] == reverse("follows:sent") + "?project=new-school"
    assert mail_server.inbox.messages == []
    assert Follow.objects.count() == 1


@with_the_worker
def test_a_known_address_confirms_a_new_follow_by_its_own_link(client, mail_server, school):
    now = timezone.now()
    follower = Follower.objects.create(email="kari@example.org", confirmed_at=now)
    Follow.objects.create(follower=follower, confirmed_at=now)  # all news

    sign_up(client, follow_page(project="new-school"))
    run_worker()

    [message] = mail_server.inbox.messages
    assert "New school in Nedre Li" in message["text"]
    assert "All news" not in message["text"]  # only what waits
    client.post(confirm_link_in(message))
    assert Follow.objects.get(project=school).confirmed_at is not None


@with_the_worker
def test_with_the_mail_server_down_the_confirmation_arrives_once_later(
    client, mail_server, settings, school
):
    import time

    settings.TIP_MAIL_RETRY_DELAYS = [1, 1]
    mail_server.stop()
    sign_up(client, follow_page(project="new-school"))
    run_worker()
    assert mail_server.inbox.messages == []

    mail_server.start()
    time.sleep(1.2)  # the retry is due after its delay
    run_worker()
    run_worker()
    assert len(mail_server.inbox.messages) == 1


# Links that do not work


@with_the_worker
def test_an_expired_confirmation_link_is_refused_with_a_way_to_sign_up_again(
    client, mail_server, school
):
    sign_up(client, follow_page(project="new-school"))
    run_worker()
    link = confirm_link_in(mail_server.inbox.messages[0])

    with time_machine.travel(timezone.now() + timedelta(days=3, minutes=1)):
        for response in [client.get(link), client.post(link)]:
            assert response.status_code == 410
            assert "This link has expired" in response.text
            assert soup(response).find("a", href=reverse("follows:follow"))
    assert not Follow.objects.filter(confirmed_at__isnull=False).exists()


@pytest.mark.parametrize("name", ["follows:confirm", "follows:manage", "follows:unsubscribe"])
def test_forged_and_damaged_links_are_refused_without_a_server_error(client, name, school):
    follower = Follower.objects.create(email="kari@example.org", confirmed_at=timezone.now())
    follow = Follow.objects.create(follower=follower, project=school)
    genuine = path_of(
        {
            "follows:confirm": lambda: confirm_url(follower, [follow]),
            "follows:manage": lambda: manage_url(follower),
            "follows:unsubscribe": lambda: unsubscribe_url(follower),
        }[name]()
    )
    token = genuine.rstrip("/").rsplit("/", 1)[1]
    forged = [
        "x",
        "abc:def",
        token[:-3] + "AAA",
        token[:20],
        token.replace(":", ""),
        "ø" * 300,
        "%00",
        ".eJyLVspLzUstUbJSMDI2sTBS0lEqSS0uUbJSUEpJLc4uyczPS80rAQCXoQnW:1:2",
    ]
    for bad in forged:
        path = genuine.replace(token, bad)
        for response in [client.get(path), client.post(path)]:
            assert response.status_code in (400, 404), (bad, response.status_code)
    assert Follower.objects.filter(pk=follower.pk).exists()
    assert Follow.objects.get().confirmed_at is None


def test_a_link_of_an_erased_address_says_so(client, school):
    follower = Follower.objects.create(email="kari@example.org")
    follow = Follow.objects.create(follower=follower, project=school)
    links = [confirm_url(follower, [follow]), manage_url(follower)]
    follower.delete()
    # A new follower with the same address and number is not reached by the old links.
    Follower.objects.create(pk=follower.pk, email="someone.else@example.org")
    for link in links:
        response = client.get(path_of(link))
        assert response.status_code == 410
        assert "This link no longer works" in response.text


# One's own page and the way out


def confirmed_follower(*subjects, email="kari@example.org"):
    now = timezone.now()
    follower = Follower.objects.create(email=email, confirmed_at=now)
    for subject in subjects:
        kind = {"Project": "project", "Area": "area", "Theme": "theme"}[type(subject).__name__]
        Follow.objects.create(follower=follower, confirmed_at=now, **{kind: subject})
    return follower


def test_on_their_own_page_a_resident_changes_how_often_and_stops_following_one_thing(
    client, school
):
    area = make_area("Nedre Li")
    follower = confirmed_follower(school, area)
    own_page = path_of(manage_url(follower))

    client.post(own_page, {"action": "frequency", "frequency": "weekly"})
    follower.refresh_from_db()
    assert follower.frequency == "weekly"
    bad = client.post(own_page, {"action": "frequency", "frequency": "hourly"})
    assert bad.status_code == 400 and soup(bad).find(id="id_frequency_error")

    school_follow = Follow.objects.get(project=school)
    client.post(own_page, {"action": "remove", "follow": school_follow.pk})
    page = client.get(own_page)
    assert "You no longer follow New school in Nedre Li" in page.text
    assert [a.get_text(strip=True) for a in soup(page).select(".follow-list a")] == ["Nedre Li"]

    # Another address's follow cannot be removed from this page.
    other = confirmed_follower(school, email="ola@example.org")
    client.post(own_page, {"action": "remove", "follow": other.follows.get().pk})
    assert other.follows.exists()

    # The last follow removed, the address goes too.
    stopped = client.post(own_page, {"action": "remove", "follow": follower.follows.get().pk})
    assert "You will get no more email" in stopped.text
    assert not Follower.objects.filter(pk=follower.pk).exists()


def test_a_follow_waiting_for_confirmation_is_confirmed_or_removed_on_ones_own_page(client, school):
    follower = confirmed_follower(school)
    waiting = Follow.objects.create(follower=follower)  # all news, asked for later
    own_page = path_of(manage_url(follower))

    section = soup(client.get(own_page)).find("section", attrs={"aria-labelledby": "waiting-title"})
    assert "All news on the site" in section.get_text()
    client.post(own_page, {"action": "confirm", "follow": waiting.pk})
    waiting.refresh_from_db()
    assert waiting.confirmed_at is not None


def test_stop_everything_deletes_the_address_and_all_it_follows(client, school):
    follower = confirmed_follower(school, make_area("Nedre Li"))
    response = client.post(path_of(manage_url(follower)), {"action": "stop"})
    assert "You will get no more email" in response.text
    assert not Follower.objects.exists() and not Follow.objects.exists()


def test_unsubscribe_needs_a_press_of_the_button_and_takes_a_mail_programs_one_click_post(
    school,
):
    follower = confirmed_follower(school)
    link = path_of(unsubscribe_url(follower))
    mail_program = Client(enforce_csrf_checks=True)

    page = mail_program.get(link)
    assert [b.get_text(strip=True) for b in soup(page).select("main form button")] == [
        "Stop all emails"
    ]
    assert Follower.objects.exists()  # opening the link changes nothing

    # RFC 8058: a POST with this body and no CSRF token.
    one_click = mail_program.post(
        link, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert one_click.status_code == 200
    assert "You will get no more email" in one_click.text
    assert not Follower.objects.exists() and not Follow.objects.exists()
    assert "no-store" in one_click["Cache-Control"]

    again = mail_program.post(link, "List-Unsubscribe=One-Click", content_type="text/plain")
    assert again.status_code == 200 and "You will get no more email" in again.text
    assert mail_program.get(link).status_code == 200


# The form's defences


def test_the_hidden_field_and_the_rate_limit_stop_a_robot(client, settings, school):
    refused = sign_up(client, website="http://spam.example")
    assert refused.status_code == 400
    assert not Follower.objects.exists()

    settings.FOLLOW_SIGNUP_RATE_LIMIT = "3/h"
    for number in range(3):
        assert (
            sign_up(client, email=f"person{number}@example.org", address="10.0.0.9").status_code
            == 302
        )
    too_many = sign_up(client, email="person9@example.org", address="10.0.0.9")
    assert too_many.status_code == 429
    assert "Try again in an hour" in too_many.text
    assert not Follower.objects.filter(email="person9@example.org").exists()
    assert sign_up(client, email="next-door@example.org", address="10.0.0.10").status_code == 302


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "not an address",
        "a@example.org\nBcc: victim@example.org",
        "a@example.org\r\nSubject: spam",
        "kari@example.org, ola@example.org",
        "øyvind@example.org",
        "a" * 300 + "@example.org",
        "kari@" + "b" * 300 + ".org",
        "kari\x00@example.org",
        "<script>alert(1)</script>@example.org",
    ],
)
def test_a_bad_address_is_refused_at_the_field_and_what_was_typed_stays(client, typed, school):
    response = sign_up(client, follow_page(project="new-school"), email=typed, frequency="weekly")
    assert response.status_code == 400
    page = soup(response)
    assert page.find(id="id_email_error").get_text(strip=True)
    assert page.find(id="id_frequency_2").has_attr("checked")
    if typed and "\x00" not in typed and "\n" not in typed:
        assert page.find(id="id_email")["value"] == typed
    assert not Follower.objects.exists()


@with_the_worker
def test_a_domain_in_its_own_letters_is_one_follower_with_its_ascii_form(client, mail_server):
    sign_up(client, email="Kari@Bøkeskog.no")
    sign_up(client, email="kari@xn--bkeskog-q1a.no", address="10.0.0.2")
    assert list(Follower.objects.values_list("email", flat=True)) == ["kari@xn--bkeskog-q1a.no"]
    run_worker()
    assert mail_server.inbox.messages[0]["to"] == ["kari@xn--bkeskog-q1a.no"]
