"""A project's own page: everything a resident needs, in a clear order."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext

from contacts.models import ContactPerson, GroupMember
from projects.models import Document, Funding, Partner, Project, ProjectLink
from tests.base import (
    NOW,
    make_area,
    make_contact,
    make_group,
    make_phase,
    make_project,
    make_project_image,
    make_theme,
    make_update,
    make_update_image,
    upload,
)
from tests.hostile import MARKUP, assert_no_markup_from_the_attacker
from tests.test_overview import assert_complete_pictures, images_on

pytestmark = pytest.mark.django_db


def page(client, project):
    response = client.get(project.get_absolute_url())
    assert response.status_code == 200
    return response.text


def pdf_document(project, title="Lokal utviklingsplan", size=2000):
    return Document.objects.create(
        project=project,
        title=title,
        file=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n" + b"x" * (size - 9)),
    )


def test_the_address_is_stable_and_made_from_the_slug(client):
    project = make_project("Tilflytting 2030", slug="tilflytting-2030")
    assert project.get_absolute_url() == "/prosjekt/tilflytting-2030/"
    assert '<h1 id="project-title">Tilflytting 2030</h1>' in page(client, project)


def test_it_shows_the_status_an_update_set_with_its_date_and_progress(client):
    project = make_project(status="planned", progress=10)
    make_update(
        project, new_status="ongoing", new_progress=55, published_at=NOW - timedelta(days=2)
    )

    text = page(client, project)

    status = text[text.index('class="project__status"') : text.index('class="lead"')]
    assert "I gang</span>" in status
    assert "sidan 13. juni 2026" in status
    assert "Framdrift: 55 %" in status
    assert '<progress max="100" value="55"' in status


def test_without_status_updates_the_status_is_dated_when_it_was_set(client):
    project = make_project(status="paused", status_changed_at=NOW - timedelta(days=30))
    make_update(project, title="Berre ei melding", published_at=NOW)

    text = page(client, project)

    assert "Sett på pause</span>" in text
    assert "sidan 16. mai 2026" in text


def test_status_updates_are_shown_newest_first_with_their_pictures(client):
    project = make_project()
    make_update(project, title="Første spadetak", published_at=NOW - timedelta(days=400))
    newest = make_update(
        project, title="Taket er på", body="<p>Tett før vinteren.</p>", published_at=NOW
    )
    make_update_image(newest, alt_text="Nytt tak i sola", caption="Taket", credit="Liv Fjell")

    text = page(client, project)

    assert text.index("Taket er på") < text.index("Første spadetak")
    card = text[text.index(f'id="update-{newest.pk}"') :]
    assert '<time datetime="2026-06-15">15. juni 2026</time>' in card
    assert "<p>Tett før vinteren.</p>" in card
    assert 'alt="Nytt tak i sola"' in card
    assert 'Taket <span class="credit">Foto: Liv Fjell</span>' in card


def test_pictures_show_captions_and_credits_and_only_the_first_loads_at_once(client):
    project = make_project()
    make_project_image(
        project, alt_text="Skulen frå lufta", caption="Skulen i 2025", credit="Per Li"
    )
    make_project_image(project, alt_text="Skuleplassen", position=2)

    text = page(client, project)

    assert "Skulen i 2025" in text
    assert "Foto: Per Li" in text
    images = images_on(text)
    assert [(image["alt"], image.get("loading")) for image in images] == [
        ("Skulen frå lufta", None),
        ("Skuleplassen", "lazy"),
    ]


def test_every_picture_has_alt_text_size_and_renditions_with_webp_first(client):
    project = make_project()
    make_project_image(project)
    update = make_update(project)
    make_update_image(update)
    make_contact("Kari Nordmann", project=project, photo=upload(width=400, height=400))

    text = page(client, project)

    images = images_on(text)
    assert len(images) == 3
    assert_complete_pictures(images)
    # The contact's photo stands with the facts, before the text and its pictures.
    assert images[0]["alt"] == gettext("Photo of %(name)s") % {"name": "Kari Nordmann"}
    assert text.count('<source type="image/webp"') == 3
    # Only the project's lead picture loads at once.
    assert [image.get("loading") == "lazy" for image in images] == [True, False, True]


def test_phases_are_listed_with_the_current_one_marked(client):
    project = make_project()
    make_phase(project, name="Fase 1", starts_on=date(2002, 1, 1), ends_on=date(2004, 6, 1))
    make_phase(project, name="Fase 2", starts_on=date(2004, 6, 2))

    text = page(client, project)

    assert "2002–2004" in text
    assert "frå 2004" in text
    assert text.index("Fase 1") < text.index("Fase 2")
    assert text.count('aria-current="step"') == 1
    assert text.index("Fase 1</h3>") < text.index('aria-current="step"') < text.index("Fase 2")


def test_steering_groups_show_members_their_roles_and_whom_they_represent(client):
    project = make_project()
    group = make_group(
        "Rådgjevande organ",
        projects=[project],
        kind="advisory_board",
        members=[("Ola Dal", "chair", "Næringslivet"), ("Siri Strand", "member", "Ungdomsrådet")],
    )
    public_person = ContactPerson.objects.create(name="Siri Strand", email="siri@example.org")
    GroupMember.objects.filter(group=group, name="Siri Strand").update(contact_person=public_person)

    text = page(client, project)

    table = text[text.index("Rådgjevande organ") : text.index("</table>")]
    assert "Rådgjevande organ" in table
    assert "Ola Dal</th>" in table and "<td>Leiar</td>" in table
    assert "<td>Næringslivet</td>" in table and "<td>Ungdomsrådet</td>" in table
    # Contact details only for the member linked to a public contact person.
    assert table.count("mailto:") == 1
    assert 'href="mailto:siri@example.org"' in table


def test_names_in_groups_and_on_contact_cards_are_shown_as_written_never_as_html(client):
    project = make_project()
    written = '<script>alert("x")</script> & Co'
    group = make_group(written, projects=[project], members=[(written, "member", written)])
    person = make_contact(written, project=project, organisation=written, job_title=written)
    GroupMember.objects.filter(group=group).update(contact_person=person)

    text = page(client, project)

    assert "<script>" not in text
    shown = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co"
    # The group's heading and table caption, the member's name and whom they represent, the
    # contact card's name, job title and organisation.
    assert text.count(shown) >= 7
    assert gettext("Members of %(name)s") % {"name": shown} in text


def test_pictures_links_and_funding_show_what_was_written_as_text(client):
    project = make_project()
    for payload in MARKUP:
        make_project_image(project, caption=payload, credit=payload, alt_text=payload)
        ProjectLink.objects.create(project=project, title=payload, url="https://example.org/")
        Funding.objects.create(project=project, source=payload, amount=Decimal(10))

    text = page(client, project)

    assert_no_markup_from_the_attacker(text)
    shown = BeautifulSoup(text, "html.parser")
    for selector in ("figcaption", ".credit", ".project-link", ".money-table tbody th"):
        written = " ".join(element.get_text() for element in shown.select(selector))
        assert all(payload in written for payload in MARKUP), selector


def test_contact_persons_have_their_role_and_phone_and_email_links(client):
    project = make_project()
    make_contact(
        "Kari Nordmann",
        project=project,
        role="project_leader",
        job_title="Rådgjevar",
        organisation="Fjordvik kommune",
        phone="+47 555 01 234",
        mobile="555 99 888",
    )

    text = page(client, project)

    assert "Kari Nordmann" in text
    assert "Prosjektleiar" in text
    assert "Rådgjevar, Fjordvik kommune" in text
    assert '<a href="tel:+4755501234">+47 555 01 234</a>' in text
    assert '<a href="tel:55599888">555 99 888</a>' in text
    assert '<a href="mailto:kari@example.org">kari@example.org</a>' in text


def test_documents_show_their_kind_and_size_and_link_to_the_file(client):
    project = make_project()
    document = pdf_document(project, size=2048)

    text = page(client, project)

    link = BeautifulSoup(text, "html.parser").find("a", href=document.get_download_url())
    assert link.get_text(strip=True) == "Lokal utviklingsplan"
    assert document.get_download_url() == f"/dokument/{document.pk}/lokal-utviklingsplan.pdf"
    assert "PDF, 2,0\xa0KB" in text


def test_involvement_lead_organisation_partners_by_sector_areas_and_themes_are_shown(client):
    project = make_project(
        lead_organisation="Fjordvik kommune",
        how_to_get_involved="<p>Kom på dugnad laurdag.</p>",
    )
    Partner.objects.create(project=project, name="Li Idrettslag", sector="voluntary")
    Partner.objects.create(project=project, name="Li Sparebank", sector="private")
    Partner.objects.create(project=project, name="Fylkeskommunen", sector="public")
    project.themes.add(make_theme("Bulyst"))
    project.areas.add(make_area("Nedre Li"))

    text = page(client, project)

    assert "<p>Kom på dugnad laurdag.</p>" in text
    assert "Fjordvik kommune" in text
    facts = text[text.index('id="facts-title"') :]
    # Public, then private, then voluntary, each under its sector.
    assert facts.index("(offentleg)") < facts.index("Fylkeskommunen")
    assert facts.index("Fylkeskommunen") < facts.index("(privat)") < facts.index("Li Sparebank")
    assert facts.index("Li Sparebank") < facts.index("(frivillig)") < facts.index("Li Idrettslag")
    assert "Bulyst" in facts and "Nedre Li" in facts


def test_sections_come_in_the_order_residents_read_them(client):
    project = make_project(
        body="<p>Brødtekst</p>",
        how_to_get_involved="<p>Bli med</p>",
        lead_organisation="Fjordvik kommune",
        progress=30,
    )
    make_project_image(project)
    make_phase(project)
    make_update(project)
    make_group(projects=[project], members=[("Ola", "member", "")])
    make_contact(project=project)
    pdf_document(project)

    text = page(client, project)

    # On a phone: what it is and how it stands, where to find what, the facts and whom to
    # ask, then the text and the rest; the tip form last (issue 18).
    order = [
        'class="breadcrumbs"',
        'id="project-title"',
        'class="project__status"',
        'class="progress"',
        'class="lead"',
        'id="on-this-page-title"',
        'id="facts-title"',
        'id="contacts-title"',
        "Brødtekst",
        'id="pictures-title"',
        'id="timeline-title"',
        'id="updates-title"',
        'id="groups-title"',
        'id="documents-title"',
        'id="involve-title"',
        'id="tip-title"',
        'class="project__footer"',
    ]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_breadcrumbs_lead_back_to_the_overview(client):
    text = page(client, make_project("Nytt bibliotek"))
    start = text.index('class="breadcrumbs"')
    crumbs = text[start : text.index("</nav>", start)]
    assert 'href="/"' in crumbs
    assert 'aria-current="page">Nytt bibliotek<' in crumbs


def test_the_page_says_when_it_was_last_updated(client):
    project = make_project()
    Project.objects.filter(pk=project.pk).update(updated_at=NOW - timedelta(days=10))
    make_update(project, published_at=NOW - timedelta(days=1))

    assert "Sida vart sist oppdatert 14. juni 2026" in page(client, project)
