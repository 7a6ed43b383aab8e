"""Texts of status updates a content language may translate (see projects/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import StatusUpdate, StatusUpdateImage


@register(StatusUpdate)
class StatusUpdateTexts(TranslationOptions):
    fields = ("title", "body", "body_html")


@register(StatusUpdateImage)
class StatusUpdateImageTexts(TranslationOptions):
    fields = ("alt_text", "caption")
