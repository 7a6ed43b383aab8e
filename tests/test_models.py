"""The rules the data keeps, whoever edits it."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from contacts.models import ContactPerson, GroupMember
from projects.models import Area, Project, SiteSettings, Status
from tests.base import (
    NOW,
    make_area,
    make_group,
    make_project,
    make_project_image,
    make_update,
)
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db


def annotated(project):
    return Project.objects.get(pk=project.pk)


def test_a_published_update_moves_the_projects_status_and_progress():
    project = make_project(status="planned", progress=None)
    make_update(project, new_status="ongoing", new_progress=30, published_at=timezone.now())

    seen = annotated(project)
    assert seen.effective_status == "ongoing"
    assert seen.effective_progress == 30
    assert seen.get_effective_status_display() == Status.ONGOING.label


def test_a_scheduled_update_changes_nothing_until_its_time_comes():
    project = make_project(status="planned")
    make_update(project, new_status="completed", published_at=timezone.now() + timedelta(days=3))

    assert annotated(project).effective_status == "planned"
    later = timezone.now() + timedelta(days=4)
    assert StatusUpdate.objects.visible(now=later).count() == 1
    assert StatusUpdate.objects.visible().count() == 0


def test_a_draft_update_changes_nothing():
    project = make_project(status="planned")
    make_update(project, new_status="cancelled", is_published=False, published_at=timezone.now())

    assert annotated(project).effective_status == "planned"


def test_setting_the_status_on_the_project_after_an_update_wins_over_the_update():
    project = make_project(status="planned")
    make_update(project, new_status="ongoing", published_at=timezone.now() - timedelta(hours=1))
    assert annotated(project).effective_status == "ongoing"

    project.status = "paused"
    project.save()

    assert annotated(project).effective_status == "paused"


def test_an_update_without_a_status_keeps_the_status_of_an_earlier_one():
    project = make_project(status="idea")
    make_update(project, new_status="ongoing", published_at=timezone.now() - timedelta(days=2))
    make_update(project, title="Berre nytt", published_at=timezone.now() - timedelta(days=1))

    assert annotated(project).effective_status == "ongoing"


def test_last_update_and_activity_come_from_visible_updates_only():
    project = make_project()
    visible = make_update(project, published_at=timezone.now() - timedelta(days=5))
    make_update(project, title="Kladd", is_published=False, published_at=timezone.now())

    seen = annotated(project)
    assert seen.last_update_at == visible.published_at
    assert seen.last_activity_at == visible.published_at


def test_a_project_is_stale_after_ninety_quiet_days_unless_finished(settings):
    settings.STALE_AFTER_DAYS = 90
    quiet = make_project("Stille prosjekt")
    make_update(quiet, published_at=timezone.now() - timedelta(days=91))
    fresh = make_project("Ferskt prosjekt")
    make_update(fresh, published_at=timezone.now() - timedelta(days=10))
    done = make_project("Ferdig prosjekt", status="completed")
    make_update(done, published_at=timezone.now() - timedelta(days=400))

    stale = set(Project.objects.stale().values_list("title", flat=True))
    assert stale == {"Stille prosjekt"}
    assert annotated(quiet).is_stale()
    assert not annotated(fresh).is_stale()
    assert not annotated(done).is_stale()


def test_progress_above_one_hundred_is_refused():
    project = make_project()
    project.progress = 120
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "progress" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.filter(pk=project.pk).update(progress=120)


def test_a_project_cannot_end_before_it_starts():
    project = make_project(starts_on=date(2025, 5, 1))
    project.ends_on = date(2025, 4, 1)
    with pytest.raises(ValidationError):
        project.full_clean()


def test_a_project_has_at_most_one_cover_picture():
    project = make_project()
    make_project_image(project, is_cover=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_project_image(project, is_cover=True)


def test_a_group_has_at_most_one_chair():
    group = make_group(members=[("Ola", "chair", "Næringslivet")])
    with pytest.raises(IntegrityError), transaction.atomic():
        GroupMember.objects.create(group=group, name="Per", role="chair")


def test_an_area_cannot_be_its_own_ancestor():
    municipality = make_area("Fjordvik", kind=Area.Kind.MUNICIPALITY)
    village = make_area("Nedre Li", parent=municipality)
    municipality.parent = village
    with pytest.raises(ValidationError):
        municipality.full_clean()


def test_rich_text_is_cleaned_on_every_save_even_outside_the_admin():
    project = make_project(
        body='<p onclick="x()">Hei <script>alert(1)</script><a href="javascript:x()">lenkje</a>'
        '<a href="https://example.org/plan">plan</a></p><iframe src="//evil"></iframe>'
    )
    project.refresh_from_db()
    assert "<script" not in project.body
    assert "onclick" not in project.body
    assert "javascript:" not in project.body
    assert "<iframe" not in project.body
    assert 'href="https://example.org/plan"' in project.body


def test_changing_the_status_on_the_project_records_when():
    project = make_project(status="planned")
    before = project.status_changed_at
    project.title = "Nytt namn"
    project.save()
    assert project.status_changed_at == before
    project.status = "ongoing"
    project.save()
    assert project.status_changed_at > before


def test_phone_links_keep_only_digits_and_plus():
    person = ContactPerson(name="Kari", phone="+47 555 01 234", mobile="(555) 99-888")
    assert person.phone_href == "tel:+4755501234"
    assert person.mobile_href == "tel:55599888"
    assert ContactPerson(name="Ola").phone_href == ""


def test_there_is_only_ever_one_site_settings_record():
    SiteSettings.load()
    SiteSettings(site_name="Anna").save()
    assert SiteSettings.objects.count() == 1
    assert SiteSettings.load().site_name == "Anna"


def test_visible_updates_of_unpublished_projects_stay_hidden_from_lists():
    hidden = make_project("Skjult", is_published=False)
    make_update(hidden, published_at=NOW)
    assert StatusUpdate.objects.visible().count() == 1
    assert StatusUpdate.objects.of_visible_projects().count() == 0
