"""Uploaded files and the rows that own them: a save that fails half-way leaves neither."""

from contextlib import contextmanager

from django.db import models, router, transaction


@contextmanager
def no_orphan_files(instance, also_remove=None):
    """Save inside this. Django writes a new file before it stores the row, so a save that
    then fails (the database refuses the row, a signal raises, a rendition cannot be made)
    would leave a file no row points to, public under MEDIA_ROOT. Here the row is rolled
    back to a savepoint and the files written for it are removed again, with whatever
    also_remove(file) removes (renditions).

    A rollback of an enclosing transaction after the save has succeeded is not seen:
    Django has no hook for it.
    """
    new_files = [
        file
        for field in instance._meta.concrete_fields
        if isinstance(field, models.FileField)
        and (file := getattr(instance, field.attname))
        and not file._committed
    ]
    try:
        with transaction.atomic(using=router.db_for_write(type(instance), instance=instance)):
            yield
    except BaseException:
        # The same FieldFile objects: those written before the failure are now committed.
        for file in new_files:
            if file._committed and file.name:
                if also_remove:
                    also_remove(file)
                file.storage.delete(file.name)
        raise
