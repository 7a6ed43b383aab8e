"""The process leader's tip inbox, publishing a tip as a status update, and the
residents' privacy: purge after the retention time, export and erase on request."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from tests.base import jpeg_bytes, make_process_leader, make_project
from tips.models import Tip
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(client):
    user = make_process_leader()
    client.force_login(user)
    return user


def make_tip(message="Brua er stengd.", photo=False, **fields):
    tip = Tip(message=message, **fields)
    if photo:
        tip.photo = SimpleUploadedFile("brua.jpg", jpeg_bytes(), "image/jpeg")
    tip.save()
    return tip


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def test_the_admin_index_shows_how_many_tips_are_new(client, leader):
    make_tip()
    make_tip()
    make_tip(state=Tip.State.ANSWERED)

    notice = soup(client.get("/admin/")).find(class_="tip-inbox-notice")

    link = notice.find("a")
    assert link.get_text(strip=True) == "2 nye tips"
    assert link["href"] == "/admin/tips/tip/?state__exact=new"


def test_the_inbox_lists_tips_with_state_project_and_sender_and_filters_them(client, leader):
    project = make_project("Ny skule i Nedre Li")
    make_tip("Dugnad på laurdag", project=project, name="Kari Nordmann")
    make_tip("Vegen er full av hol", state=Tip.State.SPAM)

    page = client.get("/admin/tips/tip/").text
    assert "Dugnad på laurdag" in page and "Kari Nordmann" in page and "Ny skule i Nedre Li" in page

    new_only = client.get("/admin/tips/tip/?state__exact=new").text
    assert "Dugnad på laurdag" in new_only and "Vegen er full av hol" not in new_only
    by_project = client.get(f"/admin/tips/tip/?project__id__exact={project.pk}").text
    assert "Dugnad på laurdag" in by_project and "Vegen er full av hol" not in by_project


def test_a_tip_shows_its_photo_to_staff_only_and_offers_a_mailto_answer(client, leader):
    tip = make_tip(photo=True, email="kari@example.org", wants_answer=True)

    page = soup(client.get(f"/admin/tips/tip/{tip.pk}/change/"))

    image = page.find("img", class_="tip-photo")
    assert image["src"] == f"/admin/tips/tip/{tip.pk}/photo/"
    photo = client.get(image["src"])
    assert photo.status_code == 200 and photo["Content-Type"] == "image/jpeg"
    assert "private, no-store" in photo["Cache-Control"]
    assert page.find("a", href=lambda href: href and href.startswith("mailto:kari@example.org?"))
    client.logout()
    assert client.get(image["src"]).status_code == 302  # to the login page


def test_handling_a_tip_records_who_and_when(client, leader):
    tip = make_tip()

    response = client.post(
        f"/admin/tips/tip/{tip.pk}/change/",
        {"project": "", "state": "answered", "handled_by": "", "internal_notes": "Ringde henne."},
    )

    assert response.status_code == 302
    tip.refresh_from_db()
    assert tip.state == Tip.State.ANSWERED
    assert tip.handled_by == leader and tip.handled_at is not None
    assert tip.internal_notes == "Ringde henne."


def test_a_hostile_message_is_shown_as_text_in_admin(client, leader):
    tip = make_tip('<img src=x onerror="alert(1)"><script>alert(2)</script>')
    page = client.get(f"/admin/tips/tip/{tip.pk}/change/").text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "<script>alert(2)" not in page


@pytest.mark.parametrize("consented", [True, False], ids=["photo allowed", "photo not allowed"])
def test_a_tip_becomes_a_draft_status_update_and_goes_public_when_published(
    client, leader, consented
):
    project = make_project("Ny skule i Nedre Li")
    tip = make_tip(
        "Taket er på plass!", project=project, photo=True, photo_may_be_published=consented
    )

    response = client.post(
        f"/admin/tips/tip/{tip.pk}/change/",
        {
            "project": project.pk,
            "state": "new",
            "handled_by": "",
            "internal_notes": "",
            "_make_update": "1",
        },
    )

    update = StatusUpdate.objects.get()
    assert response["Location"] == f"/admin/updates/statusupdate/{update.pk}/change/"
    assert not update.is_published and update.is_resident_report
    assert update.body == "<p>Taket er på plass!</p>"
    assert update.images.count() == (1 if consented else 0)
    assert client.get(project.get_absolute_url()).status_code == 200
    tip.refresh_from_db()
    assert tip.state == Tip.State.IN_PROGRESS

    # The process leader ticks Published and saves: residents see it, the tip is done.
    an_hour_ago = timezone.localtime() - timedelta(hours=1)
    assert client.get(f"/admin/updates/statusupdate/{update.pk}/change/").status_code == 200
    data = {
        "project": project.pk,
        "title": "Meldt inn: taket er på plass",
        "body": update.body,
        "new_status": "",
        "new_progress": "",
        # An hour ago, so that it is public whatever the time of day the test runs.
        "published_at_0": an_hour_ago.strftime("%d.%m.%Y"),
        "published_at_1": an_hour_ago.strftime("%H:%M:%S"),
        "is_published": "on",
        "is_resident_report": "on",
        "source_tip": tip.pk,
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
    }
    if consented:
        image = update.images.get()
        data |= {
            "images-TOTAL_FORMS": "1",
            "images-INITIAL_FORMS": "1",
            "images-0-id": image.pk,
            "images-0-update": update.pk,
            "images-0-alt_text": "Nytt tak på skulen",
            "images-0-caption": "",
            "images-0-credit": "Innbyggjar",
            "images-0-position": "0",
        }
    saved = client.post(f"/admin/updates/statusupdate/{update.pk}/change/", data)
    assert saved.status_code == 302, saved.text[:3000]
    tip.refresh_from_db()
    assert tip.state == Tip.State.PUBLISHED
    client.logout()
    public = client.get(project.get_absolute_url()).text
    assert "Meldt inn: taket er på plass" in public and "Meldt inn av ein innbyggjar" in public


def test_purge_erases_personal_data_of_tips_handled_long_ago_and_nothing_else(settings):
    settings.TIP_RETENTION_DAYS = 180
    long_ago = timezone.now() - timedelta(days=181)
    old = make_tip(name="Kari", email="kari@example.org", phone="555 12 345", photo=True)
    old.state = Tip.State.ANSWERED
    old.save()
    Tip.objects.filter(pk=old.pk).update(handled_at=long_ago)
    old_spam = make_tip("Kjøp billige klokker", state=Tip.State.SPAM)
    Tip.objects.filter(pk=old_spam.pk).update(handled_at=long_ago)
    recent = make_tip(name="Ola", email="ola@example.org", state=Tip.State.ANSWERED)
    unhandled = make_tip(name="Per", email="per@example.org")
    Tip.objects.filter(pk=unhandled.pk).update(created_at=long_ago)
    photo_path = old.photo.path

    call_command("purge_tips", verbosity=0)

    old.refresh_from_db()
    assert (old.name, old.email, old.phone, old.photo.name) == ("", "", "", "")
    assert old.message == "Brua er stengd." and old.personal_data_erased_at
    assert not Tip.objects.filter(pk=old_spam.pk).exists()
    assert not Path(photo_path).exists()
    recent.refresh_from_db()
    unhandled.refresh_from_db()
    assert recent.email == "ola@example.org" and unhandled.email == "per@example.org"


def test_the_process_leader_exports_and_erases_one_residents_data(client, leader):
    mine = [
        make_tip("Fyrste", email="kari@example.org", name="Kari"),
        make_tip("Andre", email="Kari@Example.org"),
    ]
    other = make_tip("Tredje", email="ola@example.org")
    found = client.get("/admin/tips/tip/?q=kari%40example.org").text
    assert "Fyrste" in found and "Andre" in found and "Tredje" not in found

    selected = {"_selected_action": [tip.pk for tip in mine]}
    export = client.post("/admin/tips/tip/", {"action": "export_personal_data", **selected})
    assert export["Content-Disposition"] == 'attachment; filename="personal-data.json"'
    data = json.loads(export.content)
    assert sorted(tip["message"] for tip in data["tips"]) == ["Andre", "Fyrste"]
    assert {tip["email"] for tip in data["tips"]} == {"kari@example.org", "Kari@Example.org"}

    confirm = client.post("/admin/tips/tip/", {"action": "erase_personal_data", **selected})
    assert "Slette personopplysningar?" in confirm.text
    assert Tip.objects.filter(email__iexact="kari@example.org").count() == 2  # not yet

    done = client.post(
        "/admin/tips/tip/", {"action": "erase_personal_data", "confirmed": "yes", **selected}
    )
    assert done.status_code == 302
    assert not Tip.objects.filter(email__iexact="kari@example.org").exists()
    other.refresh_from_db()
    assert other.email == "ola@example.org"


def test_nobody_adds_a_tip_in_admin(client, leader):
    assert client.get("/admin/tips/tip/add/").status_code == 403


def test_the_process_leader_finds_a_tip_by_the_reference_on_the_residents_receipt(client, leader):
    tip = make_tip("Gatelyset er ute.", submission_id="3f9a0c2b11223344556677")
    make_tip("Brua er stengd.", submission_id="aaaa0c2b11223344556677")
    assert tip.reference == "3F9A-0C2B"

    for typed in ["3F9A-0C2B", "3f9a0c2b", " 3F9A-0C2B "]:
        found = soup(client.get("/admin/tips/tip/", {"q": typed}))
        rows = found.select("#result_list tbody tr")
        assert len(rows) == 1 and "Gatelyset er ute." in rows[0].get_text(), typed
    page = client.get(f"/admin/tips/tip/{tip.pk}/change/").text
    assert "3F9A-0C2B" in page
