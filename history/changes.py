"""What one kept change did to an object: its fields old → new, its parts added, removed or
changed, and whether it can still be undone.

A change is read by comparing the version of the object the change kept with the version
kept before it (reversion's Version rows, as JSON). Values are compared as Django reads
them (field.to_python), so a time written in Oslo time and the same time read back in UTC
are the same value.

Rules of undo, in plain words: undoing a change puts back, on the object as it is now,
what that change altered, and nothing else. It is refused, with the reason, when a later
change has altered the same thing again (undo the later one first), when the change
created the object (delete it instead), when no earlier version was kept, or when a
picture or file the change removed or replaced is gone (files are deleted with their
row). Undo saves through the models' own save() and delete(), so the public pages renew,
and is itself kept as a change.
"""

import difflib
import html
import json
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from reversion.models import Version
from reversion.revisions import _get_options

from .registry import owner_part, parts_of

# Rich text is shown as the words around each edit, this many on each side.
WORDS_AROUND = 4
# and at most this many edits; more are summed up as "and more".
EDITS_SHOWN = 4


# -- Reading one kept version ------------------------------------------------------------


@dataclass
class Snapshot:
    """One object as a version kept it, or as it is now: its fields as JSON values."""

    model: type
    object_id: str
    values: dict
    label: str

    @classmethod
    def of_version(cls, version, model):
        (data,) = json.loads(version.serialized_data)
        return cls(model, version.object_id, data["fields"], version.object_repr)

    @classmethod
    def of_object(cls, obj):
        fields = _get_options(type(obj)).fields
        (data,) = json.loads(serializers.serialize("json", [obj], fields=fields))
        return cls(type(obj), str(obj.pk), data["fields"], str(obj))

    def value(self, model_field):
        return normalised(model_field, self.values.get(model_field.name))


def normalised(model_field, raw):
    """A kept JSON value as Django reads it, so equal values compare equal."""
    if raw is None or raw == "":
        return None
    if model_field.many_to_many:
        return frozenset(str(pk) for pk in raw) or None
    if model_field.is_relation or isinstance(model_field, models.FileField):
        return str(raw)
    try:
        return model_field.to_python(raw)
    except ValidationError:
        return raw


def shown_fields(model):
    """The fields a person edits, in form order: what a change is described by."""
    kept = set(_get_options(model).fields)
    part, _owner = owner_part(model)
    return [
        model_field
        for model_field in [*model._meta.concrete_fields, *model._meta.many_to_many]
        if model_field.name in kept
        and model_field.editable
        and not model_field.primary_key
        and not (part and model_field.name == part.owner_field)
    ]


def field_label(model_field):
    original = getattr(model_field, "translated_field", None)
    if original is None:
        return capfirst(model_field.verbose_name)
    label = capfirst(original.verbose_name)
    if len(settings.LANGUAGES) > 1 or model_field.language != settings.LANGUAGE_CODE:
        label = f"{label} ({settings.SITE_LANGUAGES[model_field.language]})"
    return label


# -- What changed ----------------------------------------------------------------------


@dataclass
class FieldChange:
    model_field: models.Field
    old: object
    new: object

    @property
    def label(self):
        return field_label(self.model_field)

    @property
    def kind(self):
        """How the change is shown: "file", "text" (a word diff) or "value" (old → new)."""
        if isinstance(self.model_field, models.FileField):
            return "file"
        if isinstance(self.model_field, models.TextField):
            return "text"
        return "value"

    @property
    def file_change(self):
        if self.old is None:
            return _("added")
        if self.new is None:
            return _("removed")
        return _("replaced")

    @cached_property
    def text_edits(self):
        return text_edits(self.old or "", self.new or "")


@dataclass
class PartChange:
    """A part (picture, phase, member…) added, removed or changed by a change."""

    model: type
    action: str  # "added", "removed", "changed"
    before: Snapshot | None
    after: Snapshot | None
    fields: list = field(default_factory=list)

    @property
    def label(self):
        return (self.after or self.before).label

    @property
    def sentence(self):
        name = capfirst(self.model._meta.verbose_name)
        return {
            "added": _("%(part)s added: %(label)s"),
            "removed": _("%(part)s removed: %(label)s"),
            "changed": _("%(part)s changed: %(label)s"),
        }[self.action] % {"part": name, "label": self.label}


def field_changes(model, before, after):
    return [
        FieldChange(model_field, before.value(model_field), after.value(model_field))
        for model_field in shown_fields(model)
        if before.value(model_field) != after.value(model_field)
    ]


def part_changes(parts_before, parts_after):
    """parts_* map (model, object id) to Snapshot."""
    changes = []
    for key, after in parts_after.items():
        before = parts_before.get(key)
        if before is None:
            changes.append(PartChange(after.model, "added", None, after))
        elif fields := field_changes(after.model, before, after):
            changes.append(PartChange(after.model, "changed", before, after, fields))
    for key, before in parts_before.items():
        if key not in parts_after:
            changes.append(PartChange(before.model, "removed", before, None))
    return changes


@dataclass
class Change:
    """One kept change of one object, newest first on its History page."""

    version: Version
    before: Snapshot | None
    after: Snapshot
    parts_before: dict | None
    parts_after: dict
    fields: list = field(default_factory=list)
    parts: list = field(default_factory=list)
    blockers: list = field(default_factory=list)

    @property
    def revision(self):
        return self.version.revision

    @property
    def who(self):
        user = self.revision.user
        if user is None:
            return _("the system")
        return user.get_full_name() or user.get_username()

    @property
    def when(self):
        return date_format(timezone.localtime(self.revision.date_created), "DATETIME_FORMAT")

    @property
    def note(self):
        """A comment given in words (an undo, an import); the admin's own are not repeated."""
        comment = self.revision.comment
        return "" if comment.startswith("[") else comment

    @property
    def is_baseline(self):
        """The version kept just before the first recorded change of older content."""
        from .baseline import BASELINE_COMMENT

        return self.revision.comment == BASELINE_COMMENT

    @property
    def created_the_object(self):
        # Content older than the history gets a baseline version before its first change
        # (history/baseline.py), so any other first version is its creation.
        return self.is_first_kept and not self.is_baseline

    @property
    def is_first_kept(self):
        return self.before is None

    @property
    def changed_nothing(self):
        return not self.is_first_kept and not self.fields and not self.parts

    @property
    def can_be_undone(self):
        return not self.blockers


# -- Reading the history of one object -------------------------------------------------


def versions_of(obj):
    """The object's kept versions, newest first."""
    return Version.objects.get_for_object(obj).select_related("revision__user").order_by("-pk")


def read_changes(obj, versions, older=None):
    """The Change of each of versions (newest first), each compared with the version after
    it, the last with older (the one kept before them, if any). Queries do not grow with
    the number of versions: the parts of all of them are read at once."""
    model = type(obj)
    compared = [*versions, older] if older else list(versions)
    part_versions = read_parts(obj, [version.revision_id for version in compared])
    snapshots = [Snapshot.of_version(version, model) for version in compared]
    changes = []
    for index, version in enumerate(versions):
        has_before = index + 1 < len(compared)
        change = Change(
            version=version,
            before=snapshots[index + 1] if has_before else None,
            after=snapshots[index],
            parts_before=part_versions.get(compared[index + 1].revision_id, {})
            if has_before
            else None,
            parts_after=part_versions.get(version.revision_id, {}),
        )
        if has_before:
            change.fields = field_changes(model, change.before, change.after)
            change.parts = part_changes(change.parts_before, change.parts_after)
        changes.append(change)
    return changes


def read_parts(obj, revision_ids):
    """{revision id: {(part model, object id): Snapshot}} of obj's parts, in one query."""
    parts = {part.model: part for part in parts_of(type(obj))}
    if not parts:
        return {}
    by_content_type = {
        ct.pk: model for model, ct in ContentType.objects.get_for_models(*parts).items()
    }
    rows = Version.objects.filter(
        revision__in=revision_ids, content_type__in=list(by_content_type)
    ).only("revision_id", "content_type_id", "object_id", "serialized_data", "object_repr")
    found = {}
    for row in rows:
        model = by_content_type[row.content_type_id]
        snapshot = Snapshot.of_version(row, model)
        # A change may have kept the parts of other owners too (an import, an action).
        if str(snapshot.values.get(parts[model].owner_field)) == str(obj.pk):
            found.setdefault(row.revision_id, {})[(model, row.object_id)] = snapshot
    return found


def the_change(obj, version):
    """The Change that version kept, with its undo judged against the object now."""
    older = versions_of(obj).filter(pk__lt=version.pk).first()
    (change,) = read_changes(obj, [version], older)
    judge_undo(obj, [change])
    return change


# -- Whether a change can be undone ----------------------------------------------------


def current_parts(obj):
    return {
        (part.model, str(row.pk)): Snapshot.of_object(row)
        for part in parts_of(type(obj))
        for row in getattr(obj, part.accessor).all()
    }


def file_is_gone(model_field, name):
    return bool(name) and not model_field.storage.exists(name)


def judge_undo(obj, changes):
    """Fill each change's blockers: the reasons it cannot be undone now, if any."""
    now = Snapshot.of_object(obj)
    parts_now = current_parts(obj) if parts_of(type(obj)) else {}
    for change in changes:
        change.blockers = undo_blockers(change, now, parts_now)


def undo_blockers(change, now, parts_now):
    if change.created_the_object:
        return [_("This change created it. To undo it, delete it.")]
    if change.is_first_kept:
        return [_("No earlier version was kept, so there is nothing to go back to.")]
    if change.changed_nothing:
        return [_("This change altered nothing that can be put back.")]
    blockers = []
    for changed in change.fields:
        blockers += field_blockers(changed, now)
    for part in change.parts:
        key = (part.model, (part.after or part.before).object_id)
        current = parts_now.get(key)
        if part.action == "added" and current is not None:
            if field_changes(part.model, part.after, current):
                blockers.append(_("“%(part)s” was changed later.") % {"part": current.label})
        elif part.action == "removed" and current is None:
            for model_field in shown_fields(part.model):
                if isinstance(model_field, models.FileField) and file_is_gone(
                    model_field, part.before.values.get(model_field.name)
                ):
                    blockers.append(
                        _(
                            "The file of “%(part)s” was deleted with it and cannot be brought "
                            "back. Add it again instead."
                        )
                        % {"part": part.label}
                    )
        elif part.action == "changed":
            if current is None:
                blockers.append(_("“%(part)s” was removed later.") % {"part": part.label})
            else:
                for changed in part.fields:
                    blockers += field_blockers(changed, current, part_label=current.label)
    return blockers


def field_blockers(changed, now, part_label=None):
    label = changed.label if part_label is None else f"{part_label}: {changed.label}"
    if now.value(changed.model_field) != changed.new:
        return [_("%(field)s was changed again later.") % {"field": label}]
    if changed.kind == "file" and file_is_gone(changed.model_field, changed.old):
        return [
            _(
                "%(field)s: the earlier file was deleted when it was replaced and cannot be "
                "brought back."
            )
            % {"field": label}
        ]
    return []


# -- Showing values --------------------------------------------------------------------


def related_names(changes):
    """The names of related rows the changes mention, one query per related model."""
    wanted = {}

    def want(changed):
        if changed.model_field.is_relation:
            target = changed.model_field.related_model
            for value in (changed.old, changed.new):
                if value is None:
                    continue
                pks = value if isinstance(value, frozenset) else [value]
                wanted.setdefault(target, set()).update(pks)

    for change in changes:
        for changed in change.fields:
            want(changed)
        for part in change.parts:
            for changed in part.fields:
                want(changed)
    return {
        target: {str(pk): str(row) for pk, row in target._base_manager.in_bulk(pks).items()}
        for target, pks in wanted.items()
    }


def shown_value(model_field, value, names):
    """A value as the process leader reads it, in the site's language."""
    if value is None:
        return _("(empty)")
    if model_field.is_relation:
        known = names.get(model_field.related_model, {})
        pks = sorted(value) if isinstance(value, frozenset) else [value]
        return ", ".join(known.get(pk, _("(deleted)")) for pk in pks)
    if model_field.flatchoices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(model_field, models.DateTimeField):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(model_field, models.DateField):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, (int, float)) or isinstance(model_field, models.DecimalField):
        return number_format(value)
    return str(value)


def text_edits(old, new):
    """Rich text as words, the edits between them as (kind, words) pieces, kind one of
    "same" (a few words around an edit), "removed", "added" and "more" (edits left out)."""
    old_words = html.unescape(strip_tags(old)).split()
    new_words = html.unescape(strip_tags(new)).split()
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    pieces, edits = [], 0
    opcodes = matcher.get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = old_words[i1:i2]
            # Words after the edit before, and before the edit after: a few of each.
            after_edit, before_edit = index > 0, index < len(opcodes) - 1
            if len(words) > WORDS_AROUND * (after_edit + before_edit):
                head = words[:WORDS_AROUND] if after_edit else []
                tail = words[-WORDS_AROUND:] if before_edit else []
                words = [*head, "…", *tail]
            pieces.append(("same", " ".join(words)))
            continue
        edits += 1
        if edits > EDITS_SHOWN:
            pieces.append(("more", _("and more")))
            break
        if i2 > i1:
            pieces.append(("removed", " ".join(old_words[i1:i2])))
        if j2 > j1:
            pieces.append(("added", " ".join(new_words[j1:j2])))
    if not edits:
        pieces = [("same", _("Only the formatting changed."))]
    return pieces
