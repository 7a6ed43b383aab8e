"""Residents send tips: every field's validation, the abuse defences one by one, and what
is stored (and where)."""

import hashlib
import time
from datetime import timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks_db.models import DBTaskResult
from PIL import Image

from config.languages import addresses_in
from projects.models import Project
from tests.base import NOW, jpeg_bytes, make_project, nothing_kept, upload
from tests.test_images import jpeg_with_gps, png_claiming_size
from tips.forms import (
    FORM_TOKEN_SALT,
    TIP_FORM_PROJECTS,
    TipForm,
    new_form_token,
    read_form_token,
    signed_form_value,
)
from tips.models import Tip

pytestmark = pytest.mark.django_db

TIP_PAGE = "/tips/"


def form_token(seconds_ago=30):
    """The token of a tip form opened that long ago."""
    return new_form_token(issued_at=time.time() - seconds_ago)


def tip_data(**fields):
    message = "Brua over elva er stengd etter flaumen."
    return {"message": message, "form_token": form_token()} | fields


def send(client, path=TIP_PAGE, address="10.0.0.1", headers=None, **fields):
    return client.post(path, tip_data(**fields), REMOTE_ADDR=address, **(headers or {}))


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def error_at(response, field):
    """The error text shown at a field, as the resident sees it."""
    errors = soup(response).find(id=f"id_{field}_error")
    return errors.get_text(" ", strip=True) if errors else ""


# The form


def test_the_tip_page_offers_the_form_with_every_field_labelled(client):
    make_project("Ny skule i Nedre Li")
    make_project("Hemmeleg plan", is_published=False)

    page = soup(client.get(TIP_PAGE))

    form = page.find("form", class_="tip-form")
    for field in ["project", "message", "photo", "name", "email", "phone"]:
        assert form.find("label", attrs={"for": f"id_{field}"}), field
    options = [option.get_text() for option in form.find("select").find_all("option")]
    assert options == ["Ikkje noko bestemt", "Ny skule i Nedre Li"]
    assert form.find("a", href="/personvern/")


def test_with_many_projects_the_list_holds_those_with_the_latest_news_and_says_so(client):
    quiet = [make_project(f"Stille prosjekt {n:02}") for n in range(TIP_FORM_PROJECTS)]
    Project.objects.filter(pk__in=[p.pk for p in quiet]).update(
        created_at=NOW - timedelta(days=900)
    )
    Project.objects.filter(pk__in=[p.pk for p in quiet]).refresh_activity()
    make_project("Ny skule i Nedre Li")

    form = soup(client.get(TIP_PAGE)).find("form", class_="tip-form")

    options = [option.get_text() for option in form.find("select").find_all("option")]
    assert len(options) == TIP_FORM_PROJECTS + 1 and options[0] == "Ikkje noko bestemt"
    # Of the projects equally quiet, the last by name is the one left out.
    assert "Ny skule i Nedre Li" in options and "Stille prosjekt 49" not in options
    assert options[1:] == sorted(options[1:])
    with translation.override("nn"):
        hint = translation.gettext(
            "The list holds the projects with the latest news. Not there? Choose “None in "
            "particular” and name the project in your tip, or send it from the project's own page."
        )
    assert form.find(id="id_project_helptext").get_text(strip=True) == hint
    # A project left out of the list is still taken, as its own page sends it.
    assert send(client, project=quiet[-1].pk).status_code == 302
    assert Tip.objects.get().project == quiet[-1]


def test_a_message_alone_is_enough_and_the_resident_is_told_what_happens_next(client):
    response = send(client)

    assert response.status_code == 302 and response["Location"].startswith("/tips/sendt/?")
    tip = Tip.objects.get()
    assert tip.message == "Brua over elva er stengd etter flaumen."
    assert tip.state == Tip.State.NEW and tip.project is None
    page = client.get(response["Location"]).text
    assert "Takk for tipset" in page and "Kva skjer no" in page
    assert "stadfesting til e-posten" not in page


def test_a_tip_from_a_project_page_is_filed_under_that_project(client):
    project = make_project("Ny skule i Nedre Li", slug="ny-skule")
    form = soup(client.get(project.get_absolute_url())).find("form", class_="tip-form")
    assert form["action"] == "/tips/?prosjekt=ny-skule"
    assert form.find("input", attrs={"name": "project", "type": "hidden"})["value"] == str(
        project.pk
    )

    response = send(client, form["action"], project=project.pk, email="kari@example.org")

    assert response.status_code == 302
    assert Tip.objects.get().project == project
    page = client.get(response["Location"]).text
    assert "Vi har fått tipset ditt om Ny skule i Nedre Li." in page
    assert "stadfesting til e-posten" in page


def test_each_project_page_has_its_own_tip_form_with_this_visitors_tokens(
    client, settings, english_too
):
    """The form before anything is written is rendered once for a stand-in project
    (tips/blank_form.py): each page must still show exactly the form rendered for its own
    project, in its own language, with tokens of its own that send a tip."""
    settings.TIP_MIN_FILL_SECONDS = 0  # sent at once
    school = make_project("Ny skule i Nedre Li", slug="ny-skule")
    bridge = make_project("Ny bru", slug="ny-bru-over-elva")
    seen_tokens = set()
    visits = [("nn", school), ("en", bridge), ("nn", bridge), ("en", school)]
    for language, project in visits:
        nothing_kept()
        prefix = "" if language == "nn" else f"/{language}"
        with translation.override(language):
            address = prefix + project.get_absolute_url()
            tip_page = prefix + reverse("tips:send")
        response = client.get(address)
        shown = soup(response).find("form", class_="tip-form")
        with addresses_in(language):
            rendered = render_to_string(
                "tips/_form.html",
                {"form": TipForm(project=project), "project": project},
                response.wsgi_request,
            )
        expected = BeautifulSoup(rendered, "html.parser").find("form")
        token = shown.find("input", attrs={"name": "form_token"})["value"]
        assert shown["action"] == f"{tip_page}?prosjekt={project.slug}"
        for form in (shown, expected):
            for name in ("csrfmiddlewaretoken", "form_token"):
                form.find("input", attrs={"name": name})["value"] = "made for this request"
        assert str(shown) == str(expected)
        seen_tokens.add(token)

        tip = {"message": "Vegen er stengd.", "project": project.pk, "form_token": token}
        sent = client.post(shown["action"], tip)
        assert sent.status_code == 302, error_at(sent, "message")
        assert Tip.objects.latest("pk").project == project

    assert len(seen_tokens) == len(visits)


def test_an_empty_message_is_refused_at_the_field_and_nothing_typed_is_lost(client):
    response = send(client, message="   ", name="Kari Nordmann", phone="555 12 345")

    assert response.status_code == 400
    assert error_at(response, "message") == "Skriv tipset ditt."
    page = soup(response)
    assert page.find("input", attrs={"name": "name"})["value"] == "Kari Nordmann"
    assert page.find("input", attrs={"name": "phone"})["value"] == "555 12 345"
    assert page.find(id="id_message")["aria-invalid"] == "true"
    assert page.title.get_text().startswith("Feil:")
    assert not Tip.objects.exists()


@pytest.mark.parametrize(
    ("fields", "field", "error"),
    [
        ({"wants_answer": "on"}, "email", "Skriv e-postadressa di, så vi kan svare deg."),
        ({"email": "ikkje-ei-adresse"}, "email", "Oppgje ei gyldig e-postadresse."),
        ({"phone": "ring meg"}, "phone", "Skriv telefonnummeret med siffer"),
        ({"message": "x" * 5001}, "message", "5000"),
        ({"name": "N" * 151}, "name", "150"),
        ({"project": "999999"}, "project", "Vel eit prosjekt frå lista."),
    ],
    ids=[
        "answer without email",
        "bad email",
        "bad phone",
        "long message",
        "long name",
        "bad project",
    ],
)
def test_bad_input_gets_a_clear_error_at_its_field(client, fields, field, error):
    response = send(client, **fields)

    assert response.status_code == 400
    assert error in error_at(response, field)
    # Everything typed comes back (a textarea's first line break is markup, not content).
    typed = tip_data(**fields)["message"]
    assert soup(response).find(id="id_message").get_text().removeprefix("\n") == typed
    assert not Tip.objects.exists()


def test_an_unpublished_project_cannot_be_chosen(client):
    hidden = make_project("Hemmeleg plan", is_published=False)
    response = send(client, project=hidden.pk)
    assert response.status_code == 400 and error_at(response, "project")


def test_control_characters_are_removed_and_markup_is_kept_as_plain_text(client):
    send(client, message="Hei\x07 <script>alert(1)</script>\u202e", name="Ola\x1b[31m Nord")

    tip = Tip.objects.get()
    assert tip.message == "Hei <script>alert(1)</script>"
    assert tip.name == "Ola[31m Nord"


def test_a_null_character_is_refused_at_its_field(client):
    response = send(client, message="Hei\x00")
    assert response.status_code == 400 and error_at(response, "message")


def test_a_huge_field_is_refused_without_a_server_error(client):
    response = send(client, message="x" * 2_000_000, name="y" * 100_000)
    assert response.status_code == 400
    assert not Tip.objects.exists()


# Photos


def test_a_photo_is_stored_privately_upright_and_without_location(client, settings):
    response = client.post(
        TIP_PAGE,
        tip_data(
            photo=upload("hage.jpg", jpeg_with_gps(orientation=6)), photo_may_be_published="on"
        ),
        REMOTE_ADDR="10.0.0.1",
    )

    assert response.status_code == 302
    tip = Tip.objects.get()
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / tip.photo.name
    assert stored.is_file()
    assert not Path(settings.MEDIA_ROOT).exists() or not any(Path(settings.MEDIA_ROOT).rglob("*.*"))
    assert "hage" not in tip.photo.name  # a random name, not the resident's own
    with Image.open(stored) as image:
        assert image.size == (400, 600)  # turned upright
        assert not image.getexif()
    assert tip.photo_may_be_published
    with pytest.raises(ValueError, match="no public URL"):
        tip.photo.url  # noqa: B018 - private storage has no public address


@pytest.mark.parametrize(
    ("photo", "error"),
    [
        (upload("tips.jpg", b"%PDF-1.4 not a picture"), "Fila er ikkje eit bilete"),
        (upload("bombe.png", png_claiming_size(50_000, 50_000), "image/png"), "for mange pikslar"),
        (
            upload("svg.jpg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
            "ikkje eit bilete",
        ),
    ],
    ids=["not an image", "pixel bomb", "svg"],
)
def test_a_refused_photo_says_why_and_keeps_the_text(client, photo, error):
    response = client.post(TIP_PAGE, tip_data(photo=photo, name="Kari"), REMOTE_ADDR="10.0.0.1")

    assert response.status_code == 400
    assert error in error_at(response, "photo")
    assert soup(response).find("input", attrs={"name": "name"})["value"] == "Kari"
    assert not Tip.objects.exists()


def test_a_too_large_photo_is_refused_with_the_limit(client, settings):
    settings.IMAGE_MAX_BYTES = 20_000
    photo = upload("stor.jpg", jpeg_bytes(1600, 1200) + b"\0" * 30_000)
    response = client.post(TIP_PAGE, tip_data(photo=photo), REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 400
    assert "Biletet er for stort" in error_at(response, "photo")


def test_the_permission_to_publish_means_nothing_without_a_photo(client):
    send(client, photo_may_be_published="on")
    assert not Tip.objects.get().photo_may_be_published


# Abuse


def test_a_filled_in_hidden_field_is_refused_politely_and_not_saved(client):
    response = send(client, website="http://spam.example")

    assert response.status_code == 400
    assert "Tipset vart ikkje sendt" in response.text
    assert not Tip.objects.exists()


def test_a_form_without_its_csrf_check_gets_a_page_in_the_sites_language_saying_what_to_do():
    from django.test import Client

    # A browser that blocks cookies, or a form left open until its check went stale.
    response = send(Client(enforce_csrf_checks=True))

    assert response.status_code == 403
    page = soup(response)
    assert page.html["lang"] == "nn"
    assert page.h1.get_text(strip=True) == "Skjemaet kunne ikkje sendast"
    assert "tillat informasjonskapslar" in response.text
    assert page.find("footer")  # the site's own page, with its way around
    assert not Tip.objects.exists()


def test_the_hidden_field_is_out_of_sight_and_out_of_the_tab_order(client):
    honeypot = soup(client.get(TIP_PAGE)).find("input", attrs={"name": "website"})
    assert honeypot["tabindex"] == "-1" and honeypot["autocomplete"] == "off"
    assert honeypot.find_parent(class_="honeypot")["aria-hidden"] == "true"


def test_a_form_sent_within_seconds_of_opening_is_returned_to_check_again(client):
    response = send(client, form_token=form_token(seconds_ago=0), name="Kari")

    assert response.status_code == 400
    assert "Det gjekk fort! Sjå over tipset og send det på nytt." in response.text
    assert soup(response).find("input", attrs={"name": "name"})["value"] == "Kari"
    assert not Tip.objects.exists()
    # The form comes back with a fresh token, so the person can simply send it again.
    fresh = soup(response).find("input", attrs={"name": "form_token"})["value"]
    assert send(client, form_token=fresh).status_code == 400  # still too quick, of course
    assert read_form_token(fresh)[0] <= time.time()


@pytest.mark.parametrize(
    "stamp",
    [form_token(seconds_ago=4 * 3600), "forged:value", ""],
    ids=["hours old", "forged", "missing"],
)
def test_an_old_forged_or_missing_form_token_is_refused(client, stamp):
    response = send(client, form_token=stamp)
    assert response.status_code == 400
    assert not Tip.objects.exists()


def older_by_a_minute(token):
    """The token with its time moved a minute back and its signature kept."""
    value, signature = token.rsplit(":", 1)
    issued_ms, submission_id = value.split("-")
    return f"{int(issued_ms) - 60_000}-{submission_id}:{signature}"


def test_a_form_token_made_quicker_earlier_is_refused(client):
    # A bot that waits no time cannot pass its token off as older than it is.
    token = form_token(seconds_ago=1)
    assert send(client, form_token=older_by_a_minute(token)).status_code == 400
    assert send(client, form_token=token).status_code == 400  # and the real one is too quick
    assert not Tip.objects.exists()


@pytest.mark.parametrize("value", ["1765000000000-" + "ab" * 10, "", "tid: 12:00 æøå"])
def test_a_form_token_is_signed_as_djangos_signer_signs_it(value):
    assert signed_form_value(value) == signing.Signer(salt=FORM_TOKEN_SALT).sign(value)


def test_a_form_open_while_the_secret_key_was_changed_still_sends(client, settings):
    token = form_token()
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-for-the-next-years-" * 2
    assert send(client, form_token=token).status_code == 302
    settings.SECRET_KEY_FALLBACKS = []
    assert send(client, form_token=form_token()).status_code == 302
    assert send(client, form_token=token).status_code == 400  # the old key no longer signs


def test_a_storm_from_one_client_is_stopped_while_another_still_gets_through(client, settings):
    settings.TIP_RATE_LIMIT = "5/h"
    answers = [send(client, address="203.0.113.7").status_code for _ in range(8)]

    assert answers == [302] * 5 + [429] * 3
    assert Tip.objects.count() == 5
    refused = send(client, address="203.0.113.7")
    assert "Det har kome mange tips frå sambandet ditt" in refused.text
    assert send(client, address="198.51.100.4").status_code == 302


def test_the_client_address_is_stored_only_as_a_keyed_hash(client):
    send(client, address="203.0.113.7")
    send(client, address="203.0.113.7")
    first, second = Tip.objects.order_by("pk")
    assert first.client_hash == second.client_hash
    assert len(first.client_hash) == 64 and "203.0.113.7" not in first.client_hash
    assert first.client_hash != hashlib.sha256(b"203.0.113.7").hexdigest()


def test_behind_a_proxy_the_configured_header_names_the_client(client, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.TIP_RATE_LIMIT = "1/h"
    # All arrive from the proxy's own address; the header tells them apart.
    assert send(client, headers={"HTTP_X_REAL_IP": "203.0.113.7"}).status_code == 302
    assert send(client, headers={"HTTP_X_REAL_IP": "198.51.100.4"}).status_code == 302
    assert send(client, headers={"HTTP_X_REAL_IP": "203.0.113.7"}).status_code == 429


def test_the_privacy_page_says_what_is_kept_and_for_how_long(client, settings):
    settings.TIP_RETENTION_DAYS = 90
    text = soup(client.get("/personvern/")).main.get_text(" ", strip=True)
    assert "90 dagar etter at tipset ditt er handsama" in text
    assert "GPS" in text and "csrftoken" in text


# Sending twice, receipts, and what is checked before the photo is opened


def test_the_same_form_sent_twice_stores_one_tip_and_shows_the_same_receipt(client):
    fields = tip_data(email="kari@example.org")
    first = client.post(TIP_PAGE, fields, REMOTE_ADDR="10.0.0.1")
    again = client.post(TIP_PAGE, fields, REMOTE_ADDR="10.0.0.1")  # e.g. reloaded after a 503

    assert first.status_code == again.status_code == 302
    tip = Tip.objects.get()
    # Both lead to the one tip's receipt. The addresses themselves are signed with the
    # time, so two sends a second apart differ in it (a flaky comparison in CI).
    for response in (first, again):
        receipt = soup(client.get(response["Location"]))
        assert tip.reference in receipt.main.get_text(" ", strip=True)
    assert DBTaskResult.objects.count() == 2  # the two emails, queued once


def test_a_form_token_that_has_sent_a_tip_cannot_send_another(client):
    token = form_token()
    assert send(client, form_token=token).status_code == 302

    response = send(client, form_token=token, message="Ein heilt annan tekst.", name="Kari")

    assert response.status_code == 400
    assert "Dette skjemaet har alt sendt eit tips." in response.text
    assert soup(response).find("textarea", attrs={"name": "message"}).get_text(strip=True) == (
        "Ein heilt annan tekst."
    )
    assert soup(response).find("input", attrs={"name": "name"})["value"] == "Kari"
    assert Tip.objects.count() == 1
    # With the new token the form carries back, the new tip goes through.
    fresh = soup(response).find("input", attrs={"name": "form_token"})["value"]
    assert fresh != token
    assert read_form_token(fresh)[1] != read_form_token(token)[1]


def test_a_form_opened_before_the_upgrade_comes_back_once_with_what_was_typed(client):
    # The token as the tip form made it before its form changed (signing.dumps).
    opened_before = signing.dumps(
        {"t": round(time.time() - 60, 3), "id": "a" * 20}, salt=FORM_TOKEN_SALT
    )
    response = send(client, form_token=opened_before, name="Kari")

    assert response.status_code == 400
    assert "Skjemaet var ope lenge. Sjå over tipset og send det på nytt." in response.text
    assert soup(response).find("input", attrs={"name": "name"})["value"] == "Kari"
    assert not Tip.objects.exists()
    fresh = soup(response).find("input", attrs={"name": "form_token"})["value"]
    read_form_token(fresh)  # the new form, which goes through once open long enough


BROKEN_PHOTO = b"GIF89a this is not really a picture"


@pytest.mark.parametrize(
    ("fields", "status", "shown"),
    [
        ({"form_token": "forged"}, 400, "Skjemaet var ope lenge"),
        ({"website": "http://spam.example"}, 400, "Skjemaet såg ut som om eit dataprogram"),
    ],
    ids=["form token", "hidden field"],
)
def test_what_costs_nothing_is_checked_before_the_photo_is_opened(client, fields, status, shown):
    response = send(client, photo=upload("bilete.gif", BROKEN_PHOTO), **fields)

    assert response.status_code == status
    assert shown in response.text
    # The photo was never opened: its own error would have said it is not a picture.
    assert "ikkje eit bilete" not in response.text
    assert not Tip.objects.exists()


def test_a_refused_form_token_asks_for_the_photo_again(client):
    response = send(client, form_token="forged", photo=upload("bru.jpg", jpeg_bytes()))
    assert "Vel biletet på nytt" in response.text


def test_over_the_limit_the_photo_is_not_opened_either(client, settings):
    settings.TIP_RATE_LIMIT = "1/h"
    send(client)
    response = send(client, photo=upload("bilete.gif", BROKEN_PHOTO))
    assert response.status_code == 429
    assert "ikkje eit bilete" not in response.text


def test_the_receipt_needs_its_own_address_and_is_never_kept(client):
    response = send(client)
    receipt = client.get(response["Location"])

    assert receipt.status_code == 200
    assert "no-store" in receipt["Cache-Control"] or "private" in receipt["Cache-Control"]
    assert "X-Page-Cache" not in receipt
    assert not client.cookies.get("sessionid")  # a resident gets no session for a tip
    assert client.get("/tips/sendt/").status_code == 404
    assert client.get("/tips/sendt/?kvittering=forged").status_code == 404


def test_a_tip_and_its_emails_are_stored_together_or_not_at_all(client, settings):
    # A queue the task cannot go to: queueing the emails fails after the tip is saved.
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["elsewhere"]}
    }
    client.raise_request_exception = False

    response = send(client)

    assert response.status_code == 500
    assert not Tip.objects.exists()
    assert not DBTaskResult.objects.exists()


def test_a_residents_photo_is_readable_by_the_sites_own_account_only(client, settings):
    send(client, photo=upload("bru.jpg", jpeg_bytes()))

    photo = Path(Tip.objects.get().photo.path)
    assert photo.stat().st_mode & 0o777 == 0o600
    folder = photo.parent
    while folder != Path(settings.PRIVATE_MEDIA_ROOT).parent:
        assert folder.stat().st_mode & 0o777 == 0o700, folder
        folder = folder.parent
