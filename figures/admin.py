"""The process leader's editor for key figures: the indicator, its further series, and the
values of every series in one table below.

A value belongs to the main series unless a series is chosen in its row. A series added on
the form can be chosen there once the form is saved (Django knows it only then); the
help text says so. No series may have two values on one day: the rows of the table are
compared with each other (the form holds every value of the key figure), so the message
stands at the date of the row that repeats a day, also when both rows are new.
"""

from django import forms
from django.contrib import admin
from django.db.models import F
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from config.numbers import format_number
from projects.translated_admin import TranslatedTextsAdmin, TranslatedTextsTabularInline

from .models import Indicator, Line, Measurement


class LineInline(TranslatedTextsTabularInline):
    model = Line
    fields = ["name", "kind", "position"]
    extra = 0
    verbose_name = _("further series")
    verbose_name_plural = _(
        "Further series: other municipalities, or a projection beside what was measured"
    )


class MeasurementForm(forms.ModelForm):
    def validate_constraints(self):
        # One value per series and day is checked across all rows by the formset, which
        # also sees rows not saved yet; the database check alone would miss two new rows
        # and put its message above the row instead of at the date.
        exclude = self._get_validation_exclusions() | {"measured_on"}
        try:
            self.instance.validate_constraints(exclude=exclude)
        except forms.ValidationError as error:
            self._update_errors(error)


class MeasurementFormSet(BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        line = form.fields.get("line")
        if line is None:
            return
        # Only this key figure's series; the list is read once for all rows.
        line.queryset = (
            Line.objects.filter(indicator=self.instance)
            if self.instance.pk
            else (Line.objects.none())
        )
        line.empty_label = _("Main series")
        line.choices = [("", line.empty_label)] + [(s.pk, s.name) for s in self.lines]

    @property
    def lines(self):
        if not hasattr(self, "_lines"):
            self._lines = list(self.instance.lines.all()) if self.instance.pk else []
        return self._lines

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            day = form.cleaned_data.get("measured_on")
            if day is None:
                continue
            line = form.cleaned_data.get("line")
            if (line, day) in seen:
                message = (
                    _("This series already has a value for that day.")
                    if line
                    else _("This key figure already has a value for that day.")
                )
                form.add_error("measured_on", message)
            seen.add((line, day))


class MeasurementInline(TranslatedTextsTabularInline):
    model = Measurement
    form = MeasurementForm
    formset = MeasurementFormSet
    fields = ["measured_on", "line", "value", "note"]
    # One empty row, dated today: adding this month's number is typing it and saving.
    extra = 1

    def get_queryset(self, request):
        # The main series first, then each further series in its order; by date within each.
        return (
            super()
            .get_queryset(request)
            .select_related("line")
            .order_by(F("line__position").asc(nulls_first=True), "line", "measured_on", "pk")
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "line":
            kwargs["help_text"] = _(
                "Empty for the main series. A series added above can be chosen here after saving."
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
    inlines = [LineInline, MeasurementInline]
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
            _("Source and explanation"),
            {
                "fields": [("source", "source_url"), "index_base_year", "about"],
                "description": _(
                    "Residents read the source, with its link, under the chart. With an index "
                    "base year the chart draws a line at 100 and says “Index, 2008 = 100”."
                ),
            },
        ),
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
