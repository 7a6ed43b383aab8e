"""Projects to and from a spreadsheet (issue 16).

The process leader exports every project's status, progress, current phase, contact and
last update date as CSV or Excel, changes status and progress in the spreadsheet, and
imports the file back: a preview of what changes, then confirm. A changed row becomes a
dated status update, as if posted by hand; the project itself is never edited. One bad
row and nothing is imported: the preview lists every bad line with its reason, and the
import itself runs in one transaction (import-export's, rolled back on any row error).

The file formats read and write the cells themselves instead of tablib's defaults: a CSV
as the site's language writes it (semicolons where the decimal mark is a comma, as
Norwegian Excel expects, UTF-8 with a byte order mark), Windows-1252 from older Excel read
too; cells that a spreadsheet would run as a formula are neutralised on export.
"""

import csv
import io
import os
import re
import time
import zipfile
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from uuid import uuid4

import tablib
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.models import ADDITION, LogEntry
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files.base import ContentFile
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format, get_format
from django.utils.html import format_html
from django.utils.module_loading import import_string
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from import_export import resources
from import_export.admin import ImportExportMixin
from import_export.fields import Field
from import_export.formats import base_formats
from import_export.forms import ExportForm, ImportForm
from import_export.signals import post_import
from import_export.tmp_storages import BaseStorage

from config.media_storages import private_storage
from config.numbers import parse_number, with_unit
from contacts.models import ProjectContact
from history import record

from .models import Project, Status

# A spreadsheet of a municipality's projects is a few hundred kilobytes at most.
MAX_BYTES = 5 * 1024 * 1024
# An .xlsx is a zip: what it unpacks to is bounded too (a small file can unpack to gigabytes).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# Lines of the sheet, headings and empty lines included.
MAX_LINES = 10_000
# An uploaded file waits this long for its confirmation; older ones are removed.
KEEP_UPLOAD_SECONDS = 24 * 60 * 60

# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SpreadsheetError(ValueError):
    """What is wrong with a file as a whole, in words for the process leader."""


# Cells


def neutralised(value):
    """A text cell a spreadsheet shows as text, never runs (CSV injection): a leading
    apostrophe, as OWASP recommends. Numbers are left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def cell_text(value):
    """A cell as trimmed text, with the apostrophe of neutralised() taken off again."""
    if value is None:
        return ""
    text = str(value).strip()
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        text = text[1:]
    return text


def same_text(first, second):
    """The same words, whatever the case and spacing."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def is_blank(row):
    return all(cell_text(cell) == "" for cell in row)


def dataset_from_lines(lines):
    """A tablib Dataset from the sheet's lines, the first holding the headings. Empty lines
    stay, so that row n of the dataset is line n + 1 of the sheet."""
    lines = list(lines)
    if not lines or is_blank(lines[0]):
        raise SpreadsheetError(
            gettext(
                "The first line of the file must hold the column headings, such as %(heading)s."
            )
            % {"heading": ProjectSheet.heading_example()}
        )
    headings = [cell_text(cell) for cell in lines[0]]
    while headings and not headings[-1]:
        headings.pop()
    width = len(headings)
    rows = [(list(line) + [""] * width)[:width] for line in lines[1:]]
    if all(is_blank(row) for row in rows):
        raise SpreadsheetError(gettext("The file has headings but no projects below them."))
    dataset = tablib.Dataset(headers=headings)
    for row in rows:
        dataset.append(row)
    return dataset


def check_line_count(count):
    if count > MAX_LINES:
        raise SpreadsheetError(
            gettext("The file has more than %(count)s lines, far more than there are projects.")
            % {"count": MAX_LINES}
        )


def csv_delimiter():
    """What a spreadsheet in the site's language separates cells with: a semicolon where
    the decimal mark is a comma (Norwegian, Swedish and Danish Excel), else a comma."""
    return ";" if get_format("DECIMAL_SEPARATOR") == "," else ","


def decoded(data):
    """The text of a CSV file: UTF-8 (as exported, with or without a byte order mark),
    UTF-16 with a byte order mark (Excel's "Unicode text"), or Windows-1252 (older Excel's
    plain "CSV"). Anything else is refused rather than read as nonsense."""
    if data.startswith(b"PK\x03\x04"):
        raise SpreadsheetError(
            gettext("This is an Excel workbook, not a CSV file: choose the format xlsx.")
        )
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or CONTROL_CHARACTERS.search(text):
        raise SpreadsheetError(
            gettext(
                "This file cannot be read as a CSV file. In the spreadsheet program, save it "
                "as CSV (UTF-8) or as an Excel workbook (.xlsx), and upload that."
            )
        )
    return text


def sniffed_delimiter(text):
    """The separator the headings line uses: the file may come from a spreadsheet set to
    another language than the site's."""
    first_line = text.split("\n", 1)[0]
    counts = {delimiter: first_line.count(delimiter) for delimiter in ";,\t"}
    best = max(counts, key=counts.get)
    return best if counts[best] else csv_delimiter()


class SpreadsheetCSV(base_formats.CSV):
    """CSV as a spreadsheet in the site's language writes and reads it."""

    def is_binary(self):
        # Read as bytes: decoded() decides the encoding, with an error it can explain.
        return True

    def get_read_mode(self):
        return "rb"

    def create_dataset(self, in_stream, **kwargs):
        if in_stream is None:
            raise SpreadsheetError(gettext("The uploaded file is gone. Please upload it again."))
        text = decoded(in_stream)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniffed_delimiter(text))
        lines = []
        try:
            for line in reader:
                lines.append(line)
                check_line_count(len(lines))
        except csv.Error as error:
            raise SpreadsheetError(
                gettext("Line %(line)s of the CSV file cannot be read.") % {"line": reader.line_num}
            ) from error
        return dataset_from_lines(lines)

    def export_data(self, dataset, **kwargs):
        text = io.StringIO(newline="")
        writer = csv.writer(text, delimiter=csv_delimiter(), lineterminator="\r\n")
        writer.writerow(neutralised(heading) for heading in dataset.headers)
        for row in dataset:
            writer.writerow(neutralised(cell) for cell in row)
        # The byte order mark tells Excel the file is UTF-8, so "ø" stays "ø".
        return text.getvalue().encode("utf-8-sig")


class SpreadsheetXLSX(base_formats.XLSX):
    """An Excel workbook of one sheet; text cells stay text, never formulas."""

    def create_dataset(self, in_stream):
        import openpyxl

        if in_stream is None:
            raise SpreadsheetError(gettext("The uploaded file is gone. Please upload it again."))
        not_a_workbook = SpreadsheetError(
            gettext(
                "This is not an Excel workbook (.xlsx). Save it in the spreadsheet program as "
                "an Excel workbook, or choose the format csv if it is a CSV file."
            )
        )
        if not in_stream.startswith(b"PK\x03\x04"):
            raise not_a_workbook
        try:
            with zipfile.ZipFile(io.BytesIO(in_stream)) as archive:
                unpacked = sum(member.file_size for member in archive.infolist())
        except (zipfile.BadZipFile, ValueError, OSError) as error:
            raise not_a_workbook from error
        if unpacked > MAX_UNPACKED_BYTES:
            raise SpreadsheetError(
                gettext("The workbook holds far more than a list of projects. Check the file.")
            )
        try:
            book = openpyxl.load_workbook(io.BytesIO(in_stream), read_only=True, data_only=True)
            try:
                lines = []
                for row in book.worksheets[0].iter_rows():
                    lines.append([self.cell_value(cell) for cell in row])
                    check_line_count(len(lines))
            finally:
                book.close()
        except SpreadsheetError:
            raise
        except Exception as error:
            raise not_a_workbook from error
        return dataset_from_lines(lines)

    @staticmethod
    def cell_value(cell):
        value = cell.value
        # A cell formatted as a percentage holds 0.25 for "25 %".
        number_format = getattr(cell, "number_format", None) or ""
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if is_number and "%" in number_format:
            return Decimal(str(value)) * 100
        return value

    def export_data(self, dataset, **kwargs):
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font

        def storable(value):
            # Control characters (pasted into a title, say) cannot be stored in a workbook.
            return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

        book = Workbook()
        sheet = book.active
        sheet.title = gettext("Projects")[:31]
        sheet.append([storable(heading) for heading in dataset.headers])
        for row in dataset:
            sheet.append([storable(cell) for cell in row])
        for row in sheet.iter_rows():
            for cell in row:
                # openpyxl takes a text starting with "=" for a formula: keep it text.
                if cell.data_type == "f":
                    cell.data_type = "s"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            longest = max(len(str(cell.value or "")) for cell in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(longest, 8) + 2, 60)
        output = io.BytesIO()
        book.save(output)
        return output.getvalue()


FORMATS = [SpreadsheetCSV, SpreadsheetXLSX]


class SpreadsheetUploads(BaseStorage):
    """An uploaded file between preview and confirmation: in the private media storage
    (never a public folder), so that the confirmation may reach any app server; removed
    after a day if the process leader never confirms."""

    FOLDER = "spreadsheets"

    def storage_name(self):
        # The name comes back from the confirmation form: only a name in the folder.
        return f"{self.FOLDER}/{os.path.basename(self.name)}"

    def save(self, data):
        self.remove_old()
        self.name = uuid4().hex
        private_storage.save(self.storage_name(), ContentFile(data))

    def read(self):
        with private_storage.open(self.storage_name()) as file:
            data = file.read()
        return data if "b" in self.read_mode else data.decode(self.encoding or "utf-8")

    def remove(self):
        private_storage.delete(self.storage_name())

    @classmethod
    def remove_old(cls, now=None):
        cutoff = datetime.fromtimestamp((now or time.time()) - KEEP_UPLOAD_SECONDS, UTC)
        try:
            names = private_storage.listdir(cls.FOLDER)[1]
        except FileNotFoundError:
            return
        for name in names:
            path = f"{cls.FOLDER}/{name}"
            with suppress(FileNotFoundError):
                if private_storage.get_modified_time(path) < cutoff:
                    private_storage.delete(path)


# What a row changes


@dataclass
class SheetChange:
    """What residents see of a project now, and what a row of the sheet asks for."""

    project: Project
    status_before: str
    status_after: str
    progress_before: int | None
    progress_after: int | None

    @property
    def status_changed(self):
        return self.status_after != self.status_before

    @property
    def progress_changed(self):
        return self.progress_after != self.progress_before

    @property
    def changed(self):
        return self.status_changed or self.progress_changed

    @staticmethod
    def status_label(status):
        return capfirst(str(Status(status).label))

    @staticmethod
    def progress_label(progress):
        return "–" if progress is None else with_unit(progress, "%")

    def status_before_label(self):
        return self.status_label(self.status_before)

    def status_after_label(self):
        return self.status_label(self.status_after)

    def progress_before_label(self):
        return self.progress_label(self.progress_before)

    def progress_after_label(self):
        return self.progress_label(self.progress_after)

    def status_update(self):
        """The dated update that makes the change, published now (not yet saved)."""
        from updates.models import StatusUpdate

        said = []
        if self.status_changed:
            said.append(gettext("Status: %(status)s.") % {"status": self.status_after_label()})
        if self.progress_changed:
            said.append(
                gettext("Progress: %(progress)s.") % {"progress": self.progress_after_label()}
            )
        body = format_html(
            "<p>{}</p><p>{}</p>",
            " ".join(said),
            gettext("Updated from the process leader's spreadsheet."),
        )
        return StatusUpdate(
            project=self.project,
            title=gettext("Status changed") if self.status_changed else gettext("Progress updated"),
            body=body,
            new_status=self.status_after if self.status_changed else "",
            new_progress=self.progress_after if self.progress_changed else None,
            published_at=timezone.now(),
            is_published=True,
        )


def status_from_cell(value):
    """A status from its label in the site's language or its code, in any case; None for
    an empty cell (the status stays)."""
    text = cell_text(value)
    if not text:
        return None
    wanted = text.casefold()
    for status in Status:
        if wanted in (status.value.casefold(), str(status.label).casefold()):
            return status.value
    raise ValidationError(
        _("“%(value)s” is not a status. Write one of: %(choices)s."),
        code="invalid",
        params={
            "value": text[:50],
            "choices": ", ".join(SheetChange.status_label(status) for status in Status),
        },
    )


def progress_from_cell(value):
    """Progress as a whole number from 0 to 100: "25", "25 %", "25,0" in the site's
    language, or a number cell; rounded to whole per cent. None for an empty cell."""
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
    else:
        text = cell_text(value)
        if not text:
            return None
        number = parse_number(text.removesuffix("%").strip())
    if number is None or not number.is_finite():
        raise ValidationError(
            _("“%(value)s” is not a number. Write progress as a number from 0 to 100."),
            code="invalid",
            params={"value": cell_text(value)[:50]},
        )
    if not 0 <= number <= 100:
        raise ValidationError(
            _("Progress must be from 0 to 100 %%; the file says %(value)s."),
            code="out_of_range",
            params={"value": cell_text(value)[:50]},
        )
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def project_id_from_cell(value):
    """The project's ID, or None for a cell that holds none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
    else:
        number = parse_number(cell_text(value)) if cell_text(value) else None
    if number is None or not number.is_finite() or number != number.to_integral_value():
        return None
    # Larger numbers than the database's IDs go no further than here.
    return int(number) if 0 < number < 2**63 else None


# The resource: the columns, reading and writing them


class ProjectSheet(resources.ModelResource):
    """The columns of the spreadsheet. Only status and progress are read back."""

    id = Field(attribute="id", column_name=_("ID"), readonly=True)
    title = Field(attribute="title", column_name=pgettext_lazy("column", "Project"), readonly=True)
    status = Field(column_name=_("Status"))
    progress = Field(column_name=_("Progress (%)"))
    phase = Field(column_name=_("Current phase"), readonly=True)
    contact = Field(column_name=_("Contact"), readonly=True)
    last_update = Field(column_name=_("Last status update"), readonly=True)

    class Meta:
        model = Project
        name = _("Projects")
        fields = ("id", "title", "status", "progress", "phase", "contact", "last_update")
        import_id_fields = ("id",)
        # Never half an import: a bad row rolls back every row (also set in settings).
        use_transactions = True
        # No savepoint around each line (two statements a line): all lines stand or fall
        # together anyway. Nothing is saved in bulk: save_instance saves each update.
        use_bulk = True
        # Changes are judged by SheetChange, shown by our own preview, not a field diff.
        skip_diff = True
        skip_html_diff = True
        # Unchanged rows appear in the preview as such.
        report_skipped = True
        store_instance = True
        # The project is never saved, so it is not validated as a whole.
        clean_model_instances = False

    READ_COLUMNS = ("status", "progress")

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.today = timezone.localdate()
        self.posted_updates = []
        self.headings = {}
        for name, field in self.fields.items():
            # Headings are read in the site's language, in English and by their short name.
            with translation.override("en"):
                english = str(field.column_name)
            field.column_name = str(field.column_name)
            for heading in (field.column_name, english, name):
                self.headings[heading.casefold()] = field.column_name

    @classmethod
    def heading_example(cls):
        return ", ".join(f"“{cls.fields[name].column_name}”" for name in ("id", "status"))

    def column(self, name):
        return self.fields[name].column_name

    # Export

    def get_queryset(self):
        return Project.objects

    def filter_export(self, queryset, **kwargs):
        return queryset.prefetch_related(
            "phases",
            Prefetch("contacts", queryset=ProjectContact.objects.select_related("person")),
        )

    def iter_queryset(self, queryset):
        # Django prefetches per chunk of an iterator: a few queries for any number of rows.
        yield from queryset.iterator(chunk_size=2000)

    def dehydrate_id(self, project):
        return project.pk

    def dehydrate_title(self, project):
        return project.title

    def dehydrate_status(self, project):
        return SheetChange.status_label(project.effective_status)

    def dehydrate_progress(self, project):
        progress = project.effective_progress
        return "" if progress is None else progress

    def dehydrate_phase(self, project):
        current = (phase.name for phase in project.phases.all() if phase.is_current(self.today))
        return next(current, "")

    def dehydrate_contact(self, project):
        first = next(iter(project.contacts.all()), None)
        if first is None:
            return ""
        return gettext("%(name)s (%(role)s)") % {
            "name": first.person.name,
            "role": first.role_name,
        }

    def dehydrate_last_update(self, project):
        last = getattr(project, "last_update_at", None)
        return date_format(timezone.localtime(last), "SHORT_DATE_FORMAT") if last else ""

    # Import

    def before_import(self, dataset, **kwargs):
        """Headings to the columns they name, empty lines out (their line numbers kept),
        and the projects the file names loaded at once."""
        headings = [
            self.headings.get(cell_text(h).casefold(), cell_text(h)) for h in dataset.headers
        ]
        problem = None
        repeated = {heading for heading in headings if heading and headings.count(heading) > 1}
        if repeated:
            problem = gettext("The column “%(heading)s” is in the file twice.") % {
                "heading": sorted(repeated)[0]
            }
        elif self.column("id") not in headings:
            problem = gettext(
                "The file has no column “%(heading)s”: it tells which project a line is about."
            ) % {"heading": self.column("id")}
        elif not any(self.column(name) in headings for name in self.READ_COLUMNS):
            problem = gettext("The file has neither a column “%(status)s” nor “%(progress)s”.") % {
                "status": self.column("status"),
                "progress": self.column("progress"),
            }
        if problem:
            dataset.wipe()
            raise SpreadsheetError(problem)
        dataset.headers = headings

        # Row n of the dataset is line n + 1 of the sheet, until empty lines leave.
        self.lines = [number for number, row in enumerate(dataset, 2) if not is_blank(row)]
        for index in reversed(range(len(dataset))):
            if is_blank(dataset[index]):
                del dataset[index]

        self.lines_of_project = {}
        id_index = headings.index(self.column("id"))
        for line, row in zip(self.lines, dataset, strict=True):
            project_id = project_id_from_cell(row[id_index])
            if project_id is not None:
                self.lines_of_project.setdefault(project_id, []).append(line)
        self.projects = self.get_queryset().in_bulk(list(self.lines_of_project))

    def get_or_init_instance(self, instance_loader, row):
        """The project the row names; a row never adds one."""
        cell = row.get(self.column("id"))
        project_id = project_id_from_cell(cell)
        if project_id is None:
            if cell_text(cell):
                message = gettext("“%(value)s” is not a project ID.") % {
                    "value": cell_text(cell)[:50]
                }
            else:
                message = gettext("The line has no project ID.")
            raise ValidationError(message + " " + gettext("Keep the ID column as it was exported."))
        lines = self.lines_of_project.get(project_id, [])
        if len(lines) > 1:
            raise ValidationError(
                gettext("Project ID %(id)s is on lines %(lines)s. Keep one line for each project.")
                % {"id": project_id, "lines": ", ".join(map(str, lines))}
            )
        project = self.projects.get(project_id)
        if project is None:
            raise ValidationError(
                gettext(
                    "There is no project with ID %(id)s. The spreadsheet cannot add projects: "
                    "add them in the admin."
                )
                % {"id": project_id}
            )
        return project, False

    def import_instance(self, instance, row, **kwargs):
        """Reads status and progress into a SheetChange; the project stays as it is."""
        errors = {}
        title = cell_text(row.get(self.column("title")))
        if (
            title
            and " ".join(title.split()).casefold() != " ".join(instance.title.split()).casefold()
        ):
            errors[NON_FIELD_ERRORS] = [
                gettext(
                    "ID %(id)s is the project “%(title)s”, not “%(cell)s”. Was one column "
                    "sorted without the others? Export the projects again and start from "
                    "that file."
                )
                % {"id": instance.pk, "title": instance.title, "cell": title[:200]}
            ]
        status = progress = None
        for name, read in (("status", status_from_cell), ("progress", progress_from_cell)):
            column = self.column(name)
            if column not in row:
                continue
            try:
                value = read(row[column])
            except ValidationError as error:
                errors[column] = error.messages
                continue
            if name == "status":
                status = value
            else:
                progress = value
        instance.sheet_change = SheetChange(
            project=instance,
            status_before=instance.effective_status,
            status_after=status or instance.effective_status,
            progress_before=instance.effective_progress,
            progress_after=instance.effective_progress if progress is None else progress,
        )
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors:
            return False
        return not instance.sheet_change.changed

    def save_instance(self, instance, is_create, row, **kwargs):
        # The preview saves nothing; the import posts the update (through save(), so the
        # page cache and the history see it), never a change to the project itself.
        if self._is_dry_run(kwargs):
            return
        update = instance.sheet_change.status_update()
        update.full_clean()
        update.save()
        self.posted_updates.append(update)

    def after_import_row(self, row, row_result, **kwargs):
        row_result.line = self.lines[kwargs["row_number"] - 1]

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        for problem in [*result.invalid_rows, *result.error_rows]:
            problem.line = self.lines[problem.number - 1]
            # Which project, as the process leader knows it: its title in the file or ours.
            row = dict(zip(dataset.headers, dataset[problem.number - 1], strict=True))
            project = self.projects.get(project_id_from_cell(row.get(self.column("id"))))
            problem.project = cell_text(row.get(self.column("title"))) or (
                project.title if project else ""
            )
        result.posted_updates = self.posted_updates


# The admin: forms and the mixin ProjectAdmin takes


def readable(error):
    """An error for the process leader: ours say what is wrong; others are not shown (the
    log has them), so no program's message reaches the page."""
    if isinstance(error, (SpreadsheetError, ValidationError)):
        return " ".join(getattr(error, "messages", [str(error)]))
    return gettext("This could not be read. Check the line against an exported file.")


def offer_formats(field):
    field.label = _("File format")
    field.choices = [
        (value, label if value else gettext("Choose …")) for value, label in field.choices
    ]


class SpreadsheetImportForm(ImportForm):
    """Choose the file and its format; a file far larger than any list of projects is
    refused before it is read."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        file_field = self.fields["import_file"]
        file_field.label = _("Spreadsheet file")
        file_field.help_text = gettext("CSV or Excel workbook (.xlsx), at most %(size)s MB.") % {
            "size": MAX_BYTES // (1024 * 1024)
        }
        file_field.widget.attrs["accept"] = ".csv,.xlsx,text/csv," + SpreadsheetXLSX.CONTENT_TYPE
        offer_formats(self.fields["format"])

    def clean_import_file(self):
        file = self.cleaned_data["import_file"]
        if file.size > MAX_BYTES:
            raise forms.ValidationError(
                gettext(
                    "The file is larger than %(size)s MB, far larger than a list of projects. "
                    "Check that you chose the right file."
                ),
                code="too_large",
                params={"size": MAX_BYTES // (1024 * 1024)},
            )
        return file


class SpreadsheetExportForm(ExportForm):
    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        offer_formats(self.fields["format"])
        # Excel is what most offices open; CSV is one choice away.
        self.fields["format"].initial = str(FORMATS.index(SpreadsheetXLSX))


class SpreadsheetAdminMixin(ImportExportMixin):
    """Export and import buttons on the project list, with the preview and confirmation
    of django-import-export; see the module's docstring."""

    resource_classes = [ProjectSheet]
    formats = FORMATS
    import_formats = FORMATS
    export_formats = FORMATS
    import_form_class = SpreadsheetImportForm
    export_form_class = SpreadsheetExportForm
    import_template_name = "admin/import_export/project_import.html"
    export_template_name = "admin/import_export/project_export.html"
    # Each posted update gets its own entry in the admin's log instead.
    skip_admin_log = True

    def has_import_permission(self, request):
        # An import posts status updates about projects.
        return self.has_change_permission(request) and request.user.has_perm(
            "updates.add_statusupdate"
        )

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_tmp_storage_class(self):
        storage = getattr(settings, "IMPORT_EXPORT_TMP_STORAGE_CLASS", SpreadsheetUploads)
        return import_string(storage) if isinstance(storage, str) else storage

    def get_import_data_kwargs(self, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        # A row that fails only when confirmed (say, its project was deleted meanwhile)
        # rolls back the rows before it too.
        kwargs["rollback_on_validation_errors"] = True
        return kwargs

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, SpreadsheetError):
            form.add_error("import_file", str(e))
        else:
            form.add_error(
                "import_file",
                gettext(
                    "The file cannot be read. Check that it is a CSV file or an Excel "
                    "workbook (.xlsx) and that the format chosen matches it."
                ),
            )

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        self.discard_unconfirmable_upload(response)
        response.context_data |= self.import_page_context(response.context_data.get("result"))
        return response

    def import_page_context(self, result):
        """What the import page shows besides import-export's own: the rules, then either
        the lines to correct or the lines that change."""
        sheet = ProjectSheet()
        context = {
            "title": gettext("Import from a spreadsheet"),
            "headings": {name: sheet.column(name) for name in sheet.fields},
            "status_choices": ", ".join(SheetChange.status_label(status) for status in Status),
        }
        if result is not None:
            rows = result.valid_rows()
            context["changed_rows"] = [
                row for row in rows if row.import_type == row.IMPORT_TYPE_UPDATE
            ]
            context["unchanged_rows"] = [
                row for row in rows if row.import_type == row.IMPORT_TYPE_SKIP
            ]
            context["problems"] = self.problems(result)
        return context

    @staticmethod
    def problems(result):
        """(line, project, reason) of everything that keeps the file from being imported."""
        problems = []
        for error in result.base_errors:
            problems.append((None, None, readable(error.error)))
        for row in result.invalid_rows:
            reasons = []
            for column, messages_ in row.error_dict.items():
                prefix = "" if column == NON_FIELD_ERRORS else f"{column}: "
                reasons += [prefix + message for message in messages_]
            problems.append(
                (
                    getattr(row, "line", row.number + 1),
                    getattr(row, "project", ""),
                    " ".join(reasons),
                )
            )
        for row in result.error_rows:
            for error in row.errors:
                line = getattr(row, "line", row.number + 1)
                problems.append((line, getattr(row, "project", ""), readable(error.error)))
        return problems

    def export_action(self, request):
        response = super().export_action(request)
        if getattr(response, "context_data", None) is not None:
            response.context_data["title"] = gettext("Export to a spreadsheet")
            response.context_data["has_import_permission"] = self.has_import_permission(request)
        return response

    def discard_unconfirmable_upload(self, response):
        """The upload is kept for the confirmation only: with errors there is none."""
        context = getattr(response, "context_data", None) or {}
        form = context.get("form")
        if context.get("confirm_form") or form is None or not hasattr(form, "cleaned_data"):
            return
        upload = form.cleaned_data.get("import_file")
        name = getattr(upload, "tmp_storage_name", None)
        if name:
            self.get_tmp_storage_class()(name=name, **self.get_tmp_storage_class_kwargs()).remove()

    def process_import(self, request, **kwargs):
        try:
            response = super().process_import(request, **kwargs)
        except (OSError, SpreadsheetError):
            messages.error(
                request,
                gettext(
                    "The file of the preview is gone (it is kept for a day). Nothing was "
                    "imported. Please upload it again."
                ),
            )
            return HttpResponseRedirect(self.admin_url("import"))
        if getattr(response, "context_data", None) is not None:
            # A confirmation form that came back broken: the page, in our words.
            response.context_data |= self.import_page_context(None)
        return response

    def process_dataset(self, dataset, form, request, **kwargs):
        # Kept in the history with who imported, as any change to public content.
        with record(request.user, gettext("Imported from a spreadsheet")):
            return super().process_dataset(dataset, form, request, **kwargs)

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            # Rolled back: say why, and where to start again.
            messages.error(request, self.problems_message(result))
            return HttpResponseRedirect(self.admin_url("import"))
        updates = getattr(result, "posted_updates", [])
        if updates:
            LogEntry.objects.log_actions(
                request.user.pk,
                updates,
                ADDITION,
                change_message=gettext("Imported from a spreadsheet"),
                single_object=len(updates) == 1,
            )
        messages.success(request, self.posted_message(len(updates)))
        post_import.send(sender=None, model=self.model)
        return HttpResponseRedirect(
            reverse(
                "admin:{}_{}_changelist".format(*self.get_model_info()),
                current_app=self.admin_site.name,
            )
        )

    @staticmethod
    def posted_message(count):
        if not count:
            return gettext("Nothing changed: every line matches what residents see.")
        return ngettext(
            "%(count)s status update posted.", "%(count)s status updates posted.", count
        ) % {"count": count}

    @classmethod
    def problems_message(cls, result):
        problems = [
            gettext("line %(line)s: %(reason)s") % {"line": line, "reason": reason}
            if line
            else reason
            for line, _project, reason in cls.problems(result)
        ]
        return format_html(
            "{} {}",
            gettext("Nothing was imported, as the projects changed since the preview:"),
            "; ".join(problems),
        )

    def admin_url(self, view):
        app_label, model_name = self.get_model_info()
        return reverse(f"admin:{app_label}_{model_name}_{view}", current_app=self.admin_site.name)

    def get_export_filename(self, request, queryset, file_format):
        name = slugify(gettext("projects")) or "projects"
        return f"{name}-{timezone.localdate():%Y-%m-%d}.{file_format.get_extension()}"
