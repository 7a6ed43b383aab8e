"""Meetings in the process leader's editor: upcoming first to hand, the past a filter away."""

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
    list_display = ["title", "starts_at", "place", "project", "is_published", "is_upcoming"]
    list_filter = [WhenFilter, "is_published", ("project", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["project"]
    search_fields = ["title", "place", "project__title"]
    date_hierarchy = "starts_at"
    ordering = ["-starts_at"]
    autocomplete_fields = ["project"]
    fieldsets = [
        (None, {"fields": ["title", "project"]}),
        (_("Time and place"), {"fields": [("starts_at", "ends_at"), "place"]}),
        (None, {"fields": ["description"]}),
        (_("Publishing"), {"fields": ["is_published"]}),
    ]

    @admin.display(description=_("upcoming"), boolean=True)
    def is_upcoming(self, event):
        return not event.is_over()
