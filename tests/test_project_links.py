"""A project's own links: its website, social media pages and videos, shown as links (a
video with its still picture, stored on the site), never as an embedded player."""

from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from projects.models import Funding, Milestone, ProjectLink
from tests.base import make_process_leader, make_project, upload
from tests.test_kept_uploads import kept_reference
from tests.test_milestones import change_url, plan_form
from tests.test_query_counts import count_queries

pytestmark = pytest.mark.django_db

VIDEO = "https://www.youtube.com/watch?v=abc123"


def make_link(project, title="flytthit.no", url="https://www.flytthit.no/", **fields):
    return ProjectLink.objects.create(project=project, title=title, url=url, **fields)


def make_video(project, **fields):
    fields.setdefault("still", upload("still.jpg", width=1280, height=720))
    fields.setdefault("still_alt_text", "Ei familie ber flyttekassar inn i eit raudt hus")
    return make_link(project, title="Flytt hit!", url=VIDEO, kind="video", **fields)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def in_nynorsk(text):
    with translation.override("nn"):
        return translation.gettext(text)


# The model's rules


def test_a_still_picture_needs_its_alternative_text():
    link = ProjectLink(project=make_project(), title="Film", url=VIDEO, still=upload())

    with pytest.raises(ValidationError) as refused:
        link.full_clean()
    assert "still_alt_text" in refused.value.message_dict


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://ftp.example.org/film.mp4",
    ],
)
def test_only_web_addresses_are_accepted(address):
    link = ProjectLink(project=make_project(), title="Lenkje", url=address)

    with pytest.raises(ValidationError) as refused:
        link.full_clean()
    assert "url" in refused.value.message_dict


def test_a_web_address_is_accepted_and_shown_by_its_domain():
    link = ProjectLink(project=make_project(), title="Flytthit", url="https://www.flytthit.no/om")

    link.full_clean()
    assert link.domain == "flytthit.no"


def test_a_replaced_still_leaves_no_file_behind(django_capture_on_commit_callbacks):
    link = make_video(make_project())
    old = Path(settings.MEDIA_ROOT, link.still.name)
    assert old.exists()

    with django_capture_on_commit_callbacks(execute=True):
        link.still = upload("new.jpg", color=(200, 30, 30))
        link.save()

    assert not old.exists()
    assert Path(settings.MEDIA_ROOT, link.still.name).exists()


# The admin


@pytest.fixture
def leader(client):
    client.force_login(make_process_leader())
    return client


def link_row(**fields):
    return {
        "kind": "video",
        "title": "Flytt hit!",
        "url": VIDEO,
        "still_alt_text": "",
        "position": "0",
    } | fields


def test_the_process_leader_adds_a_website_on_the_project_form(leader):
    project = make_project()
    row = link_row(kind="website", title="flytthit.no", url="https://www.flytthit.no/")

    response = leader.post(change_url(project), plan_form(project, links=[row]))

    assert response.status_code == 302
    assert project.links.get().url == "https://www.flytthit.no/"


def test_a_javascript_address_is_refused_beside_the_field(leader):
    project = make_project()

    response = leader.post(
        change_url(project), plan_form(project, links=[link_row(url="javascript:alert(1)")])
    )

    assert response.status_code == 200
    assert not ProjectLink.objects.exists()
    assert BeautifulSoup(response.text, "html.parser").select_one("#id_links-0-url_error")


def test_a_still_without_alt_text_is_kept_until_the_alt_text_is_written(
    leader, django_capture_on_commit_callbacks
):
    project = make_project()
    row = link_row(still=upload("still.jpg", color=(30, 30, 200)))

    refused = leader.post(change_url(project), plan_form(project, links=[row]))

    assert refused.status_code == 200
    page = BeautifulSoup(refused.text, "html.parser")
    assert page.select_one("#id_links-0-still_alt_text_error")
    assert page.select_one("#id_links-0-title")["value"] == "Flytt hit!"
    assert in_nynorsk("Kept: no need to choose it again") in refused.text
    reference = kept_reference(refused, "links-0-still")
    assert reference

    row = link_row(still_alt_text="Ei familie framfor eit raudt hus")
    row["still-kept"] = reference
    with django_capture_on_commit_callbacks(execute=True):
        saved = leader.post(change_url(project), plan_form(project, links=[row]))

    assert saved.status_code == 302
    link = project.links.get()
    assert link.still and Path(settings.MEDIA_ROOT, link.still.name).exists()
    assert link.still_alt_text == "Ei familie framfor eit raudt hus"


def test_with_two_languages_the_missing_alt_text_error_stands_beside_the_sites_own(settings):
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]
    leader = Client()
    leader.force_login(make_process_leader())
    project = make_project()
    row = link_row(title_nn="Flytt hit!", title_en="Move here!", still=upload())
    row.pop("title")
    row.pop("still_alt_text")
    row |= {"still_alt_text_nn": "", "still_alt_text_en": ""}

    refused = leader.post(change_url(project), plan_form(project, links=[row]))

    assert refused.status_code == 200
    assert BeautifulSoup(refused.text, "html.parser").select_one(
        "#id_links-0-still_alt_text_nn_error"
    )


# The public page


def test_links_are_listed_with_their_domain_and_a_video_with_its_still(client):
    project = make_project()
    make_link(project, title="Flytthit, kampanjen for tilflytting", kind="website")
    make_link(project, title="Flytthit.no", url="https://flytthit.no/blogg", kind="other")
    make_link(
        project, title="Flytthit på Facebook", url="https://facebook.com/flytthit", kind="facebook"
    )
    video = make_video(project)

    page = soup(client.get(project.get_absolute_url()))

    section = page.select_one(".project__links")
    assert section.h2
    texts = [item.get_text(" ", strip=True) for item in section.select("li")]
    assert "(flytthit.no)" in texts[0] and "(facebook.com)" in texts[2]
    assert texts[1] == "Flytthit.no"  # the title already says where it goes
    watch = section.select_one(".project-link--video a")
    assert watch["href"] == VIDEO
    assert "youtube.com" in watch.get_text()
    still = watch.img
    assert still["src"] == video.still.url and still["src"].startswith(settings.MEDIA_URL)
    assert still["alt"] == "Ei familie ber flyttekassar inn i eit raudt hus"
    assert (still["width"], still["height"]) == ("1280", "720")
    # Nothing from another site is loaded or played on the page.
    assert not page.find_all(["iframe", "embed", "object", "video"])


def test_an_address_stored_unchecked_is_never_a_link(client):
    project = make_project()
    make_link(project, title="Farleg", url="javascript:alert(1)")

    page = soup(client.get(project.get_absolute_url()))

    assert "javascript:" not in str(page)


def test_an_unpublished_projects_links_are_shown_nowhere(client):
    project = make_project("Løynd", slug="loynd", is_published=False)
    make_link(project, title="Løynleg nettstad")

    assert client.get(project.get_absolute_url()).status_code == 404
    assert "Løynleg nettstad" not in client.get("/").text


# What the project page costs


def fill_plan(project, size):
    for index in range(size):
        Milestone.objects.create(
            project=project, title=f"Vedtak {index}", planned_on=date(2020, 1, 1 + index % 28)
        )
        Funding.objects.create(
            project=project, source=f"Kjelde {index}", amount=1000 + index, currency="NOK"
        )
        make_link(project, title=f"Lenkje {index}", url=f"https://example.org/{index}")
    make_video(project)


def test_the_project_page_costs_the_same_with_0_2_and_20_milestones_funding_rows_and_links(
    client,
):
    none = make_project("Ingen", slug="ingen")
    few = make_project("Få", slug="fa")
    many = make_project("Mange", slug="mange")
    fill_plan(few, 2)
    fill_plan(many, 20)

    counts = [count_queries(client, project.get_absolute_url()) for project in (none, few, many)]

    # One query each for milestones, funding and links, however many there are.
    assert counts[0] == counts[1] == counts[2]
