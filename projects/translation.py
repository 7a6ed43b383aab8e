"""Texts residents read that a content language may translate (django-modeltranslation):
each gets a column per language; reading the field gives the visitor's language, or the
site's own where nothing is translated."""

from modeltranslation.translator import TranslationOptions, register

from .models import Area, Document, Phase, Project, ProjectImage, SiteSettings, Theme


@register(SiteSettings)
class SiteSettingsTexts(TranslationOptions):
    fields = (
        "site_name",
        "tagline",
        "overview_intro",
        "overall_goal",
        "footer_contact",
        "accessibility_known_issues",
        "about",
        "privacy_extra",
    )


@register(Area)
class AreaTexts(TranslationOptions):
    fields = ("name", "description")


@register(Theme)
class ThemeTexts(TranslationOptions):
    fields = ("name", "description")


@register(Project)
class ProjectTexts(TranslationOptions):
    fields = ("title", "summary", "body", "how_to_get_involved")


@register(ProjectImage)
class ProjectImageTexts(TranslationOptions):
    fields = ("alt_text", "caption")


@register(Document)
class DocumentTexts(TranslationOptions):
    fields = ("title",)


@register(Phase)
class PhaseTexts(TranslationOptions):
    fields = ("name", "description")
