"""The demo content: a realistic region, loaded once however often the command runs."""

import pytest
from django.core.management import call_command

from contacts.models import ContactPerson, GroupMember, SteeringGroup
from projects.models import Area, Phase, Project, ProjectImage, Theme
from updates.models import StatusUpdate, StatusUpdateImage

pytestmark = pytest.mark.django_db

MODELS = [
    Area,
    Theme,
    Project,
    Phase,
    ProjectImage,
    StatusUpdate,
    StatusUpdateImage,
    ContactPerson,
    SteeringGroup,
    GroupMember,
]


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


@pytest.fixture
def demo(db, monkeypatch):
    # Small pictures keep the suite fast; the drawing and the pipeline are the same.
    monkeypatch.setattr("projects.demo.loader.PICTURE_SIZE", (320, 200))
    call_command("load_demo", verbosity=0)


def test_it_builds_three_municipalities_with_villages_under_them(demo):
    municipalities = Area.objects.filter(kind="municipality")
    assert municipalities.count() == 3
    assert all(m.parent.kind == "region" for m in municipalities)
    assert Area.objects.filter(kind="village", parent__in=municipalities).count() >= 5


def test_it_has_five_ordered_themes_and_an_overall_goal(demo):
    from projects.models import SiteSettings

    assert list(Theme.objects.values_list("position", flat=True)) == [1, 2, 3, 4, 5]
    assert "2030" in SiteSettings.load().overall_goal


def test_the_move_here_campaign_has_two_phases_and_results_in_numbers(demo):
    campaign = Project.objects.get(slug="heim-til-fjorden")
    phases = list(campaign.phases.all())
    assert len(phases) == 2
    assert phases[0].starts_on.year == 2002 and phases[1].ends_on is None
    assert "familiar har meldt interesse" in campaign.body
    assert {p.sector for p in campaign.partners.all()} == {"public", "private", "voluntary"}


def test_the_strategy_has_an_advisory_board_of_17_and_a_junior_board(demo):
    strategy = Project.objects.get(slug="sosial-utviklingsstrategi")
    board = strategy.steering_groups.get(kind="advisory_board")
    assert board.members.count() == 17
    assert board.members.filter(role="chair").count() == 1
    assert len(set(board.members.values_list("represents", flat=True))) == 17
    assert strategy.steering_groups.filter(kind="junior_advisory_board").exists()


def test_three_villages_have_a_local_development_plan(demo):
    plans = Project.objects.filter(slug__startswith="utviklingsplan-")
    assert plans.count() == 3
    assert all(plan.areas.get().kind == "village" for plan in plans)


def test_updates_span_several_years_with_a_draft_and_a_scheduled_one(demo):
    years = {u.published_at.year for u in StatusUpdate.objects.all()}
    assert len(years) >= 4
    assert StatusUpdate.objects.filter(is_published=False).exists()
    assert any(u.is_scheduled for u in StatusUpdate.objects.all())


def test_every_picture_has_alt_text_and_every_person_a_fictional_address(demo):
    assert ProjectImage.objects.count() >= 10
    assert not ProjectImage.objects.filter(alt_text="").exists()
    assert not StatusUpdateImage.objects.filter(alt_text="").exists()
    assert all(
        email.endswith("@example.org")
        for email in ContactPerson.objects.values_list("email", flat=True)
    )
    assert all(person.photo for person in ContactPerson.objects.all())


def test_every_status_occurs_so_residents_see_the_full_range(demo):
    statuses = {p.effective_status for p in Project.objects.with_activity()}
    assert statuses == {"idea", "planned", "ongoing", "paused", "completed", "cancelled"}


def test_running_it_again_adds_nothing(demo):
    before = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == before


def test_generated_projects_come_with_updates_pictures_a_group_and_contacts(demo):
    call_command("load_demo", projects=3, verbosity=0)

    generated = Project.objects.filter(slug__startswith="generert-prosjekt-")
    assert generated.count() == 3
    for project in generated:
        assert project.updates.count() == 10
        assert project.images.count() == 4
        assert project.images.filter(is_cover=True).count() == 1
        assert project.steering_groups.get().members.count() == 12
        assert project.contacts.count() == 2

    before = counts()
    call_command("load_demo", projects=3, verbosity=0)
    assert counts() == before
    call_command("load_demo", projects=4, verbosity=0)
    assert Project.objects.filter(slug__startswith="generert-prosjekt-").count() == 4


def test_the_demo_pages_answer(demo, client):
    assert client.get("/").status_code == 200
    for project in Project.objects.all():
        assert client.get(project.get_absolute_url()).status_code == 200
