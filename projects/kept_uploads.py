"""Chosen files kept across a form error, so a photo is never chosen twice (issue 16).

A browser cannot put a chosen file back into a file input, so when an admin form comes
back with an error (a picture without its alt text), every file chosen for it would be
gone. Instead, each file field of the admin (KeepsUploadsMixin) keeps what was chosen:

- A file is kept only when the form is shown again and the file itself was accepted: a
  file refused (not a picture, too large) is never stored, and a form that saves keeps
  nothing.
- Kept files wait in the kept-uploads folder of the private storage (below
  PRIVATE_MEDIA_ROOT, files 0600, or in the private bucket: no URL either way), a picture
  already cleaned of its metadata. The form carries only a signed reference to one
  (django.core.signing): it names the file, the person who chose it, and it runs out
  after KEPT_UPLOADS_MAX_AGE_SECONDS. A reference that is forged, run out, another
  person's, or names anything but a kept file is ignored as if absent.
- Sent back without a new file, the reference stands for the file: the form field checks
  it exactly as an upload (picture checks included). A new file, the "do not keep"
  box, or clearing the field replaces it.
- The thumbnail is drawn into the page as a data: URL (the admin's CSP allows it), so no
  view ever serves a private file.
- Once the form saves, the kept files it used are removed; the worker removes those left
  behind once they are older than the reference lives (remove_expired, a housekeeping job).
"""

import base64
import io
import re
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.admin.widgets import AdminFileWidget
from django.core import signing
from django.core.files.base import File
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from PIL import Image

from config.media_storages import private_storage

from .images import CLEANED_ATTRIBUTE, CleanImageFormField

SALT = "projects.kept_uploads"
KEPT_UPLOADS_FOLDER = "kept-uploads"
# The only names a reference may open: those keep() gives.
KEPT_NAME = re.compile(r"[0-9a-f]{32}(\.[a-z0-9]{1,10})?")
THUMBNAIL_SIDE = 240


def kept_upload_storage():
    """Kept files, in a folder of the private storage: on disk under PRIVATE_MEDIA_ROOT, or
    in the private bucket, which every app server sees (the form may come back through
    another). Read at each use, so tests can point the storage elsewhere."""
    return private_storage.within(KEPT_UPLOADS_FOLDER)


def max_age():
    return timedelta(seconds=settings.KEPT_UPLOADS_MAX_AGE_SECONDS)


@dataclass
class KeptUpload:
    """A file kept for a form shown again: the reference the form carries, and the file."""

    reference: str
    stored_name: str
    name: str
    content_type: str

    def open(self):
        """The kept file as an upload, for the form field to check as if chosen again."""
        storage = kept_upload_storage()
        return UploadedFile(
            file=storage.open(self.stored_name, "rb"),
            name=self.name,
            content_type=self.content_type,
            size=storage.size(self.stored_name),
        )

    def thumbnail(self):
        """A small JPEG of a kept picture as a data: URL, or "" if it cannot be drawn."""
        try:
            with kept_upload_storage().open(self.stored_name, "rb") as handle:
                image = Image.open(handle)
                image.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))
                image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
                picture = image.convert("RGB")
        except (OSError, ValueError, Image.DecompressionBombError):
            return ""
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=80)
        return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")

    def remove(self):
        kept_upload_storage().delete(self.stored_name)


def keep(upload, user_id):
    """Store an accepted upload (a picture as already cleaned) and return it as kept."""
    content = getattr(upload, CLEANED_ATTRIBUTE, None) or upload
    name = PurePosixPath(content.name or "file").name
    extension = PurePosixPath(name).suffix.lower()
    if not re.fullmatch(r"\.[a-z0-9]{1,10}", extension):
        extension = ""
    content.seek(0)
    # Wrapped, so that a large upload's temporary file is copied, not moved away.
    stored_name = kept_upload_storage().save(f"{uuid.uuid4().hex}{extension}", File(content))
    content.seek(0)
    upload.seek(0)
    content_type = getattr(upload, "content_type", None) or "application/octet-stream"
    if content is not upload:  # the cleaned picture is a JPEG or a PNG, whatever came
        content_type = "image/png" if extension == ".png" else "image/jpeg"
    reference = signing.dumps(
        {"file": stored_name, "name": name, "type": content_type, "user": user_id}, salt=SALT
    )
    return KeptUpload(reference, stored_name, name, content_type)


def find_kept(reference, user_id):
    """The kept file a reference from a form names, or None if it may not be used."""
    try:
        payload = signing.loads(reference, salt=SALT, max_age=max_age())
    except signing.BadSignature:  # forged, altered, or run out
        return None
    if not isinstance(payload, dict) or payload.get("user") != user_id or user_id is None:
        return None
    stored_name = payload.get("file")
    if not isinstance(stored_name, str) or not KEPT_NAME.fullmatch(stored_name):
        return None
    if not kept_upload_storage().exists(stored_name):  # used and removed, or cleared away
        return None
    return KeptUpload(
        reference, stored_name, str(payload.get("name") or stored_name), str(payload.get("type"))
    )


class KeptFileInput(AdminFileWidget):
    """The admin's file input, which keeps a chosen file while the form comes back with
    errors and shows it as kept (a thumbnail for a picture)."""

    # The kept file is drawn with the site's templates, the file input with Django's.
    kept_template_name = "admin/widgets/kept_file_input.html"
    kept_text = _("Kept: no need to choose it again")
    drop_label = _("Do not keep it")
    replace_text = _("Choosing another file replaces it.")

    class Media:
        # Picture rows as cards on a phone need their fields' names (pictures.css).
        js = ["admin/js/picture_rows.js"]

    def __init__(self, attrs=None, user_id=None, is_picture=False):
        super().__init__(attrs)
        self.user_id = user_id
        self.is_picture = is_picture
        # What this form's POST brought, read when the form is bound; the widget is the
        # form's own copy (fields are deep-copied for each form).
        self.chosen = None
        self.kept = None
        self.reopened = None

    def kept_name(self, name):
        return f"{name}-kept"

    def drop_name(self, name):
        return f"{name}-kept-drop"

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        self.chosen = value if hasattr(value, "read") else None  # not None, False (clear)
        if value is not None or self.drop_name(name) in data:
            self.kept = None
            return value
        reference = data.get(self.kept_name(name))
        if not isinstance(reference, str) or not reference:
            self.kept = None
            return None
        if self.kept is None or self.kept.reference != reference:
            self.kept = find_kept(reference, self.user_id)
            self.reopened = self.kept.open() if self.kept else None
        return self.reopened

    def value_omitted_from_data(self, data, files, name):
        return super().value_omitted_from_data(data, files, name) and (
            self.kept_name(name) not in data
        )

    def use_required_attribute(self, initial):
        # With a file kept, the empty file input is no reason to stop the browser sending.
        has_file = self.chosen is not None or self.kept is not None
        return super().use_required_attribute(initial) and not has_file

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        kept = self.kept_for_showing(attrs or {})
        if kept:
            widget_id = (attrs or {}).get("id") or name
            context["widget"]["kept"] = {
                "reference": kept.reference,
                "name": kept.name,
                "thumbnail": kept.thumbnail() if self.is_picture else "",
                "reference_name": self.kept_name(name),
                "drop_name": self.drop_name(name),
                "drop_id": f"{widget_id}_kept_drop",
                "text_id": f"{widget_id}_kept",
            }
            described = context["widget"]["attrs"].get("aria-describedby", "")
            context["widget"]["attrs"]["aria-describedby"] = f"{described} {widget_id}_kept".strip()
        context["widget"].update(
            kept_text=self.kept_text, drop_label=self.drop_label, replace_text=self.replace_text
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        context = self.get_context(name, value, attrs)
        file_input = self._render(self.template_name, context, renderer)
        if not context["widget"].get("kept"):
            return file_input
        return mark_safe(render_to_string(self.kept_template_name, context) + file_input)

    def kept_for_showing(self, attrs):
        """The file to show as kept: only one this field accepted (no error of its own)."""
        if attrs.get("aria-invalid"):
            return None
        if self.chosen is not None:
            self.kept = keep(self.chosen, self.user_id)
            self.reopened, self.chosen = None, None  # kept once, however often it is drawn
        return self.kept


class KeepsUploadsMixin:
    """For admins and inlines: every file field keeps its file across a form error."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(db_field, models.FileField) and formfield is not None:
            is_picture = isinstance(db_field, models.ImageField)
            attrs = dict(formfield.widget.attrs)
            if is_picture:
                attrs.setdefault("accept", CleanImageFormField.widget.attrs["accept"])
            widget = KeptFileInput(
                attrs=attrs, user_id=request.user.pk if request else None, is_picture=is_picture
            )
            widget.is_required = formfield.widget.is_required
            formfield.widget = widget
        return formfield

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        used = [
            field.widget.kept
            for each in [form, *(row for formset in formsets for row in formset.forms)]
            for field in each.fields.values()
            if isinstance(field.widget, KeptFileInput) and field.widget.kept
        ]

        def remove_used():
            for kept in used:
                kept.remove()

        # Only once saved for good: a rolled-back save still needs them.
        transaction.on_commit(remove_used)


def remove_expired(now=None):
    """Housekeeping: remove kept files older than a reference to them lives. Returns how
    many were removed."""
    storage = kept_upload_storage()
    cutoff = (now or timezone.now()) - max_age()
    try:
        _folders, names = storage.listdir("")
    except FileNotFoundError:
        return 0
    removed = 0
    for name in names:
        try:
            if storage.get_modified_time(name) < cutoff:
                storage.delete(name)
                removed += 1
        except FileNotFoundError:
            continue  # removed meanwhile, by a form that saved
    return removed
