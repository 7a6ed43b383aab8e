"""Documents residents download: only real office files and PDFs, told apart by content."""

import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# File ending -> (name residents know, how the content must begin or what it must hold,
# the content type it is served with). The ending is only accepted when the content
# matches it, so the type a download is served with is decided by the content at upload.
DOCUMENT_KINDS = {
    ".pdf": (_("PDF"), "pdf", "application/pdf"),
    ".docx": (
        _("Word"),
        "ooxml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ".xlsx": (
        _("Excel"),
        "ooxml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ".pptx": (
        _("PowerPoint"),
        "ooxml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ".doc": (_("Word"), "ole", "application/msword"),
    ".xls": (_("Excel"), "ole", "application/vnd.ms-excel"),
    ".ppt": (_("PowerPoint"), "ole", "application/vnd.ms-powerpoint"),
    ".odt": (_("OpenDocument text"), "odf", "application/vnd.oasis.opendocument.text"),
    ".ods": (
        _("OpenDocument spreadsheet"),
        "odf",
        "application/vnd.oasis.opendocument.spreadsheet",
    ),
    ".odp": (
        _("OpenDocument presentation"),
        "odf",
        "application/vnd.oasis.opendocument.presentation",
    ),
}
OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


def document_kind(suffix):
    kind = DOCUMENT_KINDS.get(suffix.lower())
    return kind[0] if kind else suffix.lstrip(".").upper()


def document_content_type(suffix):
    """The type a stored document is served with; anything unknown as plain bytes."""
    kind = DOCUMENT_KINDS.get(suffix.lower())
    return kind[2] if kind else "application/octet-stream"


def _content_matches(uploaded, family):
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    if family == "pdf":
        return head.startswith(b"%PDF-")
    if family == "ole":
        return head == OLE_MAGIC
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if family == "ooxml":
                return "[Content_Types].xml" in names
            return "mimetype" in names and archive.read("mimetype").startswith(
                b"application/vnd.oasis.opendocument"
            )
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False
    finally:
        uploaded.seek(0)


def validate_document(uploaded):
    if getattr(uploaded, "_committed", False):
        return  # already stored, and so already checked
    suffix = PurePosixPath(uploaded.name or "").suffix.lower()
    if suffix not in DOCUMENT_KINDS:
        raise ValidationError(
            _("Upload a PDF, Word, Excel, PowerPoint or OpenDocument file."),
            code="document_type",
        )
    if uploaded.size > settings.DOCUMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit is %(limit)s."),
            code="document_too_large",
            params={
                "size": filesizeformat(uploaded.size),
                "limit": filesizeformat(settings.DOCUMENT_MAX_BYTES),
            },
        )
    if not _content_matches(uploaded, DOCUMENT_KINDS[suffix][1]):
        raise ValidationError(
            _("The file's content is not what its name says (%(ending)s). Check the file."),
            code="document_content",
            params={"ending": suffix},
        )
