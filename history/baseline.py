"""The first version of content that existed before changes were kept (the demo content, or
anything saved outside the admin): kept just before its first recorded change, so that
change, too, shows old → new and can be undone."""

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import router
from reversion import revisions
from reversion.models import Revision, Version
from reversion.revisions import _get_options

from .registry import owner_part, parts_of

# Shaped as the admin's log messages are, so it is not shown as a note in words; the
# History page says what it means (history/changes.py, Change.is_baseline).
BASELINE_COMMENT = '[{"kept_as_it_was": {}}]'


def keep_baseline(sender, instance, raw=False, **kwargs):
    """pre_save and pre_delete of public content: keep its owner as stored, if nothing of it
    was kept yet."""
    if raw or not revisions.is_active():
        return
    part, owner_model = owner_part(sender)
    if part is None:
        if instance._state.adding:
            return  # new: its first version is its creation
        owner_model, owner_pk = sender, instance.pk
    else:
        owner_pk = getattr(instance, sender._meta.get_field(part.owner_field).attname)
    if owner_pk is None:
        return
    content_type = ContentType.objects.get_for_model(owner_model)
    if already_in_this_change(content_type, owner_pk):
        return  # saved (or created) earlier in this change: judged then
    if Version.objects.filter(content_type=content_type, object_id=str(owner_pk)).exists():
        return
    owner = owner_model._base_manager.filter(pk=owner_pk).first()
    if owner is not None:
        keep_as_stored(owner)


def already_in_this_change(content_type, pk):
    # reversion keeps the objects of the change being recorded by (content type, id).
    frame = revisions._current_frame()
    return any((content_type, str(pk)) in kept for kept in frame.db_versions.values())


def keep_as_stored(owner):
    kept = [owner] + [
        row for part in parts_of(type(owner)) for row in getattr(owner, part.accessor).all()
    ]
    revision = Revision.objects.create(
        # Just before the change that is being recorded, which is dated when it began.
        date_created=revisions.get_date_created(),
        comment=BASELINE_COMMENT,
    )
    Version.objects.bulk_create(
        Version(
            revision=revision,
            object_id=str(row.pk),
            content_type=ContentType.objects.get_for_model(row),
            db=router.db_for_write(type(row), instance=row),
            format="json",
            serialized_data=serializers.serialize(
                "json", [row], fields=_get_options(type(row)).fields
            ),
            object_repr=str(row),
        )
        for row in kept
    )
