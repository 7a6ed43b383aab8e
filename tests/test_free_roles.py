"""Roles beyond the fixed list: deputy members, observers, advisers and roles in the process
leader's own words, a member's term and portrait, on the group pages and in the editor."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from contacts.forms import read_member_lines
from contacts.models import GroupMember, ProjectContact
from tests.admin_forms import inline_rows
from tests.base import (
    made_afresh,
    make_contact,
    make_group,
    make_process_leader,
    make_project,
    upload,
)

pytestmark = pytest.mark.django_db

GROUP_ADMIN = "/admin/contacts/steeringgroup/{}/change/"


def nn(text):
    with translation.override("nn"):
        return translation.gettext(text)


def groups_url():
    return reverse("projects:groups")


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def member_rows(response):
    """Each member row of the public group table as {column heading: text}, and its img."""
    table = BeautifulSoup(response.text, "html.parser").select_one("table.members")
    headings = [cell.get_text(strip=True) for cell in table.select("thead th")]
    rows = []
    for row in table.select("tbody tr"):
        cells = [
            " ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all(["th", "td"])
        ]
        rows.append(dict(zip(headings, cells, strict=True)) | {"img": row.find("img")})
    return rows


# The rules.


def test_the_role_other_needs_its_own_words():
    member = GroupMember(group=make_group(), name="Kari Nordmann", role="other", role_other="")

    with pytest.raises(ValidationError) as refused:
        member.full_clean()

    assert "role_other" in refused.value.message_dict


def test_a_term_cannot_end_before_it_starts():
    member = GroupMember(
        group=make_group(),
        name="Kari Nordmann",
        term_starts_on=date(2027, 1, 1),
        term_ends_on=date(2024, 1, 1),
    )

    with pytest.raises(ValidationError) as refused:
        member.full_clean()

    assert refused.value.messages == [nn("The term cannot end before it starts.")]


def test_a_role_in_own_words_is_shown_and_a_listed_role_by_its_name():
    group = make_group()
    own = GroupMember.objects.create(group=group, name="Ola", role="other", role_other="kasserar")
    listed = GroupMember.objects.create(group=group, name="Kari", role="observer")

    assert own.role_name == "kasserar"
    assert listed.role_name == listed.get_role_display()


# Adding several members at once.


@pytest.mark.parametrize("language", list(settings.SITE_LANGUAGES))
def test_the_new_roles_are_read_in_every_language_of_the_site(language):
    words = {}
    with translation.override(language):
        for role in ("deputy", "observer", "adviser"):
            words[role] = str(GroupMember.Role(role).label)
    text = "\n".join(f"Person {role}; {word}; Bygda" for role, word in words.items())

    members, errors = read_member_lines(text)

    assert errors == []
    assert [member.role for member in members] == ["deputy", "observer", "adviser"]


def test_a_role_not_in_the_list_is_kept_in_the_process_leaders_words():
    (member,), errors = read_member_lines("Ola Dahl; kasserar; Idrettslaget")

    assert errors == []
    assert (member.role, member.role_other, member.represents) == (
        "other",
        "kasserar",
        "Idrettslaget",
    )


# The editor.


def group_data(group, rows):
    data = {
        "name": group.name,
        "slug": group.slug,
        "kind": group.kind,
        "description": "",
        "position": "0",
        "members-add-lines": "",
    }
    return data | inline_rows("members", rows)


def test_a_member_is_added_with_a_term_a_role_in_own_words_and_a_portrait(leader_client):
    group = make_group("Styringsgruppa")
    row = {
        "name": "Kari Nordmann",
        "role": "other",
        "role_other": "kasserar",
        "represents": "Idrettslaget",
        "term_starts_on": "01.01.2024",
        "term_ends_on": "31.12.2027",
        "portrait": upload("kari.jpg"),
        "position": "0",
    }

    response = leader_client.post(GROUP_ADMIN.format(group.pk), group_data(group, [row]))

    assert response.status_code == 302, response.context["errors"]
    member = group.members.get()
    assert (member.role_name, member.term_starts_on, member.term_ends_on) == (
        "kasserar",
        date(2024, 1, 1),
        date(2027, 12, 31),
    )
    assert member.portrait and member.width > 0
    assert 'class="framdrift-thumbnail"' in leader_client.get(GROUP_ADMIN.format(group.pk)).text


def test_a_term_ending_before_it_starts_is_refused_at_its_end_and_nothing_is_lost(leader_client):
    group = make_group("Styringsgruppa")
    row = {
        "name": "Kari Nordmann",
        "role": "observer",
        "represents": "Fylket",
        "term_starts_on": "01.01.2027",
        "term_ends_on": "01.01.2024",
        "position": "0",
    }

    response = leader_client.post(GROUP_ADMIN.format(group.pk), group_data(group, [row]))

    assert response.status_code == 200
    (form,) = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "members"
    ).forms
    assert list(form.errors) == ["term_ends_on"]
    assert 'value="Fylket"' in response.text
    assert not group.members.exists()


def test_the_role_other_without_words_is_refused_at_its_field(leader_client):
    group = make_group("Styringsgruppa")
    row = {"name": "Kari Nordmann", "role": "other", "role_other": "", "position": "0"}

    response = leader_client.post(GROUP_ADMIN.format(group.pk), group_data(group, [row]))

    assert response.status_code == 200
    assert "role_other" in response.context["inline_admin_formsets"][0].formset.forms[0].errors


# What residents see.


def test_the_group_page_shows_roles_terms_and_portraits(client):
    group = make_group("Styringsgruppa", projects=[make_project()])
    GroupMember.objects.create(
        group=group,
        name="Kari Nordmann",
        role="other",
        role_other="kasserar",
        term_starts_on=date(2024, 1, 1),
        term_ends_on=date(2027, 12, 31),
        portrait=upload("kari.jpg"),
        position=0,
    )
    GroupMember.objects.create(
        group=group, name="Ola Dahl", role="deputy", term_starts_on=date(2025, 3, 1), position=1
    )
    GroupMember.objects.create(
        group=group, name="Per Li", role="member", term_ends_on=date(2026, 6, 30), position=2
    )
    GroupMember.objects.create(
        group=group,
        name="Ada Berg",
        role="member",
        term_starts_on=date(2026, 1, 1),
        term_ends_on=date(2026, 12, 31),
        position=3,
    )
    GroupMember.objects.create(group=group, name="Eli Vik", role="member", position=4)

    kari, ola, per, ada, eli = member_rows(client.get(groups_url()))

    assert kari[nn("Role")] == "Kasserar"
    assert kari[nn("Term")] == "2024–2027"
    assert kari["img"] is not None and kari["img"]["alt"] == ""  # the name is beside it
    assert ola[nn("Role")] == nn("deputy member").capitalize()
    assert ola[nn("Term")] == nn("from %(year)s") % {"year": 2025}
    assert ola["img"] is None
    assert per[nn("Term")] == nn("until %(year)s") % {"year": 2026}
    assert ada[nn("Term")] == "2026"
    assert eli[nn("Term")] == ""


def test_a_project_contact_in_own_words_shows_that_role_on_the_project(client):
    project = make_project()
    person = make_contact("Siri Olsen")
    ProjectContact.objects.create(
        project=project, person=person, role="other", role_other="grunneigarkontakt"
    )

    assert "Grunneigarkontakt" in client.get(project.get_absolute_url()).text


def count_queries(client, url):
    response, queries = made_afresh(client, url)
    assert response.status_code == 200
    return queries


def test_the_group_page_costs_the_same_with_3_and_30_members_with_portraits(client):
    def add_group(number, size):
        group = make_group(f"Gruppe {number}", projects=[make_project(f"Prosjekt {number}")])
        for index in range(size):
            GroupMember.objects.create(
                group=group,
                name=f"Medlem {index}",
                role="other" if index % 2 else "observer",
                role_other="kasserar",
                term_starts_on=date(2024, 1, 1),
                portrait=upload(width=120, height=80),
                contact_person=make_contact(f"Kontakt {number}-{index}") if index < 3 else None,
                position=index,
            )

    add_group(1, 3)
    with_few = count_queries(client, groups_url())
    add_group(2, 30)
    with_many = count_queries(client, groups_url())

    assert with_few == with_many


def test_a_member_changed_in_the_editor_shows_at_once_on_the_cached_group_page(
    client, leader_client
):
    group = make_group("Styringsgruppa")
    member = GroupMember.objects.create(group=group, name="Kari Nordmann", role="member")
    client.get(groups_url())
    assert "Kari Nordmann" in client.get(groups_url()).text
    row = {
        "id": member.pk,
        "group": group.pk,
        "name": "Kari Nordmann",
        "role": "other",
        "role_other": "kasserar",
        "term_starts_on": "01.01.2024",
        "position": "0",
    }
    data = group_data(group, [row]) | {"members-INITIAL_FORMS": "1"}

    assert leader_client.post(GROUP_ADMIN.format(group.pk), data).status_code == 302

    (kari,) = member_rows(client.get(groups_url()))
    assert kari[nn("Role")] == "Kasserar"
