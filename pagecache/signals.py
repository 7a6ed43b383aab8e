"""Every saved or deleted row of public content renews the content generation."""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import ContentGeneration


def is_public_content(sender):
    # Models of migrations (module "__fake__") change tables before this one may exist.
    return (
        sender._meta.app_label in settings.PAGE_CACHE_CONTENT_APPS
        and sender.__module__ != "__fake__"
    )


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, **kwargs):
    if is_public_content(sender):
        ContentGeneration.objects.renew()


@receiver(m2m_changed)
def relation_changed(sender, action, **kwargs):
    if action.startswith("post_") and is_public_content(sender):
        ContentGeneration.objects.renew()
