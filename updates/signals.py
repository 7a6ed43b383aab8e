"""A status update saved or deleted refreshes what residents see of its project (the
status, progress and last activity kept on the project's row, projects/activity.py), in
the same transaction; and of the project it was moved from."""

from django.db.models.signals import post_delete, post_init, post_save
from django.dispatch import receiver

from projects.activity import refresh_projects
from projects.models import Project

from .models import StatusUpdate


@receiver(post_init, sender=StatusUpdate)
def remember_project(sender, instance, **kwargs):
    # Read without loading a deferred field, so .only() querysets stay cheap.
    instance._project_as_loaded = instance.__dict__.get("project_id")


@receiver(post_save, sender=StatusUpdate)
def refresh_after_save(sender, instance, **kwargs):
    refresh_projects({instance.project_id, instance._project_as_loaded})
    instance._project_as_loaded = instance.project_id


@receiver(post_delete, sender=StatusUpdate)
def refresh_after_delete(sender, instance, origin=None, **kwargs):
    # A project deleted with its updates needs nothing refreshed.
    if isinstance(origin, Project) or (
        hasattr(origin, "model") and issubclass(origin.model, Project)
    ):
        return
    refresh_projects({instance.project_id})
