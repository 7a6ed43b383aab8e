"""Steering groups edited from their project: attached by search, their members edited one
click away and back, several members added at once (typed or chosen from contact
persons), one chair at most, and a project page whose queries do not grow with its groups."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from contacts.forms import read_member_lines
from contacts.models import GroupMember, SteeringGroup
from tests.admin_forms import inline_rows, project_form
from tests.base import make_contact, make_process_leader, make_project

pytestmark = pytest.mark.django_db

PROJECT_ADMIN = "/admin/projects/project/{}/change/"
GROUP_ADMIN = "/admin/contacts/steeringgroup/{}/change/"
ONE_CHAIR = "Ei gruppe kan berre ha éin leiar."


def nn(text):
    """A text as the Nynorsk admin shows it."""
    with translation.override("nn"):
        return translation.gettext(text)


def nn_plural(singular, plural, count):
    with translation.override("nn"):
        return translation.ngettext(singular, plural, count) % {"count": count}


def line(number, message):
    """An error of the "Add several members" field, as the Nynorsk admin shows it."""
    return nn("Line %(number)s: %(message)s") % {"number": number, "message": message}


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def make_group(name="Styringsgruppa for Berg", *projects, members=(), **fields):
    slug = fields.pop("slug", name.lower().replace(" ", "-"))
    group = SteeringGroup.objects.create(name=name, slug=slug, **fields)
    group.projects.add(*projects)
    for position, (member_name, role) in enumerate(members):
        GroupMember.objects.create(group=group, name=member_name, role=role, position=position)
    return group


def group_form(group, members=(), lines="", contact_persons=(), **fields):
    """The POST data of a group's page as the browser sends it: its stored members as
    they are (or as given), and "Add several members"."""
    data = {
        "name": group.name,
        "slug": group.slug,
        "kind": group.kind,
        "description": group.description,
        "projects": [str(project.pk) for project in group.projects.all()],
        "position": str(group.position),
    } | fields
    stored = members or [
        {
            "id": member.pk,
            "group": group.pk,
            "name": member.name,
            "role": member.role,
            "represents": member.represents,
            "contact_person": member.contact_person_id or "",
            "position": str(member.position),
        }
        for member in group.members.all()
    ]
    data |= inline_rows("members", stored, initial=group.members.count())
    data["members-add-lines"] = lines
    data["members-add-contact_persons"] = [str(person.pk) for person in contact_persons]
    return data


def edit_link(page_text):
    """Where "Edit group and members" on a project's page leads."""
    match = re.search(r'class="framdrift-edit-group" href="([^"]+)"', page_text)
    return unescape(match.group(1))


def add_members_form(response):
    inline = next(
        inline
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "members"
    )
    return inline.formset.add_members


def test_a_project_page_shows_its_groups_with_kind_member_count_and_an_edit_link(leader_client):
    project = make_project()
    group = make_group(
        "Ungdomsrådet", project, kind="junior_advisory_board", members=[("Ola", "member")] * 3
    )
    make_group("Ei anna gruppe")  # not the project's

    text = leader_client.get(PROJECT_ADMIN.format(project.pk)).text

    assert 'id="steering_groups-group"' in text
    assert "Ungdomsrådet" in text
    assert "Ei anna gruppe" not in text
    assert "Ungdomsråd" in text  # its kind, in the site's language
    assert nn_plural("%(count)d member", "%(count)d members", 3) in text
    link = urlsplit(edit_link(text))
    assert link.path == GROUP_ADMIN.format(group.pk)
    assert parse_qs(link.query)["next"] == [
        PROJECT_ADMIN.format(project.pk) + "#steering_groups-group"
    ]
    assert nn("New steering group for this project") in text


def test_an_existing_group_is_attached_from_the_project_and_another_removed(leader_client):
    project = make_project()
    leaving = make_group("Arbeidsgruppa", project)
    joining = make_group("Styringsgruppa for Berg")
    row = SteeringGroup.projects.through.objects.get(project=project)
    data = project_form(project)
    data |= inline_rows(
        "steering_groups",
        [
            {"id": row.pk, "project": project.pk, "DELETE": "on"},
            {"project": project.pk, "steeringgroup": joining.pk},
        ],
        initial=1,
    )

    response = leader_client.post(PROJECT_ADMIN.format(project.pk), data)

    assert response.status_code == 302, response.context["errors"]
    assert list(project.steering_groups.all()) == [joining]
    assert leaving.pk and not leaving.projects.exists()


def test_the_same_group_twice_is_refused_without_a_crash(leader_client):
    project = make_project()
    group = make_group("Styringsgruppa for Berg", project)
    data = project_form(project)
    row = SteeringGroup.projects.through.objects.get(project=project)
    data |= inline_rows(
        "steering_groups",
        [
            {"id": row.pk, "project": project.pk},
            {"project": project.pk, "steeringgroup": group.pk},
        ],
        initial=1,
    )

    response = leader_client.post(PROJECT_ADMIN.format(project.pk), data)

    assert response.status_code == 200
    assert project.steering_groups.count() == 1


def test_groups_are_edited_from_the_project_and_lead_back_to_it(leader_client):
    """The whole errand: attach a group, follow "Edit group and members", add three members
    typed at once and one from the contact persons, save, and land on the project."""
    project = make_project("Heim til fjorden", slug="heim-til-fjorden")
    group = make_group("Styringsgruppa for Berg", members=[("Eva Li", "member")])
    siri = make_contact("Siri Olsen", organisation="Berg skule", email="siri@example.org")
    attach = project_form(project) | inline_rows(
        "steering_groups", [{"project": project.pk, "steeringgroup": group.pk}]
    )
    assert leader_client.post(PROJECT_ADMIN.format(project.pk), attach).status_code == 302

    group_page = edit_link(leader_client.get(PROJECT_ADMIN.format(project.pk)).text)
    opened = leader_client.get(group_page)
    assert nn("Back to the project without saving") in opened.text
    lines = "Kari Nordmann; leiar; Næringslivet\nOla Dahl, Ungdomsrådet\n\nAnne Berg; secretary"
    response = leader_client.post(
        group_page, group_form(group, lines=lines, contact_persons=[siri])
    )

    assert response.status_code == 302
    assert response["Location"] == PROJECT_ADMIN.format(project.pk) + "#steering_groups-group"
    members = [
        (member.name, member.role, member.represents, member.contact_person)
        for member in group.members.all()
    ]
    assert members == [
        ("Eva Li", "member", "", None),
        ("Kari Nordmann", "chair", "Næringslivet", None),
        ("Ola Dahl", "member", "Ungdomsrådet", None),
        ("Anne Berg", "secretary", "", None),
        ("Siri Olsen", "member", "Berg skule", siri),
    ]
    back = leader_client.get(response["Location"]).text
    assert nn_plural("%(count)d member", "%(count)d members", 5) in back

    public = leader_client.get(project.get_absolute_url()).text
    assert "Styringsgruppa for Berg" in public
    for shown in ("Kari Nordmann", "Leiar", "Næringslivet", "Ungdomsrådet", "Sekretær"):
        assert shown in public
    assert 'href="mailto:siri@example.org"' in public


def test_a_new_group_is_made_for_the_project_and_leads_back_to_it(leader_client):
    project = make_project()
    text = leader_client.get(PROJECT_ADMIN.format(project.pk)).text
    new_group_page = unescape(
        re.search(
            r'<a class="addlink" href="([^"]+)">'
            + re.escape(nn("New steering group for this project")),
            text,
        ).group(1)
    )

    form = leader_client.get(new_group_page)
    assert form.context["adminform"].form.initial["projects"] == [str(project.pk)]
    data = {
        "name": "Arbeidsgruppa",
        "slug": "arbeidsgruppa",
        "kind": "working_group",
        "description": "",
        "projects": [str(project.pk)],
        "position": "0",
        "members-add-lines": "Kari Nordmann; leiar\nOla Dahl",
    } | inline_rows("members", [])
    response = leader_client.post(new_group_page, data)

    assert response["Location"] == PROJECT_ADMIN.format(project.pk) + "#steering_groups-group"
    group = SteeringGroup.objects.get(slug="arbeidsgruppa")
    assert list(group.projects.all()) == [project]
    assert [member.name for member in group.members.all()] == ["Kari Nordmann", "Ola Dahl"]


def test_lines_that_cannot_be_read_are_refused_at_the_field_and_kept(leader_client):
    group = make_group(members=[("Eva Li", "member")])
    # A role not in the list is kept in the process leader's words, up to its length.
    lines = "Kari Nordmann; leiar\n; medlem; Næringslivet\nOla Dahl; " + "sjef" * 26 + "; Rådet"
    data = group_form(group, lines=lines)
    data["members-0-name"] = "Eva Li Berg"  # an edit in the same submit

    response = leader_client.post(GROUP_ADMIN.format(group.pk), data)

    assert response.status_code == 200
    errors = add_members_form(response).errors["lines"]
    assert errors[0].startswith(line(2, ""))
    assert errors[1].startswith(line(3, ""))
    assert "100" in errors[1]
    assert len(errors) == 2
    assert "Kari Nordmann; leiar\n; medlem; Næringslivet" in unescape(response.text)
    assert 'value="Eva Li Berg"' in response.text
    assert [member.name for member in group.members.all()] == ["Eva Li"]


def test_a_second_chair_is_refused_at_its_line(leader_client):
    group = make_group(members=[("Eva Li", "chair")])

    response = leader_client.post(
        GROUP_ADMIN.format(group.pk), group_form(group, lines="Ola Dahl\nKari Nordmann; chair")
    )

    assert response.status_code == 200
    assert add_members_form(response).errors["lines"] == [line(2, ONE_CHAIR)]
    assert group.members.count() == 1


def test_two_chairs_among_the_lines_are_refused_at_the_second(leader_client):
    group = make_group()

    response = leader_client.post(
        GROUP_ADMIN.format(group.pk), group_form(group, lines="Ola; leiar\nKari; leiar")
    )

    assert add_members_form(response).errors["lines"] == [line(2, ONE_CHAIR)]
    assert not group.members.exists()


def test_the_chair_moves_from_a_removed_member_to_a_new_one_in_one_save(leader_client):
    group = make_group(members=[("Eva Li", "chair")])
    data = group_form(group, lines="Kari Nordmann; leiar")
    data["members-0-DELETE"] = "on"

    response = leader_client.post(GROUP_ADMIN.format(group.pk), data)

    assert response.status_code == 302
    assert group.members.get().name == "Kari Nordmann"
    assert group.members.get().role == "chair"


def test_a_contact_person_already_in_the_group_is_not_added_twice(leader_client):
    group = make_group()
    siri = make_contact("Siri Olsen")
    GroupMember.objects.create(group=group, name="Siri Olsen", contact_person=siri)

    response = leader_client.post(
        GROUP_ADMIN.format(group.pk), group_form(group, contact_persons=[siri])
    )

    assert response.status_code == 200
    assert add_members_form(response).errors["contact_persons"] == [
        nn("%(name)s is already a member of this group.") % {"name": "Siri Olsen"}
    ]
    assert group.members.count() == 1


def test_the_contact_persons_are_chosen_by_search(leader_client):
    group = make_group()
    make_contact("Siri Olsen")
    make_contact("Per Hansen")

    text = leader_client.get(GROUP_ADMIN.format(group.pk)).text
    found = leader_client.get(
        "/admin/autocomplete/",
        {"term": "siri", "app_label": "contacts", "model_name": "groupmember"}
        | {"field_name": "contact_person"},
    ).json()

    assert 'name="members-add-contact_persons"' in text
    assert (
        "admin-autocomplete" in re.search(r'<select name="members-add-contact_pers[^>]+', text)[0]
    )
    assert [result["text"] for result in found["results"]] == ["Siri Olsen"]


@pytest.mark.parametrize(
    "next_url", ["https://example.org/admin/", "//example.org/", "javascript:alert(1)"]
)
def test_a_way_back_to_another_site_is_ignored(leader_client, next_url):
    group = make_group()

    response = leader_client.post(
        f"{GROUP_ADMIN.format(group.pk)}?next={next_url}", group_form(group)
    )

    assert response["Location"] == "/admin/contacts/steeringgroup/"


def test_save_and_continue_keeps_the_way_back_to_the_project(leader_client):
    project = make_project()
    group = make_group("Styringsgruppa for Berg", project)
    way_back = PROJECT_ADMIN.format(project.pk)
    page = f"{GROUP_ADMIN.format(group.pk)}?next={way_back}"

    response = leader_client.post(page, group_form(group) | {"_continue": "1"})

    assert urlsplit(response["Location"]).path == GROUP_ADMIN.format(group.pk)
    assert parse_qs(urlsplit(response["Location"]).query)["next"] == [way_back]


def test_the_project_page_does_not_query_per_group_or_member(leader_client):
    def queries_with(groups):
        project = make_project(f"Prosjekt med {groups}", slug=f"prosjekt-{groups}")
        for number in range(groups):
            members = [(f"Medlem {index}", "member") for index in range(5)]
            make_group(f"Gruppe {groups}-{number}", project, members=members)
        with CaptureQueriesContext(connection) as queries:
            response = leader_client.get(PROJECT_ADMIN.format(project.pk))
        assert response.status_code == 200
        assert response.text.count("framdrift-edit-group") == groups
        return len(queries)

    leader_client.get(PROJECT_ADMIN.format(make_project().pk))  # caches (content types) warm
    assert queries_with(10) == queries_with(1)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Kari Nordmann", ("Kari Nordmann", "member", "")),
        ("Kari Nordmann; leiar; Næringslivet", ("Kari Nordmann", "chair", "Næringslivet")),
        ("Kari Nordmann; Chair; Næringslivet", ("Kari Nordmann", "chair", "Næringslivet")),
        ("Kari Nordmann; nestleiar", ("Kari Nordmann", "deputy_chair", "")),
        ("Kari Nordmann, Lag, foreiningar", ("Kari Nordmann", "member", "Lag, foreiningar")),
        ("Kari Nordmann, sekretær", ("Kari Nordmann", "secretary", "")),
        ("Kari Nordmann; Ungdomsrådet; leiar", ("Kari Nordmann", "chair", "Ungdomsrådet")),
        ("Kari Nordmann; ; Ungdomsrådet", ("Kari Nordmann", "member", "Ungdomsrådet")),
        ("  Kari Nordmann ;  Ungdomsrådet ", ("Kari Nordmann", "member", "Ungdomsrådet")),
    ],
)
def test_a_line_is_read_as_name_role_and_whom_they_represent(line, read):
    (member,), errors = read_member_lines(line)
    assert errors == []
    assert (member.name, member.role, member.represents) == read


def test_an_overlong_name_is_refused_with_its_line_number():
    members, errors = read_member_lines("Ola\n" + "K" * 151)
    assert [member.name for member in members] == ["Ola"]
    assert errors[0].message.startswith(line(2, ""))


def test_a_group_is_found_by_search_from_the_project(leader_client):
    make_group("Styringsgruppa for Berg")
    make_group("Ungdomsrådet")
    project = make_project()

    text = leader_client.get(PROJECT_ADMIN.format(project.pk)).text
    found = leader_client.get(
        "/admin/autocomplete/",
        {"term": "berg", "app_label": "contacts", "model_name": "steeringgroup_projects"}
        | {"field_name": "steeringgroup"},
    ).json()

    assert 'data-model-name="steeringgroup_projects"' in text
    assert [result["text"] for result in found["results"]] == ["Styringsgruppa for Berg"]


def test_every_label_of_the_groups_on_the_project_page_names_a_field(leader_client):
    project = make_project()
    make_group("Styringsgruppa for Berg", project)

    text = leader_client.get(PROJECT_ADMIN.format(project.pk)).text
    groups = text.split('id="steering_groups-group"')[1].split("</fieldset>")[0]

    targets = re.findall(r'<label[^>]* for="([^"]*)"', groups)
    assert "id_steering_groups-0-DELETE" in targets
    for target in targets:
        assert f'id="{target}"' in groups, target
