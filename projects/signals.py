"""Delete stored files with the rows that own them, so no orphan picture stays public."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from .images import PictureMixin
from .models import Document


@receiver(post_delete)
def delete_picture_files(sender, instance, **kwargs):
    if isinstance(instance, PictureMixin):
        instance.delete_files()


@receiver(post_delete, sender=Document)
def delete_document_file(sender, instance, **kwargs):
    if instance.file:
        instance.file.storage.delete(instance.file.name)
