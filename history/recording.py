"""Recording, switched on once (HistoryConfig.ready): each model of registry.PUBLIC_CONTENT
registered with django-reversion with its parts to follow, and the signals that keep a
baseline before a first change (baseline.py) and an owner after one of its parts is
deleted."""

from django.apps import apps
from django.db.models.signals import post_delete, pre_delete, pre_save
from reversion import revisions

from .baseline import keep_baseline
from .registry import PUBLIC_CONTENT, copied_text_fields, owner_part


def register_public_content():
    """Called once from HistoryConfig.ready()."""
    for owner_label, parts in PUBLIC_CONTENT.items():
        owner = apps.get_model(owner_label)
        _register(owner, follow=[part.accessor for part in parts])
        pre_save.connect(keep_baseline, sender=owner)
        for part in parts:
            _register(part.model, follow=[part.owner_field])
            pre_save.connect(keep_baseline, sender=part.model)
            pre_delete.connect(keep_baseline, sender=part.model)
            post_delete.connect(_keep_owner_after_part_deleted, sender=part.model)


def _register(model, follow):
    if not revisions.is_registered(model):
        revisions.register(model, exclude=copied_text_fields(model), follow=follow)


def _keep_owner_after_part_deleted(sender, instance, **kwargs):
    # A part deleted alone inside a recorded change: its owner is kept as it is now, so
    # the owner's history shows the part removed.
    if not revisions.is_active() or revisions.is_manage_manually():
        return
    part, owner_model = owner_part(sender)
    owner = owner_model._base_manager.filter(
        pk=getattr(instance, part.model._meta.get_field(part.owner_field).attname)
    ).first()
    if owner is not None:
        revisions.add_to_revision(owner)
