"""The page cache: anonymous pages come from it, yet never show anything stale."""

import re
import time
from datetime import timedelta
from email.utils import parsedate_to_datetime

import pytest
from bs4 import BeautifulSoup
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    _unmask_cipher_token,
)
from django.test import Client
from django.utils import timezone

from contacts.models import GroupMember
from pagecache import csrf
from pagecache.models import ContentGeneration
from projects.models import Document, SiteSettings
from tests.admin_forms import inline_rows
from tests.base import (
    make_area,
    make_contact,
    make_group,
    make_process_leader,
    make_project,
    make_project_image,
    make_theme,
    make_update,
)
from tests.test_tips import tip_data
from tips.forms import read_form_token
from tips.models import Tip

pytestmark = pytest.mark.django_db


def get_twice(client, url, **headers):
    first = client.get(url, headers=headers)
    second = client.get(url, headers=headers)
    return first, second


def nonces(response):
    page = BeautifulSoup(response.text, "html.parser")
    return {tag["nonce"] for tag in page.find_all(nonce=True)}


def hidden_value(response, name):
    """The value of the page's hidden field `name`; the page as a response or its text."""
    text = getattr(response, "text", response)
    field = BeautifulSoup(text, "html.parser").find("input", attrs={"name": name})
    return field["value"]


def send_tip_from(page, resident):
    """The page's tip form sent as a resident's browser sends it: with the page's CSRF
    token and form token, and the resident's cookies."""
    return resident.post(
        "/tips/",
        tip_data(csrfmiddlewaretoken=hidden_value(page, "csrfmiddlewaretoken"))
        | {"form_token": hidden_value(page, "form_token")},
        REMOTE_ADDR="10.0.0.9",
    )


@pytest.fixture
def project():
    return make_project("Ny skule i Nedre Li", status="ongoing")


def test_the_second_visit_comes_from_the_cache_with_the_same_page(client, project):
    first, second = get_twice(client, project.get_absolute_url())

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.status_code == 200 and "Ny skule i Nedre Li" in second.text
    # Apart from the per-request values the pages are the same.
    strip = re.compile(r'(nonce|value)="[^"]*"')
    assert strip.sub("", first.text) == strip.sub("", second.text)


def test_a_page_from_the_cache_carries_its_own_nonce_matching_its_policy(client, project):
    first, second = get_twice(client, "/")

    for response in (first, second):
        (nonce,) = nonces(response)
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    assert nonces(first) != nonces(second)


def test_a_form_from_the_cache_has_a_working_csrf_token_and_a_fresh_start_time(project, settings):
    settings.TIP_MIN_FILL_SECONDS = 0
    Client().get(project.get_absolute_url())  # someone else's visit fills the cache
    resident = Client(enforce_csrf_checks=True)

    page = resident.get(project.get_absolute_url())
    assert page["X-Page-Cache"] == "hit"
    started, _ = read_form_token(hidden_value(page, "form_token"))
    assert time.time() - started < 5
    response = send_tip_from(page, resident)

    assert response.status_code == 302
    assert Tip.objects.count() == 1


def test_two_visitors_never_share_a_csrf_token(project):
    first = Client().get(project.get_absolute_url())
    second = Client().get(project.get_absolute_url())
    assert second["X-Page-Cache"] == "hit"
    assert hidden_value(first, "csrfmiddlewaretoken") != hidden_value(second, "csrfmiddlewaretoken")
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_a_token_from_the_cache_is_one_django_reads_back_to_the_visitors_secret():
    for _ in range(300):
        secret = csrf.random_string(CSRF_SECRET_LENGTH)
        token = csrf.masked(secret)
        assert len(token) == CSRF_TOKEN_LENGTH and set(token) <= set(CSRF_ALLOWED_CHARS)
        assert _unmask_cipher_token(token) == secret
        assert token[:CSRF_SECRET_LENGTH] != csrf.masked(secret)[:CSRF_SECRET_LENGTH]


@pytest.mark.parametrize(
    "cookie_settings",
    [
        {},
        {"CSRF_COOKIE_SECURE": True, "CSRF_COOKIE_DOMAIN": "example.org", "CSRF_COOKIE_AGE": None},
    ],
    ids=["the site's", "secure, a domain, for the session"],
)
def test_a_page_from_the_cache_sets_the_csrf_cookie_as_django_sets_it(
    project, settings, cookie_settings
):
    for name, value in cookie_settings.items():
        setattr(settings, name, value)
    made, kept = (Client().get(project.get_absolute_url()) for _ in range(2))
    assert (made["X-Page-Cache"], kept["X-Page-Cache"]) == ("miss", "hit")
    assert made["Vary"] == kept["Vary"] and "Cookie" in kept["Vary"]
    made_cookie, kept_cookie = made.cookies["csrftoken"], kept.cookies["csrftoken"]
    assert kept_cookie.value != made_cookie.value
    assert _unmask_cipher_token(hidden_value(kept, "csrfmiddlewaretoken")) == kept_cookie.value
    expiry = {"expires", "max-age"}
    assert {k: v for k, v in kept_cookie.items() if k not in expiry} == {
        k: v for k, v in made_cookie.items() if k not in expiry
    }
    assert kept_cookie["max-age"] == made_cookie["max-age"]
    if made_cookie["expires"]:
        assert abs(
            parsedate_to_datetime(kept_cookie["expires"])
            - parsedate_to_datetime(made_cookie["expires"])
        ) <= timedelta(seconds=2)
    else:
        assert not kept_cookie["expires"]


def change_project_title(project):
    project.title = "Ny skule og barnehage i Nedre Li"
    project.save()
    return "Ny skule og barnehage i Nedre Li"


def add_update(project):
    make_update(project, title="Taket er på plass")
    return "Taket er på plass"


def change_contact(project):
    person = make_contact("Kari Nordmann", project=project)
    person.name = "Kari Nordmann-Li"
    person.save()
    return "Kari Nordmann-Li"


def add_group_member(project):
    group = make_group("Styringsgruppa for skulen", projects=[project])
    GroupMember.objects.create(group=group, name="Per Dugnadsen", role="member", position=1)
    return "Per Dugnadsen"


def add_to_area(project):
    project.areas.add(make_area("Øvre Li"))
    return "Øvre Li"


def add_to_theme(project):
    project.themes.add(make_theme("Gode oppvekstvilkår"))
    return "Gode oppvekstvilkår"


def add_picture(project):
    make_project_image(project, alt_text="Skulen med nytt tak")
    return 'alt="Skulen med nytt tak"'


def add_document(project):
    from django.core.files.uploadedfile import SimpleUploadedFile

    Document.objects.create(
        project=project,
        title="Reguleringsplan for skuletomta",
        file=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
    )
    return "Reguleringsplan for skuletomta"


def change_site_settings(project):
    site = SiteSettings.load()
    site.site_name = "Nedre Li utviklar seg"
    site.save()
    return "Nedre Li utviklar seg"


def unpublish_project(project):
    project.is_published = False
    project.save()
    return None


CHANGES = [
    change_project_title,
    add_update,
    change_contact,
    add_group_member,
    add_to_area,
    add_to_theme,
    add_picture,
    add_document,
    change_site_settings,
    unpublish_project,
]


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__)
def test_every_kind_of_change_shows_at_once_on_cached_pages(client, project, change):
    url = project.get_absolute_url()
    assert get_twice(client, url)[1]["X-Page-Cache"] == "hit"
    assert get_twice(client, "/")[1]["X-Page-Cache"] == "hit"

    shown = change(project)

    page, overview = client.get(url), client.get("/")
    if shown is None:
        assert page.status_code == 404 and "Ny skule i Nedre Li" not in overview.text
    else:
        assert page["X-Page-Cache"] == "miss" and shown in page.text
        assert overview["X-Page-Cache"] == "miss"


def test_a_status_update_posted_in_admin_shows_at_once(client, project):
    assert get_twice(client, project.get_absolute_url())[1]["X-Page-Cache"] == "hit"
    leader = Client()
    leader.force_login(make_process_leader())
    now = timezone.localtime()
    response = leader.post(
        "/admin/updates/statusupdate/add/",
        {
            "project": project.pk,
            "title": "Grunnarbeidet er ferdig",
            "body": "<p>No kjem betongen.</p>",
            "new_status": "ongoing",
            "new_progress": "35",
            "published_at_0": now.strftime("%Y-%m-%d"),
            "published_at_1": now.strftime("%H:%M:%S"),
            "is_published": "on",
        }
        | inline_rows("images", [])
        | inline_rows("documents", []),
    )
    assert response.status_code == 302

    assert "Grunnarbeidet er ferdig" in client.get(project.get_absolute_url()).text


def test_a_change_that_is_rolled_back_keeps_the_cache(client, project):
    from django.db import transaction

    get_twice(client, "/")
    before = ContentGeneration.objects.current()

    def save_that_fails_half_way():
        with transaction.atomic():
            change_project_title(project)
            raise RuntimeError("the save failed half-way")

    with pytest.raises(RuntimeError):
        save_that_fails_half_way()

    assert ContentGeneration.objects.current() == before
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_a_tip_from_a_resident_does_not_empty_the_cache(client, project, settings):
    # Tips are not public: a storm of them must not make every page render afresh.
    settings.TIP_MIN_FILL_SECONDS = 0
    get_twice(client, "/")
    Client().post("/tips/", tip_data(), REMOTE_ADDR="10.0.0.9")
    assert Tip.objects.count() == 1
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_the_process_leader_always_gets_a_fresh_page(client, project):
    make_update(project, title="Kladd til neste veke", is_published=False)
    get_twice(client, project.get_absolute_url())
    leader = Client()
    leader.force_login(make_process_leader())

    response = leader.get(project.get_absolute_url())

    assert "X-Page-Cache" not in response
    assert "Kladd til neste veke" in response.text


def test_htmx_requests_and_whole_pages_are_kept_apart(client, project):
    partial = get_twice(client, "/?status=ongoing", HX_Request="true")[1]
    whole = client.get("/?status=ongoing")

    assert partial["X-Page-Cache"] == "hit" and "<html" not in partial.text
    assert whole["X-Page-Cache"] == "miss" and "<html" in whole.text
    restore = client.get(
        "/?status=ongoing", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert "<html" in restore.text


def test_each_language_has_pages_of_its_own(client, project, settings):
    assert "Alle prosjekt" in get_twice(client, "/")[1].text
    settings.LANGUAGE_CODE = "en"

    english = client.get("/")

    assert english["X-Page-Cache"] == "miss"
    assert "All projects" in english.text


def test_pages_answer_conditional_requests_until_something_changes(client, project):
    first = client.get("/")
    etag = first["ETag"]

    again = client.get("/", headers={"If-None-Match": etag})
    assert again.status_code == 304

    change_project_title(project)
    changed = client.get("/", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_conditional_requests_work_with_the_cache_off_too(client, project, settings):
    settings.PAGE_CACHE_ENABLED = False
    first = client.get(project.get_absolute_url())
    assert "X-Page-Cache" not in first

    again = client.get(project.get_absolute_url(), headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 304


def test_browsers_are_told_to_ask_again_each_time(client, project):
    cache_control = client.get("/")["Cache-Control"]
    assert "no-cache" in cache_control and "private" in cache_control


def test_without_its_csrf_cookie_a_browser_gets_the_whole_form_again(project):
    resident = Client()
    first = resident.get(project.get_absolute_url())
    resident.cookies.clear()

    again = resident.get(project.get_absolute_url(), headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 200 and "csrfmiddlewaretoken" in again.text


def test_errors_and_forms_with_errors_are_never_cached(client, project, settings):
    settings.TIP_MIN_FILL_SECONDS = 0
    assert "X-Page-Cache" not in client.get("/prosjekt/finst-ikkje/")
    refused = client.post("/tips/", tip_data(message=""), REMOTE_ADDR="10.0.0.9")
    assert refused.status_code == 400
    assert client.get("/tips/")["X-Page-Cache"] == "miss"


def test_after_a_deploy_the_new_code_never_serves_what_the_old_kept(client, project, monkeypatch):
    # Redis outlives the app servers: pages and fragments are filed under the code's version.
    def deploy(version):
        for module in ("pagecache.middleware", "pagecache.fragments"):
            monkeypatch.setattr(f"{module}.code_version", lambda: version)

    deploy("before")
    assert [response["X-Page-Cache"] for response in get_twice(client, "/")] == ["miss", "hit"]

    deploy("after")
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_the_code_version_covers_templates_code_and_translations(settings):
    from pathlib import Path

    from pagecache.version import _source_files

    base = Path(settings.BASE_DIR).resolve()
    covered = {str(path.relative_to(base)) for path in _source_files(base)}

    assert {
        "templates/base.html",
        "templates/projects/_card_list.html",
        "templates/jinja2/projects/_project_card.html",
        "projects/views.py",
        "config/settings.py",
        "locale/nn/LC_MESSAGES/django.mo",
    } <= covered
    assert not any(name.startswith((".venv/", "tests/", "node_modules/")) for name in covered)
