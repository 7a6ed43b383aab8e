"""A steering group's member table fits a 1,366 px laptop and a 360 px phone (there as
cards), and its members are edited from the project, one click away and back."""

import pytest
from playwright.sync_api import expect

from contacts.models import GroupMember, SteeringGroup
from tests.base import make_contact, make_process_leader, make_project
from tests.browser.test_accessibility import violations
from tests.browser.test_admin_csp import log_in
from tests.test_project_groups import ONE_CHAIR, line, nn, nn_plural

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 360, "height": 800}


def make_group_with_members(project=None):
    group = SteeringGroup.objects.create(name="Styringsgruppa for Berg", slug="berg")
    if project is not None:
        group.projects.add(project)
    person = make_contact("Siri Olsen", organisation="Berg skule og barnehage")
    for index, role in enumerate(["chair", "deputy_chair", "member", "member", "secretary"]):
        GroupMember.objects.create(
            group=group,
            name=f"Medlem nummer {index} med eit langt namn",
            role=role,
            represents="Næringslivet og lag og foreiningar i Berg",
            contact_person=person if index == 0 else None,
            position=index,
        )
    return group


@pytest.mark.parametrize("languages", [["nn"], ["nn", "en", "sv"]], ids=["one", "three"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1366x768", "360x800"])
def test_the_member_table_fits_the_window(new_page, site, settings, viewport, languages):
    # With content languages, "represents" has a column per language.
    settings.CONTENT_LANGUAGES = languages[1:]
    settings.LANGUAGES = [(code, settings.SITE_LANGUAGES[code]) for code in languages]
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    group = make_group_with_members()
    page = new_page(viewport)
    log_in(page, site)

    page.goto(f"{site}/admin/contacts/steeringgroup/{group.pk}/change/")

    table = page.locator("#members-group table").bounding_box()
    assert table["x"] >= 0
    assert table["x"] + table["width"] <= viewport["width"]
    # Every row's last field (the delete box) is on screen, not scrolled away to the right.
    for box in page.locator("#members-group tbody tr.has_original td.delete input").all():
        right = box.bounding_box()["x"] + box.bounding_box()["width"]
        assert right <= viewport["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    # Nor does the table scroll sideways inside its own box.
    wrapper = page.locator("#members-group div.wrapper")
    assert wrapper.evaluate("(box) => box.scrollWidth <= box.clientWidth")
    first_name = page.locator("#id_members-0-name")
    if viewport is PHONE:
        # A card: each field with its label above it.
        label = page.locator("label[for=id_members-0-name]")
        expect(label).to_be_visible()
        assert label.bounding_box()["y"] < first_name.bounding_box()["y"]
    else:
        # A table: the rows' fields side by side.
        role = page.locator("#id_members-0-role")
        assert abs(role.bounding_box()["y"] - first_name.bounding_box()["y"]) < 20
    assert violations(page) == []


def test_members_are_added_from_the_project_on_a_phone(new_page, site):
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    project = make_project("Heim til fjorden", slug="heim-til-fjorden")
    group = make_group_with_members(project)
    per = make_contact("Per Hansen", email="per@example.org")
    page = new_page(PHONE)
    log_in(page, site)
    page.goto(f"{site}/admin/projects/project/{project.pk}/change/")
    assert violations(page) == []

    page.get_by_role("link", name=nn("Edit group and members")).click()
    page.get_by_label(nn("Add several members")).fill(
        "Kari Nordmann; nestleiar; Ungdomsrådet\nOla Dahl, Lidal grendalag"
    )
    page.get_by_role("searchbox", name=nn("Add contact persons as members")).fill("per")
    page.get_by_role("option", name="Per Hansen").click()
    page.get_by_role("button", name="Lagre", exact=True).click()

    expect(page.locator(".messagelist")).to_be_visible()
    assert page.url.endswith(f"/admin/projects/project/{project.pk}/change/#steering_groups-group")
    expect(page.locator("#steering_groups-group")).to_contain_text(
        nn_plural("%(count)d member", "%(count)d members", 8)
    )
    added = list(group.members.values_list("name", "role", "represents", "contact_person"))[-3:]
    assert added == [
        ("Kari Nordmann", "deputy_chair", "Ungdomsrådet", None),
        ("Ola Dahl", "member", "Lidal grendalag", None),
        ("Per Hansen", "member", "", per.pk),
    ]


def test_a_bad_line_is_shown_at_the_field_with_the_text_kept(new_page, site):
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    group = make_group_with_members()
    page = new_page(PHONE)
    log_in(page, site)
    page.goto(f"{site}/admin/contacts/steeringgroup/{group.pk}/change/")

    page.get_by_label(nn("Add several members")).fill("Kari Nordmann; leiar")
    page.get_by_role("button", name="Lagre", exact=True).click()

    field = page.locator(".framdrift-add-members .field-lines")
    expect(field.locator(".errorlist")).to_contain_text(line(1, ONE_CHAIR))
    expect(page.get_by_label(nn("Add several members"))).to_have_value("Kari Nordmann; leiar")
    assert violations(page) == []
