"""A tip becomes a status update with no placeholder going public: the process leader
describes the photo in their own words, lands back on the tip, and sees the tip itself
(not an id box) on the update. The tip's text is shown once, as the resident wrote it."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.html import escape

from tests.admin_forms import inline_rows
from tests.base import jpeg_bytes, make_process_leader, make_project, upload
from tips.models import Tip
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/updates/statusupdate/add/"
DESCRIBE_IT = (
    "Describe what the photo shows, for those who cannot see it: who or what is in it, and where."
)


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def in_nynorsk(text, **params):
    with translation.override("nn"):
        return translation.gettext(text) % params if params else translation.gettext(text)


def make_tip(message="Taket er på plass!", **fields):
    tip = Tip(message=message, **fields)
    tip.photo = SimpleUploadedFile("tak.jpg", jpeg_bytes(), "image/jpeg")
    tip.save()
    return tip


def tip_url(tip):
    return f"/admin/tips/tip/{tip.pk}/change/"


def update_url(update):
    return f"/admin/updates/statusupdate/{update.pk}/change/"


def make_update_from(client, tip):
    client.post(
        tip_url(tip),
        {
            "project": tip.project_id,
            "state": "new",
            "handled_by": "",
            "internal_notes": "",
            "_make_update": "1",
        },
    )
    return StatusUpdate.objects.get(source_tip=tip)


def publish(client, update, alt_text, **fields):
    """The process leader ticks Published, describes the photo and presses Save."""
    an_hour_ago = timezone.localtime() - timedelta(hours=1)
    image = update.images.get()
    data = {
        "project": update.project_id,
        "title": "Meldt inn: taket er på plass",
        "body": update.body,
        "new_status": "",
        "new_progress": "",
        "published_at_0": an_hour_ago.strftime("%Y-%m-%d"),
        "published_at_1": an_hour_ago.strftime("%H:%M:%S"),
        "is_published": "on",
        "is_resident_report": "on",
        "_save": "Lagre",
    }
    data |= inline_rows(
        "images",
        [
            {
                "id": image.pk,
                "update": update.pk,
                "alt_text": alt_text,
                "caption": "",
                "credit": "Innbyggjar",
                "position": "0",
            }
        ],
        initial=1,
    )
    data |= inline_rows("documents", [])
    return client.post(update_url(update), data | fields)


def alt_text_errors(response):
    return response.context["inline_admin_formsets"][0].formset.errors[0].get("alt_text", [])


def test_the_tips_photo_comes_without_a_description_for_the_process_leader_to_write(
    leader_client,
):
    tip = make_tip(project=make_project(), photo_may_be_published=True)

    update = make_update_from(leader_client, tip)

    assert update.images.get().alt_text == ""
    page = BeautifulSoup(leader_client.get(update_url(update)).text, "html.parser")
    alt_input = page.find("input", attrs={"name": "images-0-alt_text"})
    assert not alt_input.get("value")
    assert "Bilete frå ein innbyggjar" not in str(page)


def test_publishing_without_describing_the_photo_is_refused_at_the_field(leader_client):
    tip = make_tip(project=make_project(), photo_may_be_published=True)
    update = make_update_from(leader_client, tip)

    response = publish(leader_client, update, alt_text="")

    assert response.status_code == 200
    assert alt_text_errors(response) == [in_nynorsk(DESCRIBE_IT)]
    update.refresh_from_db()
    assert not update.is_published
    # What was typed is kept.
    assert "Meldt inn: taket er på plass" in response.text


@pytest.mark.parametrize(
    "placeholder",
    [
        "Bilete frå ein innbyggjar",
        "Photo from a resident",
        "bild från en invånare.",
        "Bilde fra en innbygger",
        "Billede fra en borger",
        "  BILETE ",
        "Foto",
        "IMG_2041.jpg",
        "PXL_20260301_101010",
        "Bilete 2",
    ],
)
def test_a_placeholder_description_is_refused_in_any_language(leader_client, placeholder):
    project = make_project()
    now = timezone.localtime()

    response = leader_client.post(
        ADD_URL,
        {
            "project": project.pk,
            "title": "Nytt tak",
            "body": "",
            "new_status": "",
            "new_progress": "",
            "published_at_0": now.strftime("%Y-%m-%d"),
            "published_at_1": now.strftime("%H:%M:%S"),
            "is_published": "on",
        }
        | inline_rows("images", [{"image": upload(), "alt_text": placeholder, "position": "0"}]),
    )

    assert response.status_code == 200
    (error,) = alt_text_errors(response)
    assert placeholder.strip() in error
    assert not StatusUpdate.objects.exists()


def test_a_real_description_naming_a_photo_is_accepted(leader_client):
    tip = make_tip(project=make_project(), photo_may_be_published=True)
    update = make_update_from(leader_client, tip)

    response = publish(leader_client, update, alt_text="Foto av det nye taket på skulen")

    assert response.status_code == 302
    assert update.images.get().alt_text == "Foto av det nye taket på skulen"


def test_after_saving_the_process_leader_is_back_on_the_tip_which_lists_the_update(
    leader_client, client
):
    project = make_project()
    tip = make_tip(project=project, photo_may_be_published=True)
    update = make_update_from(leader_client, tip)

    response = publish(leader_client, update, alt_text="Nytt raudt tak på skulen")

    assert response.status_code == 302
    assert response["Location"] == tip_url(tip)
    tip.refresh_from_db()
    assert tip.state == Tip.State.PUBLISHED
    back = BeautifulSoup(leader_client.get(tip_url(tip)).text, "html.parser")
    listed = back.find("ul", class_="tip-updates").find("a", href=update_url(update))
    assert listed.get_text() == "Meldt inn: taket er på plass"
    client.logout()
    public = client.get(project.get_absolute_url()).text
    assert 'alt="Nytt raudt tak på skulen"' in public


def test_the_update_shows_the_tip_it_came_from_not_an_id_box(leader_client):
    tip = make_tip("Brua over elva er stengd i dag.", project=make_project())
    update = make_update_from(leader_client, tip)

    page = BeautifulSoup(leader_client.get(update_url(update)).text, "html.parser")

    assert not page.find(attrs={"name": "source_tip"})
    shown = page.find(class_="field-from_tip").find(class_="readonly")
    link = shown.find("a", href=tip_url(tip))
    assert tip.reference in link.get_text()
    assert "Brua over elva er stengd i dag." in shown.get_text()


def test_the_source_tip_cannot_be_changed_by_posting_an_id(leader_client):
    tip = make_tip(project=make_project(), photo_may_be_published=True)
    other = make_tip("Ein annan tips")
    update = make_update_from(leader_client, tip)

    publish(leader_client, update, alt_text="Nytt tak på skulen", source_tip=other.pk)

    update.refresh_from_db()
    assert update.source_tip == tip


def test_the_tip_text_is_shown_once_as_written_and_nothing_in_it_runs(leader_client):
    message = "Sjå <b>her</b>:\n<script>alert(1)</script>\n\nNytt avsnitt & meir"
    tip = make_tip(message)

    response = leader_client.get(tip_url(tip))

    page = BeautifulSoup(response.text, "html.parser")
    (box,) = page.find_all(class_="tip-message")
    assert not box.find("b") and not box.find("script")
    paragraphs = box.find_all("p")
    assert [p.get_text() for p in paragraphs] == [
        "Sjå <b>her</b>:<script>alert(1)</script>",
        "Nytt avsnitt & meir",
    ]
    assert paragraphs[0].find("br")
    # Escaped once: no tags shown as text, no escaped escapes.
    assert "&lt;p&gt;" not in response.text and "&amp;lt;" not in response.text
    assert escape("<script>alert(1)</script>") in response.text
