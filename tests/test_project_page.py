"""A project's own page: everything a resident needs, in a clear order."""

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from contacts.models import ContactPerson, GroupMember
from projects.models import Document, Partner
from tests.base import (
    make_contact,
    make_group,
    make_phase,
    make_project,
    make_project_image,
    make_theme,
    make_update,
    make_update_image,
)

pytestmark = pytest.mark.django_db


def page(client, project):
    response = client.get(project.get_absolute_url())
    assert response.status_code == 200
    return response.text


def test_the_address_is_stable_and_made_from_the_slug(client):
    project = make_project("Tilflytting 2030", slug="tilflytting-2030")
    assert project.get_absolute_url() == "/prosjekt/tilflytting-2030/"
    assert "<h1" in page(client, project)


def test_it_shows_status_with_its_date_and_progress(client):
    project = make_project(status="planned")
    when = timezone.now() - timedelta(days=2)
    make_update(project, new_status="ongoing", new_progress=55, published_at=when)

    text = page(client, project)

    assert "I gang" in text
    assert f"sidan {timezone.localtime(when).day}." in text
    assert '<progress max="100" value="55"' in text


def test_status_updates_are_shown_newest_first_with_their_pictures(client):
    project = make_project()
    now = timezone.now()
    make_update(project, title="Første spadetak", published_at=now - timedelta(days=400))
    newest = make_update(project, title="Taket er på", published_at=now - timedelta(days=2))
    make_update_image(newest, alt_text="Nytt tak i sola", caption="Taket", credit="Liv Fjell")

    text = page(client, project)

    assert text.index("Taket er på") < text.index("Første spadetak")
    assert 'alt="Nytt tak i sola"' in text
    assert "Foto: Liv Fjell" in text
    assert f'id="update-{newest.pk}"' in text


def test_pictures_show_captions_and_photographer_credits_and_only_the_first_loads_eagerly(client):
    project = make_project()
    make_project_image(
        project, alt_text="Skulen frå lufta", caption="Skulen i 2025", credit="Per Li"
    )
    make_project_image(project, alt_text="Skuleplassen", position=2)

    text = page(client, project)

    assert "Skulen i 2025" in text
    assert "Foto: Per Li" in text
    first = text[
        text.index('alt="Skulen frå lufta"') - 400 : text.index('alt="Skulen frå lufta"') + 60
    ]
    assert 'loading="lazy"' not in first
    assert 'alt="Skuleplassen" loading="lazy"' in text


def test_phases_are_listed_with_the_current_one_marked(client):
    project = make_project()
    make_phase(project, name="Fase 1", starts_on=date(2002, 1, 1), ends_on=date(2004, 6, 1))
    make_phase(project, name="Fase 2", starts_on=date(2004, 6, 2))

    text = page(client, project)

    assert "2002–2004" in text
    assert "frå 2004" in text
    assert text.index("Fase 1") < text.index("Fase 2")
    assert "phase phase--current" in text and text.count("phase--current") == 1


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

    assert "Rådgjevande organ" in text
    assert "Ola Dal" in text and "Leiar" in text and "Næringslivet" in text
    assert "Ungdomsrådet" in text
    assert 'href="mailto:siri@example.org"' in text


def test_contact_persons_have_phone_and_email_links(client):
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
    assert 'href="tel:+4755501234"' in text
    assert 'href="tel:55599888"' in text
    assert 'href="mailto:kari@example.org"' in text


def test_documents_show_their_kind_and_size(client):
    project = make_project()
    Document.objects.create(
        project=project,
        title="Lokal utviklingsplan",
        file=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n" + b"x" * 2000),
    )

    text = page(client, project)

    assert "Lokal utviklingsplan" in text
    assert "(PDF, 2,0\xa0KB)" in text


def test_how_to_get_involved_partners_lead_organisation_and_themes_are_shown(client):
    project = make_project(
        lead_organisation="Fjordvik kommune",
        how_to_get_involved="<p>Kom på dugnad laurdag.</p>",
    )
    Partner.objects.create(project=project, name="Li Sparebank", sector="private")
    Partner.objects.create(project=project, name="Li Idrettslag", sector="voluntary")
    project.themes.add(make_theme("Bulyst"))

    text = page(client, project)

    assert "Kom på dugnad laurdag." in text
    assert "Fjordvik kommune" in text
    assert "Li Sparebank" in text and "(privat)" in text
    assert "(frivillig)" in text
    assert "Bulyst" in text


def test_sections_come_in_the_order_residents_read_them(client):
    project = make_project(body="<p>Brødtekst</p>", how_to_get_involved="<p>Bli med</p>")
    make_project_image(project)
    make_phase(project)
    make_update(project)
    make_group(projects=[project], members=[("Ola", "member", "")])
    make_contact(project=project)
    Document.objects.create(
        project=project, title="Plan", file=SimpleUploadedFile("p.pdf", b"%PDF-1.4\n")
    )

    text = page(client, project)

    order = [
        'class="breadcrumbs"',
        'id="project-title"',
        'class="project__status"',
        "Brødtekst",
        'id="pictures-title"',
        'id="phases-title"',
        'id="updates-title"',
        'id="groups-title"',
        'id="contacts-title"',
        'id="documents-title"',
        'id="involve-title"',
        'class="project__footer"',
    ]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_breadcrumbs_lead_back_to_the_overview(client):
    text = page(client, make_project("Nytt bibliotek"))
    crumbs = text[
        text.index('class="breadcrumbs"') : text.index("</nav>", text.index('class="breadcrumbs"'))
    ]
    assert 'href="/"' in crumbs
    assert 'aria-current="page">Nytt bibliotek<' in crumbs


def test_the_page_says_when_it_was_last_updated(client):
    project = make_project()
    make_update(project, published_at=timezone.now())
    assert "Sida vart sist oppdatert" in page(client, project)
