"""Meetings in the process leader's editor: upcoming first to hand, the past a filter away."""

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from projects.document_admin import EventDocumentInline
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


@admin.register(Event)
class EventAdmin(TranslatedTextsAdmin):
    list_display = ["title", "starts_at", "place", "is_published", "is_upcoming"]
    list_filter = [WhenFilter, "is_published", ("projects", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "place", "projects__title"]
    date_hierarchy = "starts_at"
    ordering = ["-starts_at"]
    autocomplete_fields = ["projects", "organiser"]
    inlines = [EventDocumentInline]
    fieldsets = [
        (None, {"fields": ["title", "projects"]}),
        (_("Time and place"), {"fields": [("starts_at", "ends_at"), "place"]}),
        (None, {"fields": ["description", "audience", "organiser"]}),
        (_("Signing up"), {"fields": ["registration_url", "registration_deadline"]}),
        (_("After the meeting"), {"fields": ["outcome", "attendance"]}),
        (_("Publishing"), {"fields": ["is_published"]}),
    ]

    @admin.display(description=_("upcoming"), boolean=True)
    def is_upcoming(self, event):
        return not event.is_over()
