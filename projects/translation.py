"""Texts residents read that a content language may translate (django-modeltranslation):
each gets a column per language; reading the field gives the visitor's language, or the
site's own where nothing is translated."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    Area,
    Document,
    Funding,
    Milestone,
    Phase,
    Project,
    ProjectImage,
    ProjectLink,
    SiteSettings,
    Strategy,
    Theme,
)


@register(SiteSettings)
class SiteSettingsTexts(TranslationOptions):
    fields = (
        "site_name",
        "tagline",
        "overview_intro",
        "overview_intro_html",
        "footer_contact",
        "footer_contact_html",
        "accessibility_known_issues",
        "accessibility_known_issues_html",
        "about",
        "about_html",
        "privacy_extra",
        "privacy_extra_html",
    )


@register(Area)
class AreaTexts(TranslationOptions):
    fields = ("name", "description", "description_html")


@register(Theme)
class ThemeTexts(TranslationOptions):
    fields = ("name", "description", "description_html")


@register(Project)
class ProjectTexts(TranslationOptions):
    fields = (
        "title",
        "summary",
        "body",
        "body_html",
        "how_to_get_involved",
        "how_to_get_involved_html",
    )


@register(ProjectImage)
class ProjectImageTexts(TranslationOptions):
    fields = ("alt_text", "caption")


@register(Document)
class DocumentTexts(TranslationOptions):
    fields = ("title", "description")


@register(Strategy)
class StrategyTexts(TranslationOptions):
    fields = ("name", "goal", "goal_html")


@register(Milestone)
class MilestoneTexts(TranslationOptions):
    fields = ("title", "description")


@register(Funding)
class FundingTexts(TranslationOptions):
    fields = ("source",)


@register(ProjectLink)
class ProjectLinkTexts(TranslationOptions):
    fields = ("title", "still_alt_text")


@register(Phase)
class PhaseTexts(TranslationOptions):
    fields = ("name", "description", "description_html")
