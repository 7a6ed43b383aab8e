"""Texts of key figures a content language may translate (see projects/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Indicator, Line, Measurement


@register(Indicator)
class IndicatorTexts(TranslationOptions):
    fields = ("name", "unit", "description", "about", "about_html", "source")


@register(Measurement)
class MeasurementTexts(TranslationOptions):
    fields = ("note",)


@register(Line)
class LineTexts(TranslationOptions):
    fields = ("name",)
