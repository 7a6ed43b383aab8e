"""A project's plan in the editor: its milestones, its funding and its own links."""

from .models import Funding, Milestone, ProjectLink
from .translated_admin import TranslatedTextsStackedInline, TranslatedTextsTabularInline


class MilestoneInline(TranslatedTextsStackedInline):
    model = Milestone
    fields = [
        ("title", "kind"),
        ("planned_on", "happened_on", "until"),
        "description",
        ("case_number", "case_url"),
    ]
    extra = 0


class FundingInline(TranslatedTextsTabularInline):
    model = Funding
    fields = ["source", "kind", "amount", "currency", "from_year", "to_year", "position"]
    extra = 0


class ProjectLinkInline(TranslatedTextsStackedInline):
    model = ProjectLink
    fields = [("kind", "title"), "url", ("still", "still_alt_text"), "position"]
    extra = 0
