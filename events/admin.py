"""Meetings in the process leader's editor: upcoming first to hand, the past a filter away.

The form follows a meeting's life: what and for which projects, when and where, who can
come and who organises, how to sign up, and, once it has been held, how it went. That
last part stays folded away, with a word on when to fill it in, until the meeting is over.
"""

from django.contrib import admin
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from projects.document_admin import EventDocumentInline
from projects.models import Project
from projects.translated_admin import TranslatedTextsAdmin

from .models import Event


class WhenFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Upcoming")), ("past", _("Past"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "upcoming":
            return queryset.not_over(now)
        if self.value() == "past":
            return queryset.over(now)
        return queryset


# The meeting's report, open with a word on what to write once the meeting is over; before
# then folded under a heading that says when to fill it in.
REPORT_ONCE_HELD = (
    _("After the meeting"),
    {
        "description": _(
            "The meeting has been held. Tell residents how it went: a short report and about "
            "how many came. Add the minutes under Documents below."
        ),
    },
)
REPORT_BEFORE_IT_IS_HELD = (
    _("After the meeting (fill in once it has been held)"),
    {
        "description": _(
            "A short report of what was said and decided, and about how many came. The "
            "meeting's page and the archive show it as soon as you save."
        ),
        "classes": ["collapse"],
    },
)


@admin.register(Event)
class EventAdmin(TranslatedTextsAdmin):
    list_display = ["title", "starts_at", "place", "project_names", "is_published", "is_upcoming"]
    list_filter = [WhenFilter, "is_published", ("projects", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "place", "projects__title"]
    date_hierarchy = "starts_at"
    ordering = ["-starts_at"]
    autocomplete_fields = ["projects", "organiser"]
    radio_fields = {"audience": admin.HORIZONTAL}
    inlines = [EventDocumentInline]
    fieldsets = [
        (None, {"fields": ["title", "projects"]}),
        (_("Time and place"), {"fields": [("starts_at", "ends_at"), "place"]}),
        (None, {"fields": ["description", "audience", "organiser"]}),
        (
            _("Signing up"),
            {
                "fields": ["registration_url", "registration_deadline"],
                "description": _(
                    "Only if residents must sign up. The meeting's page shows the link and "
                    "the deadline, and says “Sign-up closed” once it has passed."
                ),
            },
        ),
        (REPORT_ONCE_HELD[0], {"fields": ["outcome", "attendance"]}),
        (_("Publishing"), {"fields": ["is_published"]}),
    ]

    class Media:
        css = {"all": ["admin/css/event_form.css"]}

    def get_queryset(self, request):
        # The list names every meeting's projects from one query more, not one per row.
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("projects", queryset=Project.objects.order_by("title")))
        )

    def get_fieldsets(self, request, obj=None):
        """Before the meeting is over, its report is folded away under a heading that says
        when to fill it in (Django unfolds it if it holds an error)."""
        held = obj is not None and obj.pk is not None and obj.is_over()
        name, options = REPORT_ONCE_HELD if held else REPORT_BEFORE_IT_IS_HELD
        return [
            (name, fieldset | options) if "attendance" in fieldset["fields"] else (title, fieldset)
            for title, fieldset in super().get_fieldsets(request, obj)
        ]

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        field = super().formfield_for_choice_field(db_field, request, **kwargs)
        if db_field.name == "audience":
            # Written as residents will read them on the meeting's page.
            field.choices = [(value, capfirst(label)) for value, label in db_field.choices]
        return field

    @admin.display(description=_("projects"))
    def project_names(self, event):
        return ", ".join(project.title for project in event.projects.all()) or "–"

    @admin.display(description=_("upcoming"), boolean=True)
    def is_upcoming(self, event):
        return not event.is_over()
