"""The spreadsheet round trip: the process leader exports the projects to CSV or Excel,
changes status and progress there, and imports the file back: a preview, then confirm;
each change a dated status update. One bad line and nothing is imported."""

import csv
import io
import os
import zipfile
from datetime import timedelta

import openpyxl
import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape

from contacts.models import ProjectContact
from projects.models import Project
from projects.spreadsheet import MAX_BYTES, SpreadsheetUploads, progress_from_cell
from tests.base import make_contact, make_phase, make_process_leader, make_project, make_update
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/projects/project/"
EXPORT_URL = LIST_URL + "export/"
IMPORT_URL = LIST_URL + "import/"
CONFIRM_URL = LIST_URL + "process_import/"
# The formats in the order the forms offer them.
FORMAT = {"csv": "0", "xlsx": "1"}


def nn(text, **params):
    """A text as the Nynorsk admin shows it, whether or not it is translated yet."""
    with translation.override("nn"):
        return translation.gettext(text) % params if params else translation.gettext(text)


def nn_status(code):
    from projects.models import Status

    with translation.override("nn"):
        label = str(Status(code).label)
    return label[0].upper() + label[1:]


HEADINGS = {
    "id": "ID",
    "title": None,  # pgettext "column", "Project"
    "status": "Status",
    "progress": "Progress (%)",
    "phase": "Current phase",
    "contact": "Contact",
    "last_update": "Last status update",
}


def heading(name):
    if name == "title":
        with translation.override("nn"):
            return translation.pgettext("column", "Project")
    return nn(HEADINGS[name])


@pytest.fixture
def uploads_folder(settings):
    """Uploads waiting for their confirmation: in the private media (each test's own)."""
    folder = settings.PRIVATE_MEDIA_ROOT / SpreadsheetUploads.FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


@pytest.fixture
def projects():
    """Three projects: one whose status and progress were moved by updates, one quiet
    with no progress, and an unpublished draft project."""
    today = timezone.localdate()
    school = make_project("Ny skule i Nedre Li", status="planned", progress=10)
    make_update(
        school,
        title="Bygget er i gang",
        published_at=timezone.now() - timedelta(days=3),
        new_status="ongoing",
        new_progress=25,
    )
    make_phase(school, name="Byggjefase", starts_on=today - timedelta(days=30))
    make_phase(
        school,
        name="Gamal fase",
        starts_on=today - timedelta(days=400),
        ends_on=today - timedelta(days=31),
    )
    make_contact("Kari Nordmann", project=school, role="project_leader")
    path = make_project("Turveg langs elva", status="idea")
    draft = make_project("Nytt torg", status="planned", progress=0, is_published=False)
    return {"school": school, "path": path, "draft": draft}


def export(client, file_format, query=""):
    response = client.post(EXPORT_URL + query, {"format": FORMAT[file_format], "resource": "0"})
    assert response.status_code == 200, response.content[:500]
    return response


def lines_of(file_format, content):
    """The sheet as lists of texts, headings first, as a spreadsheet program shows it."""
    if file_format == "csv":
        text = content.decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    book = openpyxl.load_workbook(io.BytesIO(content))
    return [
        ["" if cell is None else cell for cell in row]
        for row in book.active.iter_rows(values_only=True)
    ]


def file_of(file_format, lines):
    """A file as the spreadsheet program saves it."""
    if file_format == "csv":
        text = io.StringIO(newline="")
        csv.writer(text, delimiter=";", lineterminator="\r\n").writerows(lines)
        return text.getvalue().encode("utf-8-sig")
    book = openpyxl.Workbook()
    for line in lines:
        book.active.append(line)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def upload_file(client, file_format, content, name=None):
    name = name or f"prosjekt.{file_format}"
    response = client.post(
        IMPORT_URL,
        {
            "resource": "0",
            "format": FORMAT[file_format],
            "import_file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200
    return response


def confirm(client, preview):
    form = preview.context["confirm_form"]
    return client.post(
        CONFIRM_URL, {name: form.initial[name] for name in form.initial}, follow=True
    )


def edited(lines, project, **cells):
    """The lines with the cells of one project's line changed, by column."""
    index = {name: lines[0].index(heading(name)) for name in HEADINGS}
    for line in lines[1:]:
        if str(line[index["id"]]) == str(project.pk):
            for name, value in cells.items():
                line[index[name]] = value
    return lines


def shown(project):
    project = Project.objects.get(pk=project.pk)
    return project.effective_status, project.effective_progress


# Export


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_export_has_every_project_as_residents_see_it(leader_client, projects, file_format):
    response = export(leader_client, file_format)
    assert response["Content-Disposition"].endswith(f'.{file_format}"')
    lines = lines_of(file_format, response.content)

    assert lines[0] == [heading(name) for name in HEADINGS]
    by_title = {line[1]: line for line in lines[1:]}
    assert set(by_title) == {"Ny skule i Nedre Li", "Turveg langs elva", "Nytt torg"}
    school = projects["school"]
    last_update = date_format(
        timezone.localtime(school.updates.get().published_at), "SHORT_DATE_FORMAT"
    )
    with translation.override("nn"):
        contact = f"Kari Nordmann ({ProjectContact.Role('project_leader').label})"
    # Status and progress as residents see them: set by the update, not the project's own.
    assert [str(cell) for cell in by_title["Ny skule i Nedre Li"]] == [
        str(school.pk),
        "Ny skule i Nedre Li",
        nn_status("ongoing"),
        "25",
        "Byggjefase",
        contact,
        last_update,
    ]
    assert [str(cell) for cell in by_title["Turveg langs elva"][2:]] == [
        nn_status("idea"),
        "",
        "",
        "",
        "",
    ]
    assert str(by_title["Nytt torg"][3]) == "0"


def test_the_excel_export_has_numbers_as_numbers(leader_client, projects):
    lines = lines_of("xlsx", export(leader_client, "xlsx").content)
    school = next(line for line in lines if line[1] == "Ny skule i Nedre Li")
    assert school[0] == projects["school"].pk
    assert school[3] == 25


def test_the_csv_opens_in_a_norwegian_spreadsheet(leader_client, projects):
    """Semicolons, as Norwegian Excel separates cells (the comma is its decimal mark), and
    a byte order mark so that "ø" stays "ø"."""
    content = export(leader_client, "csv").content
    assert content.startswith("\ufeff".encode())
    assert content.decode("utf-8-sig").splitlines()[0].count(";") == len(HEADINGS) - 1


def test_the_export_follows_the_lists_search(leader_client, projects):
    lines = lines_of("csv", export(leader_client, "csv", query="?q=elva").content)
    assert [line[1] for line in lines[1:]] == ["Turveg langs elva"]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_exported_cells_never_run_as_formulas(leader_client, file_format):
    make_project('=HYPERLINK("https://evil.example";"Klikk")', slug="formel")
    make_project("@SUM(1+1)", slug="at")
    make_project("-2+3", slug="minus")
    lines = lines_of(file_format, export(leader_client, file_format).content)
    titles = sorted(line[1] for line in lines[1:])
    if file_format == "csv":
        assert titles == ["'-2+3", '\'=HYPERLINK("https://evil.example";"Klikk")', "'@SUM(1+1)"]
    else:
        book = openpyxl.load_workbook(io.BytesIO(export(leader_client, "xlsx").content))
        kinds = {row[1].value: row[1].data_type for row in book.active.iter_rows(min_row=2)}
        assert kinds == {
            '=HYPERLINK("https://evil.example";"Klikk")': "s",
            "@SUM(1+1)": "s",
            "-2+3": "s",
        }


def test_the_export_takes_the_same_number_of_queries_for_many_projects(leader_client):
    def queries_for(count):
        for number in range(count):
            project = make_project(f"Prosjekt {count}-{number}")
            make_update(project, new_status="ongoing", new_progress=number % 100)
            make_phase(project, starts_on=timezone.localdate() - timedelta(days=1))
            make_contact(f"Person {count}-{number}", project=project)
        with CaptureQueriesContext(connection) as queries:
            export(leader_client, "csv")
        return len(queries)

    few = queries_for(5)
    assert queries_for(60) == few


# The round trip


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_edited_file_comes_back_as_dated_status_updates(leader_client, projects, file_format):
    school, path, draft = projects["school"], projects["path"], projects["draft"]
    lines = lines_of(file_format, export(leader_client, file_format).content)
    # A status written in another case, a progress with a decimal comma and a per cent sign.
    edited(lines, school, status=nn_status("completed").upper())
    edited(lines, path, progress="12,5 %")

    preview = upload_file(leader_client, file_format, file_of(file_format, lines))

    page = preview.content.decode()
    changed = preview.context["changed_rows"]
    assert [row.object_repr for row in changed] == ["Ny skule i Nedre Li", "Turveg langs elva"]
    assert f'{nn_status("ongoing")} <span aria-hidden="true">→' in page
    assert f"<strong>{nn_status('completed')}</strong>" in page
    assert "<strong>13\xa0%</strong>" in page  # 12.5 rounded to a whole per cent
    assert [row.object_repr for row in preview.context["unchanged_rows"]] == ["Nytt torg"]
    assert StatusUpdate.objects.count() == 1  # the preview saves nothing

    before = timezone.now()
    done = confirm(leader_client, preview)

    assert done.redirect_chain[-1][0] == LIST_URL
    with translation.override("nn"):
        posted = translation.ngettext(
            "%(count)s status update posted.", "%(count)s status updates posted.", 2
        ) % {"count": 2}
    assert escape(posted) in done.content.decode()
    assert shown(school) == ("completed", 25)
    assert shown(path) == ("idea", 13)
    assert shown(draft) == ("planned", 0)
    status_update = school.updates.get(new_status="completed")
    assert status_update.is_published
    assert before <= status_update.published_at <= timezone.now()
    assert status_update.new_progress is None
    assert status_update.title == nn("Status changed")
    assert nn_status("completed") in status_update.body
    progress_update = path.updates.get()
    assert (progress_update.new_status, progress_update.new_progress) == ("", 13)
    assert progress_update.title == nn("Progress updated")
    assert not draft.updates.exists()
    # The project's own status is left alone: residents' status follows the updates.
    school.refresh_from_db()
    assert (school.status, school.progress) == ("planned", 10)
    # The admin's log says who posted them.
    logged = LogEntry.objects.filter(action_flag=ADDITION, object_id=str(status_update.pk))
    assert logged.get().user.username == "prosessleiar"


def test_an_unedited_file_changes_nothing_and_offers_nothing_to_confirm(leader_client, projects):
    content = export(leader_client, "csv").content
    preview = upload_file(leader_client, "csv", content)
    assert preview.context["changed_rows"] == []
    assert len(preview.context["unchanged_rows"]) == 3
    assert escape(nn("Nothing to change: every line matches what residents see.")) in (
        preview.content.decode()
    )
    assert 'name="confirm"' not in preview.content.decode()


def test_empty_cells_keep_status_and_progress(leader_client, projects):
    school = projects["school"]
    lines = lines_of("csv", export(leader_client, "csv").content)
    edited(lines, school, status="", progress="")
    preview = upload_file(leader_client, "csv", file_of("csv", lines))
    assert preview.context["changed_rows"] == []


def test_codes_english_headings_and_a_file_of_two_columns_are_read_too(leader_client, projects):
    school = projects["school"]
    lines = [["id", "Status"], [school.pk, "Paused"]]
    preview = upload_file(leader_client, "csv", file_of("csv", lines))
    assert [row.object_repr for row in preview.context["changed_rows"]] == [school.title]
    confirm(leader_client, preview)
    assert shown(school) == ("paused", 25)


def test_a_percentage_cell_in_excel_is_read_as_per_cent(leader_client, projects):
    path = projects["path"]
    book = openpyxl.Workbook()
    book.active.append(["ID", heading("progress")])
    book.active.append([path.pk, 0.4])
    book.active["B2"].number_format = "0%"
    output = io.BytesIO()
    book.save(output)
    confirm(leader_client, upload_file(leader_client, "xlsx", output.getvalue()))
    assert shown(path) == ("idea", 40)


def test_a_csv_from_older_excel_in_windows_1252_is_read(leader_client, projects):
    path = projects["path"]
    text = (
        f"ID;{heading('title')};Status\r\n{path.pk};Turveg langs elva;{nn_status('completed')}\r\n"
    )
    content = text.replace("Turveg", "Gjøvik-turveg").encode("cp1252")
    preview = upload_file(leader_client, "csv", content)
    # Read, and then refused only because the title no longer matches the project.
    assert "Gjøvik-turveg" in preview.content.decode()


@pytest.mark.parametrize(
    ("cell", "progress"),
    [
        ("25", 25),
        ("25 %", 25),
        ("25%", 25),
        ("25,0", 25),
        ("25.0", 25),
        ("33,5", 34),
        (25, 25),
        (25.0, 25),
        (" 7 ", 7),
        ("0", 0),
        ("100 %", 100),
        ("", None),
        (None, None),
    ],
)
def test_progress_is_read_as_the_site_writes_numbers(cell, progress):
    with translation.override("nn"):
        assert progress_from_cell(cell) == progress


def test_a_title_with_a_control_character_is_exported_to_excel_without_it(leader_client):
    make_project("Ny\x07 skule", slug="ny-skule")
    lines = lines_of("xlsx", export(leader_client, "xlsx").content)
    assert lines[1][1] == "Ny skule"


# Bad lines: listed with the reason, nothing imported


def not_a_status(value):
    from projects.models import Status

    choices = ", ".join(nn_status(status) for status in Status)
    return nn(
        "“%(value)s” is not a status. Write one of: %(choices)s.", value=value, choices=choices
    )


BAD_LINES = {
    "unknown status": ({"status": "Ferdig?"}, not_a_status("Ferdig?")),
    "progress over 100": (
        {"progress": "150"},
        nn("Progress must be from 0 to 100 %%; the file says %(value)s.", value="150"),
    ),
    "progress not a number": (
        {"progress": "mykje"},
        nn(
            "“%(value)s” is not a number. Write progress as a number from 0 to 100.",
            value="mykje",
        ),
    ),
    "unknown project": (
        {"id": "99999"},
        nn(
            "There is no project with ID %(id)s. The spreadsheet cannot add projects: "
            "add them in the admin.",
            id=99999,
        ),
    ),
    "no project ID": ({"id": ""}, nn("The line has no project ID.")),
    "ID not a number": ({"id": "tolv"}, nn("“%(value)s” is not a project ID.", value="tolv")),
    "a formula": (
        {"status": '=HYPERLINK("https://evil.example")'},
        not_a_status('=HYPERLINK("https://evil.example")'),
    ),
}


# A formula typed into Excel comes back as the value it computed; in a CSV as its text.
BAD_FILES = [
    pytest.param(file_format, bad, id=f"{name}, {file_format}")
    for name, bad in BAD_LINES.items()
    for file_format in ["csv", "xlsx"]
    if not (name == "a formula" and file_format == "xlsx")
]


@pytest.mark.parametrize(("file_format", "bad"), BAD_FILES)
def test_a_file_with_a_bad_line_lists_it_and_imports_nothing(
    leader_client, projects, file_format, bad
):
    cells, reason = bad
    school, path = projects["school"], projects["path"]
    lines = lines_of(file_format, export(leader_client, file_format).content)
    edited(lines, school, status=nn_status("completed"))
    edited(lines, path, **cells)
    bad_line = next(
        number for number, line in enumerate(lines, 1) if line[1] == "Turveg langs elva"
    )

    preview = upload_file(leader_client, file_format, file_of(file_format, lines))

    assert "confirm_form" not in preview.context or not preview.context["confirm_form"]
    problems = preview.context["problems"]
    assert [(line, title) for line, title, _reason in problems] == [(bad_line, "Turveg langs elva")]
    assert reason in problems[0][2]
    page = preview.content.decode()
    assert escape(reason) in page
    assert (
        escape(
            nn("Nothing was imported. Correct these lines in the spreadsheet and upload it again:")
        )
        in page
    )
    assert StatusUpdate.objects.count() == 1
    assert shown(school) == ("ongoing", 25)


def test_lines_are_numbered_as_the_spreadsheet_numbers_them(leader_client, projects):
    """Empty lines in between do not shift the numbers the process leader is told."""
    school, path = projects["school"], projects["path"]
    lines = [["ID", "Status"], [school.pk, nn_status("paused")], ["", ""], [path.pk, "Tja"]]
    problems = upload_file(leader_client, "csv", file_of("csv", lines)).context["problems"]
    assert [line for line, _title, _reason in problems] == [4]


def test_a_project_on_two_lines_is_refused_on_both(leader_client, projects):
    school = projects["school"]
    lines = [
        ["ID", "Status"],
        [school.pk, nn_status("paused")],
        [school.pk, nn_status("completed")],
    ]
    problems = upload_file(leader_client, "csv", file_of("csv", lines)).context["problems"]
    assert [line for line, _title, _reason in problems] == [2, 3]
    assert "2, 3" in problems[0][2]


def test_a_title_that_does_not_belong_to_the_id_is_refused(leader_client, projects):
    """One column sorted without the others would put statuses on the wrong projects."""
    school, path = projects["school"], projects["path"]
    lines = [["ID", heading("title"), "Status"], [school.pk, path.title, nn_status("paused")]]
    problems = upload_file(leader_client, "csv", file_of("csv", lines)).context["problems"]
    assert len(problems) == 1 and school.title in problems[0][2]
    assert StatusUpdate.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_line_that_fails_when_confirmed_rolls_back_the_lines_before_it(leader_client):
    """The database itself: the preview was clean, then a project was deleted before the
    confirmation. The update of the line before it is rolled back, on SQLite and
    PostgreSQL alike (the suite runs on both)."""
    first = make_project("Fyrste prosjekt", status="planned")
    second = make_project("Andre prosjekt", status="planned")
    lines = [["ID", "Status"], [first.pk, nn_status("ongoing")], [second.pk, nn_status("ongoing")]]
    preview = upload_file(leader_client, "csv", file_of("csv", lines))
    assert len(preview.context["changed_rows"]) == 2
    second.delete()

    done = confirm(leader_client, preview)

    assert done.redirect_chain[-1][0] == IMPORT_URL
    page = done.content.decode()
    assert escape(nn("Nothing was imported, as the projects changed since the preview:")) in page
    assert StatusUpdate.objects.count() == 0
    assert shown(first) == ("planned", None)


# Files that are not what they seem: a clear error, never a 500


def error_of(response):
    form = response.context["form"]
    return " ".join(form.errors.get("import_file", [])) + " ".join(
        reason for _line, _title, reason in response.context.get("problems") or []
    )


def zip_bomb():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    return output.getvalue()


HOSTILE_FILES = {
    "UTF-16 without a byte order mark": ("csv", "ID;Status\n1;idé\n".encode("utf-16-le")),
    "binary garbage": ("csv", bytes(range(256)) * 40),
    "an .xlsx that is not a zip": ("xlsx", b"ID;Status\n1;ide\n"),
    "a zip that is not a workbook": ("xlsx", b"PK\x03\x04" + b"\0" * 100),
    "a zip bomb": ("xlsx", None),
    "a workbook sent as CSV": ("csv", None),
    "only headings": ("csv", b"ID;Status\r\n"),
    "nothing": ("csv", b" "),
    "no ID column": ("csv", b"Prosjekt;Status\r\nSkule;Pagar\r\n"),
    "a broken CSV quote": ("csv", b'ID;Status\r\n1;"open\r\n'),
}


@pytest.mark.parametrize("case", HOSTILE_FILES, ids=HOSTILE_FILES.keys())
def test_a_file_that_is_not_a_spreadsheet_gets_a_clear_error(leader_client, projects, case):
    file_format, content = HOSTILE_FILES[case]
    if case == "a zip bomb":
        content = zip_bomb()
    if case == "a workbook sent as CSV":
        content = file_of("xlsx", [["ID", "Status"], [1, "idé"]])
    response = upload_file(leader_client, file_format, content)
    assert error_of(response).strip()
    assert not response.context.get("confirm_form")
    assert StatusUpdate.objects.count() == 1


def test_a_file_larger_than_any_list_of_projects_is_refused_before_it_is_read(leader_client):
    content = b"ID;Status\r\n" + b"1;idea\r\n" * (MAX_BYTES // 8 + 1)
    response = upload_file(leader_client, "csv", content)
    assert nn(
        "The file is larger than %(size)s MB, far larger than a list of projects. "
        "Check that you chose the right file.",
        size=MAX_BYTES // (1024 * 1024),
    ) in error_of(response)


def test_the_uploaded_file_is_kept_only_until_it_is_confirmed(
    leader_client, projects, uploads_folder
):
    folder = uploads_folder
    before = set(os.listdir(folder))
    bad = upload_file(leader_client, "csv", b"ID;Status\r\n1;Tja\r\n")
    assert bad.context["problems"]
    assert set(os.listdir(folder)) == before

    lines = [["ID", "Status"], [projects["path"].pk, nn_status("planned")]]
    preview = upload_file(leader_client, "csv", file_of("csv", lines))
    assert len(set(os.listdir(folder)) - before) == 1
    confirm(leader_client, preview)
    assert set(os.listdir(folder)) == before


def test_a_confirmation_whose_file_is_gone_asks_for_the_file_again(
    leader_client, projects, uploads_folder
):
    lines = [["ID", "Status"], [projects["path"].pk, nn_status("planned")]]
    preview = upload_file(leader_client, "csv", file_of("csv", lines))
    name = preview.context["confirm_form"].initial["import_file_name"]
    os.remove(os.path.join(uploads_folder, name))
    done = confirm(leader_client, preview)
    assert done.redirect_chain[-1][0] == IMPORT_URL
    assert StatusUpdate.objects.count() == 1


def test_a_confirmation_cannot_read_other_files(leader_client, projects, tmp_path):
    """The name comes back from the browser: only a file in the uploads' own folder."""
    done = leader_client.post(
        CONFIRM_URL,
        {
            "import_file_name": "../../etc/passwd",
            "original_file_name": "x.csv",
            "format": "0",
            "resource": "0",
        },
        follow=True,
    )
    assert done.status_code == 200
    assert "root:" not in done.content.decode()
    assert StatusUpdate.objects.count() == 1


# Who may


def staff_with(*codenames):
    user = User.objects.create_user("sakshandsamar", password="x", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def test_viewing_projects_is_enough_to_export_but_not_to_import(client, projects):
    client.force_login(staff_with("view_project"))
    assert client.get(EXPORT_URL).status_code == 200
    assert client.get(IMPORT_URL).status_code == 403
    page = client.get(LIST_URL).content.decode()
    assert 'class="export_link"' in page
    assert 'class="import_link"' not in page


def test_importing_takes_changing_projects_and_posting_updates(client, projects):
    client.force_login(staff_with("view_project", "change_project"))
    assert client.get(IMPORT_URL).status_code == 403
    User.objects.get().user_permissions.add(Permission.objects.get(codename="add_statusupdate"))
    assert client.get(IMPORT_URL).status_code == 200


def test_the_process_leader_finds_both_buttons_on_the_project_list(leader_client, projects):
    page = leader_client.get(LIST_URL).content.decode()
    assert f'<a href="{IMPORT_URL}" class="import_link">{nn("Import from spreadsheet")}</a>' in page
    assert f'<a href="{EXPORT_URL}?" class="export_link">{nn("Export to spreadsheet")}</a>' in page


def test_the_import_page_says_which_columns_are_read(leader_client):
    page = leader_client.get(IMPORT_URL).content.decode()
    assert "Status" in page and escape(heading("progress")) in page
    assert 'accept=".csv,.xlsx' in page
    assert escape(nn("Import from a spreadsheet")) in page


def test_the_import_is_kept_in_the_history_with_who_made_it(leader_client, projects):
    from reversion.models import Version

    path = projects["path"]
    lines = [["ID", "Status"], [path.pk, nn_status("planned")]]
    confirm(leader_client, upload_file(leader_client, "csv", file_of("csv", lines)))
    revision = Version.objects.get_for_object(path.updates.get()).get().revision
    assert revision.user.username == "prosessleiar"
    assert revision.get_comment() == nn("Imported from a spreadsheet")


def test_an_upload_never_confirmed_is_removed_after_a_day(uploads_folder):
    old = os.path.join(uploads_folder, "tmpold")
    recent = os.path.join(uploads_folder, "tmprecent")
    for path in (old, recent):
        with open(path, "wb") as file:
            file.write(b"ID;Status\r\n")
    day_ago = timezone.now().timestamp() - 25 * 60 * 60
    os.utime(old, (day_ago, day_ago))
    SpreadsheetUploads().save(b"ID;Status\r\n")
    assert not os.path.exists(old)
    assert os.path.exists(recent)


def test_a_broken_confirmation_form_shows_the_page_not_an_error(leader_client):
    response = leader_client.post(CONFIRM_URL, {"format": "0"})
    assert response.status_code == 200
    assert escape(nn("Import from a spreadsheet")) in response.content.decode()
    assert StatusUpdate.objects.count() == 0


def test_the_preview_takes_the_same_number_of_queries_for_many_lines(leader_client):
    def queries_for(count):
        lines = [["ID", "Status", "Progress (%)"]]
        for number in range(count):
            project = make_project(f"Prosjekt {count}-{number}", status="planned")
            make_update(project, new_status="ongoing", new_progress=10)
            lines.append([project.pk, nn_status("completed"), "100"])
        with CaptureQueriesContext(connection) as queries:
            preview = upload_file(leader_client, "csv", file_of("csv", lines))
        assert len(preview.context["changed_rows"]) == count
        return len(queries)

    few = queries_for(5)
    assert queries_for(60) == few
