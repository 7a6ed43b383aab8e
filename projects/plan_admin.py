"""A project's plan in the editor: its milestones, its funding and its own links.

Each is an inline on the project's change form, in the order the process leader thinks
of them: what happens when (milestones), who pays (funding), where else to find the
project (links). Every rule the models hold is shown beside the field it is about, and a
still picture chosen for a video is kept while the form comes back with an error
(projects/kept_uploads.py, part of every translated inline)."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .form_rules import ErrorsBesideTranslatedFields
from .models import Funding, Milestone, ProjectLink
from .translated_admin import TranslatedTextsStackedInline


class MilestoneForm(ErrorsBesideTranslatedFields):
    class Meta:
        help_texts = {
            "kind": _("A decision (e.g. by the municipal council), a consultation, an opening."),
            "planned_on": _("When it is expected. Give this, the actual date, or both."),
            "case_url": _(
                "The case in the municipality's records (eInnsyn, the meeting portal), "
                "starting with https://."
            ),
        }


class MilestoneInline(TranslatedTextsStackedInline):
    """Residents see each on the project's timeline: planned, done, or open for
    statements until its last day."""

    model = Milestone
    form = MilestoneForm
    fields = [
        ("title", "kind"),
        ("planned_on", "happened_on"),
        "until",
        "description",
        ("case_number", "case_url"),
    ]
    extra = 0


class FundingForm(ErrorsBesideTranslatedFields):
    class Meta:
        help_texts = {
            "amount": _("As you would write it, e.g. 1 200 000 or 250 000,50."),
            "from_year": _("The first year it covers, e.g. 2024."),
            "to_year": _("The last year. Leave empty if it is one year or open."),
            "position": _("Lower numbers come first."),
        }


class FundingInline(TranslatedTextsStackedInline):
    """Shown as a table on the project's page, with a total per currency. A block of
    labelled fields per source rather than a table row: it fits a phone, and an error
    stands beside its field."""

    model = Funding
    form = FundingForm
    fields = [("source", "kind"), ("amount", "currency"), ("from_year", "to_year"), "position"]
    extra = 0


class ProjectLinkForm(ErrorsBesideTranslatedFields):
    class Meta:
        help_texts = {
            "url": _("The whole address, starting with https://, e.g. https://www.flytthit.no."),
            "position": _("Lower numbers come first."),
        }


class ProjectLinkInline(TranslatedTextsStackedInline):
    """The project's website, social media pages and videos. A video is shown as a link
    with its still picture, never played on the site: nothing from another site loads."""

    model = ProjectLink
    form = ProjectLinkForm
    fieldsets = [
        (None, {"fields": [("kind", "title"), "url"]}),
        (
            _("Still picture"),
            {
                "fields": ["still_preview", "still", "still_alt_text"],
                "description": _(
                    "Only for a video. With a picture, describe what it shows in the "
                    "alternative text."
                ),
            },
        ),
        (None, {"fields": ["position"]}),
    ]
    readonly_fields = ["still_preview"]
    extra = 0

    @admin.display(description=_("stored still picture"))
    def still_preview(self, link):
        if not link or not link.pk or not link.still:
            return "–"
        return format_html(
            '<img src="{}" alt="" width="160" class="framdrift-thumbnail">', link.still.url
        )
