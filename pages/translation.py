"""Texts of pages a content language may translate (see projects/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Page, PageImage


@register(Page)
class PageTexts(TranslationOptions):
    fields = ("title", "summary", "body", "body_html")


@register(PageImage)
class PageImageTexts(TranslationOptions):
    fields = ("alt_text", "caption")
