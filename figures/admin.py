"""The process leader's editor for key figures: the indicator, and its values in a table below."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from config.numbers import format_number
from projects.translated_admin import TranslatedTextsAdmin, TranslatedTextsTabularInline

from .models import Indicator, Measurement


class MeasurementInline(TranslatedTextsTabularInline):
    model = Measurement
    fields = ["measured_on", "value", "note"]
    # One empty row, dated today: adding this month's number is typing it and saving.
    extra = 1


class DueFilter(admin.SimpleListFilter):
    """Key figures waiting for a new value; the start page links here."""

    title = _("new value")
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [("yes", _("Due now"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.with_last_measured_on().due()
        return queryset


@admin.register(Indicator)
class IndicatorAdmin(TranslatedTextsAdmin):
    list_display = [
        "name",
        "belongs_to",
        "latest_value",
        "target_value",
        "is_published",
        "position",
    ]
    list_editable = ["is_published", "position"]
    list_filter = [
        DueFilter,
        "is_published",
        ("project", admin.RelatedOnlyFieldListFilter),
        ("theme", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["project", "theme"]
    search_fields = ["name", "description", "project__title", "theme__name"]
    autocomplete_fields = ["project", "theme"]
    inlines = [MeasurementInline]
    fieldsets = [
        (
            _("Where it is shown"),
            {
                "fields": ["project", "theme"],
                "description": _("On the page of one project or of one target area."),
            },
        ),
        (None, {"fields": ["name", "unit", "description", "measured_every"]}),
        (
            _("Baseline and target"),
            {
                "fields": [("baseline", "baseline_on"), ("target", "target_on")],
                "description": _(
                    "Both may be left empty. With a target, residents read how far there is to "
                    "go; with a baseline too, how much of the way has been covered."
                ),
            },
        ),
        (_("Publishing"), {"fields": [("is_published", "position")]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_measurements()

    @admin.display(description=_("shown on"))
    def belongs_to(self, indicator):
        return indicator.owner or "–"

    @admin.display(description=_("latest value"))
    def latest_value(self, indicator):
        return str(indicator.latest) if indicator.latest else "–"

    @admin.display(description=_("target"), ordering="target")
    def target_value(self, indicator):
        return format_number(indicator.target) or "–"
