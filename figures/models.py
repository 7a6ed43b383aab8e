"""Key figures: indicators of a project or a target area, their measured values, and how far
the latest value is from the target."""

from calendar import monthrange
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from config.numbers import LocalizedDecimalField, format_number, with_unit
from projects.rich_html import RenderedRichTextField
from projects.richtext import RichTextField

# The order a key figure's values and its further series are shown in.
MEASUREMENT_ORDER = ("measured_on", "pk")
LINE_ORDER = ("position", "pk")
# Values are counts, percentages or sums: two decimals cover them all.
VALUE_DIGITS = {"max_digits": 14, "decimal_places": 2}


class IndicatorQuerySet(models.QuerySet):
    def published(self):
        """What residents may see: published indicators of a target area or a published
        project. Asked of each indicator's own project (a join), not of a list of every
        published project, which SQLite built anew for each project page."""
        return self.filter(is_published=True).filter(
            Q(project__isnull=True) | Q(project__is_published=True)
        )

    def with_last_measured_on(self):
        """Annotate the day of the newest measured value (None before the first)."""
        newest = Measurement.objects.filter(indicator=OuterRef("pk")).order_by("-measured_on")
        return self.annotate(last_measured_on=Subquery(newest.values("measured_on")[:1]))

    def due(self, today=None):
        """Key figures whose next value is due (needs with_last_measured_on): measured at a
        set interval, and never measured or last measured an interval or more ago."""
        today = today or timezone.localdate()
        due = Q(last_measured_on__isnull=True)
        for interval in Indicator.Interval:
            due |= Q(measured_every=interval, last_measured_on__lte=months_before(today, interval))
        return self.filter(measured_every__isnull=False).filter(due)

    def with_measurements(self):
        """Measured values of every series in one query for all indicators, oldest first, and
        their further series in one more: what the page uses, whatever the number of either."""
        return self.prefetch_related(
            Prefetch("measurements", queryset=Measurement.objects.order_by(*MEASUREMENT_ORDER)),
            Prefetch("lines", queryset=Line.objects.order_by(*LINE_ORDER)),
        )


def months_before(day, months):
    """The same day of the month some months earlier, or that month's last day if shorter."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, monthrange(year, month + 1)[1]))


def indicators_prefetch(to_attr="published_indicators"):
    """For a Project or Theme queryset: its published indicators with their values and
    further series, in three queries however many there are. Use as
    .prefetch_related(indicators_prefetch()) and read project.published_indicators (a list)
    in the template."""
    return Prefetch(
        "indicators", queryset=Indicator.objects.published().with_measurements(), to_attr=to_attr
    )


class Indicator(models.Model):
    """Something counted over time for a project or a target area, e.g. new residents."""

    class Interval(models.IntegerChoices):
        """How often a new value comes, in months."""

        MONTH = 1, _("every month")
        QUARTER = 3, _("every quarter")
        HALF_YEAR = 6, _("every half year")
        YEAR = 12, _("every year")

    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="indicators",
        verbose_name=_("project"),
        help_text=_("Choose a project or a target area, not both."),
    )
    theme = models.ForeignKey(
        "projects.Theme",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="indicators",
        verbose_name=_("theme"),
        help_text=_("Choose a project or a target area, not both."),
    )
    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("What is counted, e.g. “Families that registered interest”."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=40,
        help_text=_("Written after each value, e.g. “families”, “%” or “jobs”."),
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences: what is counted, and where the numbers come from."),
    )
    about = RichTextField(
        _("more about the key figure"),
        blank=True,
        help_text=_("A longer explanation, shown under the chart: how it is counted, and why."),
    )
    about_html = RenderedRichTextField("about")
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where the numbers come from, e.g. “Panda/Østlandsforskning”."),
    )
    source_url = models.URLField(_("link to the source"), max_length=500, blank=True)
    index_base_year = models.PositiveSmallIntegerField(
        _("index base year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2200)],
        help_text=_(
            "If the values are an index: the year set to 100, e.g. 2008. Leave empty otherwise."
        ),
    )
    baseline = LocalizedDecimalField(
        _("baseline"),
        **VALUE_DIGITS,
        null=True,
        blank=True,
        help_text=_("The value when the work began, to show how far it has come."),
    )
    baseline_on = models.DateField(_("baseline date"), null=True, blank=True)
    target = LocalizedDecimalField(
        _("target"),
        **VALUE_DIGITS,
        null=True,
        blank=True,
        help_text=_(
            "The value you aim for. It may be lower than the baseline, e.g. fewer empty houses."
        ),
    )
    target_on = models.DateField(
        _("target date"), null=True, blank=True, help_text=_("When the target should be reached.")
    )
    measured_every = models.PositiveSmallIntegerField(
        _("new value"),
        choices=Interval.choices,
        null=True,
        blank=True,
        help_text=_(
            "How often a new value comes. The start page reminds you when one is due. "
            "Leave empty for no reminder."
        ),
    )
    position = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Key figures are listed from the lowest number.")
    )
    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Untick to hide the key figure from residents while you set it up."),
    )

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")
        constraints = [
            # Every indicator is shown under exactly one owner: a project page or a theme page.
            models.CheckConstraint(
                condition=Q(project__isnull=False, theme__isnull=True)
                | Q(project__isnull=True, theme__isnull=False),
                name="indicator_of_project_or_theme",
                violation_error_message=_(
                    "A key figure belongs to a project or to a target area: choose one of them."
                ),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        """The key figure's place on its project's or target area's page."""
        owner = self.owner
        return f"{owner.get_absolute_url()}#indicator-{self.pk}" if owner else ""

    def clean(self):
        super().clean()
        # Put on a field, the error stands where it belongs and the database check is skipped,
        # so the message is not shown twice.
        if self.project_id and self.theme_id:
            raise ValidationError(
                {"theme": _("Choose a project or a target area, not both. Empty one of them.")}
            )
        if not self.project_id and not self.theme_id:
            raise ValidationError(
                {"project": _("Choose the project or the target area the key figure belongs to.")}
            )

    @property
    def owner(self):
        return self.project or self.theme

    @cached_property
    def series(self):
        """The measured values, oldest first: from the prefetch when there is one."""
        main = [m for m in self.measurements.all() if m.line_id is None]
        return sorted(main, key=attrgetter("measured_on"))

    @cached_property
    def all_series(self):
        """Every series with values, as the chart draws them and the table lists them: the
        main series first (named after the key figure), then the further ones in their order.
        From the prefetch when there is one; a series without values is left out."""
        values_of = defaultdict(list)
        for measurement in self.measurements.all():
            if measurement.line_id is not None:
                values_of[measurement.line_id].append(measurement)
        shown = [Series(self.name, Line.Kind.MEASURED, self.series)]
        shown += [
            Series(line.name, line.kind, values_of[line.pk], line) for line in self.lines.all()
        ]
        return [series for series in shown if series.values]

    @property
    def has_values(self):
        return bool(self.all_series)

    @property
    def has_further_series(self):
        """True when more than the main series is drawn: the chart then needs its legend."""
        return any(series.is_further for series in self.all_series)

    def table_rows(self):
        """The table's rows: (day, one value or None per series of all_series, notes), oldest
        day first. A note of a further series starts with its name, so it is not mistaken."""
        cells = defaultdict(dict)
        notes = defaultdict(list)
        for column, series in enumerate(self.all_series):
            for measurement in series.values:
                cells[measurement.measured_on][column] = measurement
                if note := measurement.note:
                    if series.is_further:
                        note = f"{series.name}: {note}"
                    notes[measurement.measured_on].append(note)
        columns = range(len(self.all_series))
        return [
            (day, [cells[day].get(column) for column in columns], notes[day])
            for day in sorted(cells)
        ]

    @property
    def index_label(self):
        """“Index, 2008 = 100” when the values are an index, else empty."""
        if self.index_base_year is None:
            return ""
        return _("Index, %(year)s = 100") % {"year": self.index_base_year}

    @property
    def source_name(self):
        """The source as shown: its name, else the address's site when only a link is given."""
        return self.source or urlsplit(self.source_url).netloc

    @property
    def latest(self):
        return self.series[-1] if self.series else None

    @cached_property
    def has_notes(self):
        """Asked once for the table and again for each of its rows: found once, from the
        same series as all_series."""
        return any(measurement.note for series in self.all_series for measurement in series.values)

    @property
    def start_value(self):
        """Where the way to the target starts: the baseline, else the first measured value."""
        if self.baseline is not None:
            return self.baseline
        return self.series[0].value if self.series else None

    @property
    def is_decreasing(self):
        """True when the aim is to bring the value down, e.g. fewer empty houses."""
        start = self.start_value
        return self.target is not None and start is not None and self.target < start

    def distance_to_target(self):
        """Target minus the latest value (negative when the value must come down)."""
        if self.target is None or self.latest is None:
            return None
        return self.target - self.latest.value

    def is_target_reached(self):
        distance = self.distance_to_target()
        if distance is None:
            return False
        return distance >= 0 if self.is_decreasing else distance <= 0

    def progress(self):
        """The share of the way from baseline to target covered, 0 to 1; None if unknown."""
        if self.baseline is None or self.target is None or self.latest is None:
            return None
        if self.target == self.baseline:
            return None  # keeping a level has no way to cover
        share = (self.latest.value - self.baseline) / (self.target - self.baseline)
        return min(max(share, Decimal(0)), Decimal(1))

    def progress_percent(self):
        share = self.progress()
        return None if share is None else int((share * 100).to_integral_value())

    def with_unit(self, value):
        """A value and the unit, never split over two lines."""
        return with_unit(format_number(value), self.unit)

    def sentence(self):
        """Where the figure stands, in words: the latest value and the way left to the target."""
        latest = self.latest
        target_date = date_format(self.target_on) if self.target_on else None
        if latest is None:
            if self.target is None:
                return str(_("No values measured yet."))
            if target_date:
                return _("No values measured yet. The target is %(target)s by %(date)s.") % {
                    "target": self.with_unit(self.target),
                    "date": target_date,
                }
            return _("No values measured yet. The target is %(target)s.") % {
                "target": self.with_unit(self.target)
            }
        said = [
            _("Latest %(value)s (%(date)s).")
            % {"value": self.with_unit(latest.value), "date": date_format(latest.measured_on)}
        ]
        if self.target is not None:
            said.append(self._target_sentence(target_date))
        return " ".join(str(part) for part in said)

    def _target_sentence(self, target_date):
        target = self.with_unit(self.target)
        if self.is_target_reached():
            return _("The target of %(target)s is reached.") % {"target": target}
        left = {"distance": format_number(abs(self.distance_to_target())), "target": target}
        if self.is_decreasing:
            if target_date:
                return _("%(distance)s to go down to the target of %(target)s by %(date)s.") % (
                    left | {"date": target_date}
                )
            return _("%(distance)s to go down to the target of %(target)s.") % left
        if target_date:
            return _("%(distance)s to go to the target of %(target)s by %(date)s.") % (
                left | {"date": target_date}
            )
        return _("%(distance)s to go to the target of %(target)s.") % left

    def series_description(self):
        """A few sentences on the series as the chart shows them, for those who cannot see it:
        the main series, each further one, the index base and the reference lines."""
        if not self.has_values:
            return str(_("No values measured yet."))
        parts = []
        if self.series:
            parts.append(self._values_sentence(self.series))
        for series in self.all_series:
            if series.is_further:
                parts.append(self._further_sentence(series))
        if self.index_base_year is not None:
            parts.append(
                _("The values are an index: %(year)s = 100, drawn as a thin line at 100.")
                % {"year": self.index_base_year}
            )
        if self.baseline is not None:
            baseline = self.with_unit(self.baseline)
            parts.append(_("Dotted line: the baseline of %(value)s.") % {"value": baseline})
        if self.target is not None:
            target = self.with_unit(self.target)
            parts.append(_("Dashed line: the target of %(value)s.") % {"value": target})
        return " ".join(str(part) for part in parts)

    def _values_sentence(self, series):
        if len(series) == 1:
            return _("One value, measured on %(date)s: %(value)s.") % {
                "date": date_format(series[0].measured_on),
                "value": self.with_unit(series[0].value),
            }
        values = [m.value for m in series]
        return ngettext(
            "%(count)d value from %(first)s to %(last)s: lowest %(low)s, highest %(high)s, "
            "latest %(latest)s.",
            "%(count)d values from %(first)s to %(last)s: lowest %(low)s, highest %(high)s, "
            "latest %(latest)s.",
            len(series),
        ) % {
            "count": len(series),
            "first": date_format(series[0].measured_on),
            "last": date_format(series[-1].measured_on),
            "low": self.with_unit(min(values)),
            "high": self.with_unit(max(values)),
            "latest": self.with_unit(values[-1]),
        }

    def _further_sentence(self, series):
        if series.is_projected:
            intro = _("Also drawn, projected: %(name)s.") % {"name": series.name}
        else:
            intro = _("Also drawn, measured: %(name)s.") % {"name": series.name}
        return f"{intro} {self._values_sentence(series.values)}"


@dataclass(frozen=True)
class Series:
    """One series of a key figure as the chart and the table show it."""

    name: str
    kind: str
    values: list
    line: "Line | None" = None  # None for the main series

    @property
    def is_further(self):
        return self.line is not None

    @property
    def is_projected(self):
        return self.kind == Line.Kind.PROJECTED


def group_by_owner(indicators):
    """Indicators as two lists of (owner, its indicators): target areas in their order, then
    projects by title. The indicators keep the order they came in."""
    themes, projects = {}, {}
    for indicator in indicators:
        if indicator.theme_id:
            themes.setdefault(indicator.theme, []).append(indicator)
        else:
            projects.setdefault(indicator.project, []).append(indicator)
    return (
        sorted(themes.items(), key=lambda item: (item[0].position, item[0].name)),
        sorted(projects.items(), key=lambda item: item[0].title),
    )


class Line(models.Model):
    """A further series of a key figure beside its main one: another municipality, or a
    projection beside what was measured. Each is drawn in the chart and listed in the table."""

    class Kind(models.TextChoices):
        MEASURED = "measured", _("measured")
        PROJECTED = "projected", _("projected")

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="lines", verbose_name=_("key figure")
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("E.g. “Lidal kommune” or “Projection”.")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.MEASURED)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("series")
        verbose_name_plural = _("series")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "name"],
                name="one_series_name_per_indicator",
                violation_error_message=_("This key figure already has a series of that name."),
            )
        ]

    def __str__(self):
        return self.name


class Measurement(models.Model):
    """One measured value of an indicator on a given day: of its main series, or of one of
    its further lines."""

    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="measurements",
        verbose_name=_("key figure"),
    )
    line = models.ForeignKey(
        Line,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="measurements",
        verbose_name=_("series"),
        help_text=_("Leave empty for the key figure's main series."),
    )
    measured_on = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The day the value was counted or measured."),
    )
    value = LocalizedDecimalField(_("value"), **VALUE_DIGITS)
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Shown beside the value, e.g. where the number comes from."),
    )

    class Meta:
        ordering = ["measured_on", "pk"]
        verbose_name = _("measured value")
        verbose_name_plural = _("measured values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "measured_on"],
                condition=Q(line__isnull=True),
                name="one_measurement_per_indicator_and_day",
                violation_error_message=_("This key figure already has a value for that day."),
            ),
            models.UniqueConstraint(
                fields=["line", "measured_on"],
                condition=Q(line__isnull=False),
                name="one_measurement_per_line_and_day",
                violation_error_message=_("This series already has a value for that day."),
            ),
        ]

    def __str__(self):
        return f"{format_number(self.value)} ({date_format(self.measured_on)})"

    def clean(self):
        super().clean()
        # A series of another key figure would draw this value in the wrong chart.
        if self.line_id and self.indicator_id and self.line.indicator_id != self.indicator_id:
            raise ValidationError({"line": _("Choose a series of this key figure.")})
