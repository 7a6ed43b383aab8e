"""Finding one's way on a project's page (issue 18): "On this page" links to the sections
the page has, the facts and whom to contact first, long lists folded after the newest few,
and the tip form last."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from events.models import Event
from projects.models import Document, Funding, ProjectLink
from tests.base import (
    NOW,
    made_afresh,
    make_area,
    make_contact,
    make_group,
    make_phase,
    make_project,
    make_project_image,
    make_theme,
    make_update,
)

pytestmark = pytest.mark.django_db


def soup_of(client, project):
    response = client.get(project.get_absolute_url())
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def jump_links(soup):
    nav = soup.find("nav", class_="on-this-page")
    return [link["href"] for link in nav.find_all("a")]


def project_with_everything():
    project = make_project(
        "Flytt hit",
        body="<p>Kampanjen skal få fleire til å flytte hit.</p>",
        how_to_get_involved="<p>Bli med på dugnad.</p>",
        lead_organisation="Fjordvik kommune",
        starts_on=NOW.date() - timedelta(days=300),
    )
    project.areas.add(make_area("Nedre Li"))
    project.themes.add(make_theme("Bulyst"))
    make_contact("Kari Nordmann", project=project)
    make_project_image(project)
    make_phase(project)
    make_update(project)
    make_group(projects=[project], members=[("Ola", "member", "")])
    Document.objects.create(
        project=project, title="Plan", file=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n")
    )
    Funding.objects.create(project=project, source="Fylket", kind="county", amount=1000)
    ProjectLink.objects.create(project=project, title="flytthit.no", url="https://flytthit.no/")
    Event.objects.create(
        title="Folkemøte", starts_at=timezone.now() + timedelta(days=3), place="Grendehuset"
    ).projects.add(project)
    return project


def test_a_bare_project_links_only_to_its_facts_and_the_tip_form(client):
    project = make_project("Nytt bibliotek")

    assert jump_links(soup_of(client, project)) == ["#facts", "#tips"]


def test_every_section_the_page_has_is_linked_in_page_order_and_each_link_finds_its_heading(
    client,
):
    soup = soup_of(client, project_with_everything())

    links = jump_links(soup)
    assert links == [
        "#facts",
        "#contacts",
        "#about",
        "#pictures",
        "#timeline",
        "#update-list",
        "#meetings",
        "#groups",
        "#documents",
        "#funding",
        "#links",
        "#involve",
        "#tips",
    ]
    article = soup.find("article", class_="project")
    targets = [soup.find(id=link.removeprefix("#")) for link in links]
    for link, target in zip(links, targets, strict=True):
        assert target is not None, link
        # Each lands on a section named by its own heading.
        heading = soup.find(id=target["aria-labelledby"])
        assert heading.name == "h2" and heading in target.descendants, link
    # In the order the page shows them, and every section of the page has its link.
    in_page = article.find_all(id=True)
    positions = [in_page.index(target) for target in targets]
    assert positions == sorted(positions)
    sections = [section for section in article.find_all("section") if section.get("id")]
    top_level = [section for section in sections if not section.find_parent("section")]
    assert {f"#{section['id']}" for section in top_level} == set(links)


def test_the_facts_and_contacts_come_before_the_text_and_the_tip_form_last(client):
    soup = soup_of(client, project_with_everything())
    article = soup.find("article", class_="project")
    text = str(article)

    order = [
        'id="project-title"',
        'class="project__status"',
        'class="on-this-page"',
        'id="facts"',
        'id="contacts"',
        "Kampanjen skal få fleire",
        'id="update-list"',
        'id="involve"',
        'id="tips"',
        'class="project__footer"',
    ]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)
    # Nothing but the page's date follows the tip form.
    sections = article.find_all("section")
    assert sections[-1] == article.find(id="tips") or sections[-1].find_parent(id="tips")


def test_the_facts_say_when_where_and_who_leads_with_the_place_a_link_to_its_page(client):
    project = project_with_everything()
    facts = soup_of(client, project).find(id="facts")

    terms = [term.get_text(strip=True) for term in facts.find_all("dt")]
    assert terms[:3] == ["Periode", "Stad", "Leidd av"]
    place = facts.find("a", string="Nedre Li")
    assert place["href"] == project.areas.get().get_absolute_url()
    assert "Fjordvik kommune" in facts.get_text()
    assert facts.find("a", string="Bulyst")["href"] == project.themes.get().get_absolute_url()


def test_older_updates_are_folded_after_the_newest_three_and_all_are_in_the_page(client):
    project = make_project()
    titles = [f"Oppdatering {number}" for number in range(7)]
    for days_ago, title in enumerate(titles):
        make_update(project, title=title, published_at=NOW - timedelta(days=days_ago))

    updates = soup_of(client, project).find(id="update-list")

    fold = updates.find("details")
    outside = [
        title.get_text(strip=True)
        for title in updates.select(".update__title")
        if not title.find_parent("details")
    ]
    folded = [title.get_text(strip=True) for title in fold.select(".update__title")]
    assert outside == titles[:3]
    assert folded == titles[3:]
    assert not fold.has_attr("open")
    assert "7" in fold.find("summary").get_text()


def test_three_updates_are_shown_without_a_fold(client):
    project = make_project()
    for number in range(3):
        make_update(project, title=f"Oppdatering {number}")

    updates = soup_of(client, project).find(id="update-list")

    assert updates.find("details") is None
    assert len(updates.select(".update")) == 3


def test_long_lists_of_documents_and_meetings_fold_too(client):
    project = make_project()
    for number in range(7):
        Document.objects.create(
            project=project,
            title=f"Dokument {number}",
            file=SimpleUploadedFile(f"d{number}.pdf", b"%PDF-1.4\n"),
        )
    for number in range(5):
        Event.objects.create(
            title=f"Møte {number}",
            starts_at=timezone.now() + timedelta(days=number + 1),
            place="Grendehuset",
        ).projects.add(project)

    soup = soup_of(client, project)

    documents = soup.find(id="documents")
    assert len(documents.select(".document")) == 7
    assert len(documents.select("details .document")) == 2
    meetings = soup.find(id="meetings")
    soonest = [title.get_text(strip=True) for title in meetings.select(".event-list__title")]
    assert soonest == [f"Møte {number}" for number in range(5)]
    assert [title.get_text(strip=True) for title in meetings.select("details h3")] == [
        "Møte 3",
        "Møte 4",
    ]


def test_the_staff_preview_of_an_unpublished_project_has_no_tip_link(client):
    client.force_login(User.objects.create_user("redaktor", is_staff=True))
    project = make_project(is_published=False)

    links = jump_links(soup_of(client, project))

    assert "#tips" not in links and "#facts" in links


def test_folding_costs_no_query_more_with_many_updates(client):
    few, many = make_project("Få", slug="fa"), make_project("Mange", slug="mange")
    for number in range(2):
        make_update(few, title=f"Oppdatering {number}")
    for number in range(30):
        make_update(many, title=f"Oppdatering {number}")

    counts = []
    for project in (few, many):
        response, queries = made_afresh(client, project.get_absolute_url())
        assert response.status_code == 200
        counts.append(queries)
    assert counts[0] == counts[1]
