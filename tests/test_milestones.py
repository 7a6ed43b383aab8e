"""Decision milestones: dated steps of a project (a council decision, a consultation, an
opening) on the project's timeline with its phases and status updates."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation

from projects.models import Milestone
from tests.admin_forms import inline_rows, management_form, project_form
from tests.base import make_phase, make_process_leader, make_project, make_update

pytestmark = pytest.mark.django_db

# Every inline on the project's change form, as its formset prefix.
PROJECT_FORM_INLINES = [
    "images",
    "documents",
    "phases",
    "milestones",
    "funding",
    "links",
    "partners",
    "contacts",
    "steering_groups",
]


def plan_form(project, **inlines):
    """The project's change form as the admin posts it, with rows for the inlines named."""
    data = project_form(project, weight="1", progress_from="own")
    for prefix in PROJECT_FORM_INLINES:
        data |= management_form(prefix)
    for prefix, rows in inlines.items():
        data |= inline_rows(prefix, rows)
    return data


def change_url(project):
    return f"/admin/projects/project/{project.pk}/change/"


@pytest.fixture
def leader(client):
    client.force_login(make_process_leader())
    return client


def timeline(response):
    page = BeautifulSoup(response.text, "html.parser")
    return page.select_one(".project__timeline ol.timeline")


def make_milestone(project, title="Vedteke i kommunestyret", **fields):
    fields.setdefault("planned_on", date(2017, 10, 19))
    return Milestone.objects.create(project=project, title=title, **fields)


# The model's rules


def test_a_milestone_needs_a_planned_or_an_actual_date():
    milestone = Milestone(project=make_project(), title="Vedtak", kind="decision")

    with pytest.raises(ValidationError) as refused:
        milestone.full_clean()
    assert "planned_on" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        milestone.save()


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "JavaScript:alert(document.cookie)", "ftp://arkiv.example.no/sak"],
)
def test_a_link_to_the_case_must_be_a_web_address(address):
    milestone = Milestone(
        project=make_project(), title="Vedtak", planned_on=date(2024, 1, 1), case_url=address
    )

    with pytest.raises(ValidationError) as refused:
        milestone.full_clean()
    assert "case_url" in refused.value.message_dict


def test_a_consultation_cannot_close_before_it_opens():
    milestone = Milestone(
        project=make_project(),
        title="Høyring",
        kind="consultation",
        planned_on=date(2027, 2, 1),
        until=date(2027, 1, 1),
    )

    with pytest.raises(ValidationError) as refused:
        milestone.full_clean()
    assert "until" in refused.value.message_dict


def test_a_consultation_is_coming_open_then_closed():
    milestone = Milestone(kind="consultation", planned_on=date(2027, 1, 10), until=date(2027, 3, 1))

    assert milestone.consultation_state(date(2027, 1, 9)) == "coming"
    assert milestone.consultation_state(date(2027, 1, 10)) == "open"
    assert milestone.consultation_state(date(2027, 3, 1)) == "open"
    assert milestone.consultation_state(date(2027, 3, 2)) == "closed"
    assert milestone.state(date(2027, 2, 1)) == "open"
    assert milestone.state(date(2027, 3, 2)) == "planned"
    milestone.happened_on = date(2027, 1, 12)
    assert milestone.state(date(2027, 3, 2)) == "done"


# The admin


def test_the_process_leader_adds_a_decision_on_the_project_form(leader):
    project = make_project()
    row = {
        "title": "Vedteke i kommunestyret",
        "kind": "decision",
        "planned_on": "",
        "happened_on": "19.10.2017",
        "until": "",
        "description": "Planen vart vedteken samrøystes.",
        "case_number": "2017/1234",
        "case_url": "https://einnsyn.no/sak/2017-1234",
    }

    response = leader.post(change_url(project), plan_form(project, milestones=[row]))

    assert response.status_code == 302, response.context["errors"]
    milestone = project.milestones.get()
    assert (milestone.happened_on, milestone.case_number) == (date(2017, 10, 19), "2017/1234")


def test_a_milestone_without_a_date_comes_back_with_the_error_beside_the_date(leader):
    project = make_project()
    row = {
        "title": "Ut på høyring",
        "kind": "consultation",
        "planned_on": "",
        "happened_on": "",
        "until": "01.03.2027",
        "description": "",
        "case_number": "",
        "case_url": "javascript:alert(1)",
    }

    response = leader.post(change_url(project), plan_form(project, milestones=[row]))

    assert response.status_code == 200
    assert not Milestone.objects.exists()
    page = BeautifulSoup(response.text, "html.parser")
    assert page.select_one("#id_milestones-0-planned_on_error")
    assert page.select_one("#id_milestones-0-case_url_error")
    # Nothing written is lost.
    assert page.select_one("#id_milestones-0-title")["value"] == "Ut på høyring"
    assert page.select_one("#id_milestones-0-until")["value"] == "01.03.2027"


# The public page


def test_the_timeline_shows_a_decision_with_its_case_number_and_link(client):
    project = make_project()
    make_milestone(
        project,
        happened_on=date(2017, 10, 19),
        case_number="2017/1234",
        case_url="https://einnsyn.no/sak/2017-1234",
    )

    entry = timeline(client.get(project.get_absolute_url())).select_one(
        ".timeline__entry--milestone"
    )

    assert "Vedteke i kommunestyret" in entry.get_text()
    link = entry.select_one(".timeline__case a")
    assert link["href"] == "https://einnsyn.no/sak/2017-1234"
    assert "2017/1234" in link.get_text()
    assert entry.select_one("time")["datetime"] == "2017-10-19"
    assert "timeline__entry--done" in entry["class"]


def test_an_open_consultation_says_until_when_in_the_sites_language(client):
    project = make_project()
    today = timezone.localdate()
    until = today + timedelta(days=20)
    make_milestone(
        project, title="Ut på høyring", kind="consultation", planned_on=today, until=until
    )

    entry = timeline(client.get(project.get_absolute_url())).select_one(".timeline__entry--open")

    with translation.override("nn"):
        written = formats.date_format(until, "DATE_FORMAT")  # "1. mars 2027"
    deadline = entry.select_one(".timeline__deadline--open")
    assert deadline.select_one("time").get_text() == written
    assert deadline.select_one("time")["datetime"] == until.isoformat()


def test_a_planned_milestone_is_marked_planned(client):
    project = make_project()
    make_milestone(
        project, title="Opning av bustadene", kind="opening", planned_on=date(2030, 5, 1)
    )

    entry = timeline(client.get(project.get_absolute_url())).select_one(
        ".timeline__entry--milestone"
    )

    assert "timeline__entry--planned" in entry["class"]
    assert entry.select_one(".flag--planned")


def test_phases_milestones_and_updates_stand_in_date_order(client):
    project = make_project()
    make_phase(project, name="Forprosjekt", starts_on=date(2016, 1, 1), ends_on=date(2017, 6, 30))
    make_phase(project, name="Bygging", starts_on=date(2018, 1, 1))
    make_milestone(project, title="Vedteke i kommunestyret", happened_on=date(2017, 10, 19))
    update = make_update(
        project, title="Grunnarbeidet er i gang", published_at=timezone.now() - timedelta(days=2)
    )
    make_update(project, title="Kladd om taket", is_published=False)

    entries = timeline(client.get(project.get_absolute_url())).find_all("li", recursive=False)

    titles = [entry.select_one(".timeline__title").get_text(strip=True) for entry in entries]
    assert titles == [
        "Forprosjekt",
        "Vedteke i kommunestyret",
        "Bygging",
        "Grunnarbeidet er i gang",
    ]
    assert entries[-1].select_one("a")["href"] == f"#update-{update.pk}"
    # The update it links to is on the same page.
    page = client.get(project.get_absolute_url()).text
    assert f'id="update-{update.pk}"' in page


def test_the_staff_preview_timeline_leaves_out_drafts(client):
    client.force_login(make_process_leader())
    project = make_project()
    make_milestone(project)
    make_update(project, title="Kladd om taket", is_published=False)

    found = timeline(client.get(project.get_absolute_url()))

    assert "Kladd om taket" not in found.get_text()


def test_a_project_with_only_updates_has_no_timeline_of_them_twice(client):
    project = make_project()
    make_update(project, title="Grunnarbeidet er i gang")

    assert timeline(client.get(project.get_absolute_url())) is None


def test_an_unpublished_projects_milestones_are_shown_nowhere(client):
    project = make_project("Løynd prosjekt", slug="loynd", is_published=False)
    make_milestone(project, title="Løynleg vedtak")

    assert client.get(project.get_absolute_url()).status_code == 404
    for address in ["/", "/aktuelt/"]:
        assert "Løynleg vedtak" not in client.get(address).text
