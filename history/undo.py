"""Undoing one kept change: what it altered is put back on the object as it is now.

history/changes.py judges first whether a change can be undone (judge_undo). Everything
goes through the models' own save() and delete(), so pictures keep their renditions and
the public pages renew (pagecache/signals.py). The caller records it as a new change.
"""

from django.core import serializers
from django.db import models


class UndoRefused(Exception):
    """What the change would put back cannot be, said in words for the process leader."""


def undo(change, obj):
    # Parts first and the owner last: the owner's kept version then lists its parts as
    # they end up.
    for part in change.parts:
        rows = part.model._base_manager.filter(pk=(part.after or part.before).object_id)
        if part.action == "added":
            for row in rows:
                row.delete()
        elif part.action == "removed":
            if not rows.exists():
                restored(part.before).save()
        else:
            row = rows.get()
            put_back(row, part.fields)
            row.save()
    many_to_many = put_back(obj, change.fields)
    obj.save()
    for model_field, value in many_to_many:
        getattr(obj, model_field.name).set(sorted(value or ()))


def put_back(row, field_changes):
    """Set each changed field of row to its value before the change; the many-to-many ones
    are returned, to be set after row is saved."""
    many_to_many = []
    for changed in field_changes:
        model_field, value = changed.model_field, changed.old
        if model_field.many_to_many:
            many_to_many.append((model_field, value))
        elif model_field.is_relation:
            value = None if value is None else model_field.target_field.to_python(value)
            setattr(row, model_field.attname, value)
        elif value is None and not model_field.null:
            setattr(row, model_field.attname, "")
        else:
            setattr(row, model_field.attname, value)
    return many_to_many


def restored(snapshot):
    """A removed row as it was kept, unsaved, with its own primary key again."""
    data = [
        {
            "model": snapshot.model._meta.label_lower,
            "pk": snapshot.object_id,
            "fields": {
                name: value
                for name, value in snapshot.values.items()
                if not snapshot.model._meta.get_field(name).many_to_many
            },
        }
    ]
    (kept,) = serializers.deserialize("python", data, ignorenonexistent=True)
    row = kept.object
    if not isinstance(row, models.Model):
        raise UndoRefused(snapshot.label)
    return row
