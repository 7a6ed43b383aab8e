"""Texts of meetings a content language may translate (see projects/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Event


@register(Event)
class EventTexts(TranslationOptions):
    fields = ("title", "description", "description_html", "outcome", "outcome_html")
