"""Line charts of key figures, drawn on the server as inline SVG: no JavaScript, no files.

Python works out every coordinate; the template only writes them down. The viewBox is
small, so the labels stay readable when the chart shrinks to a 320 px wide phone.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from config.numbers import format_number

WIDTH, HEIGHT = 360, 210
# Room above the plot for the top value, right of it for the last point, below for the dates.
TOP, RIGHT, BOTTOM = 14, 10, 34
FONT_SIZE = 14
# Roughly the width of a character at that size, to fit labels without measuring text.
CHAR_WIDTH = 7.8
LEGEND_ROW = 22
SWATCH = 24


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: Decimal
    measured_on: date


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "start"


@dataclass(frozen=True)
class Rule:
    """A horizontal reference line across the plot, the target or the baseline, and its
    key in the legend above the plot: a short piece of the same line, then the text."""

    kind: str
    y: float
    x1: float
    x2: float
    key_x: float
    key_y: float
    text: str

    @property
    def dashes(self):
        """Dashed target, dotted baseline: told apart without colour."""
        return "8 5" if self.kind == "target" else "2 4"

    @property
    def key_line_y(self):
        return round(self.key_y - 5, 1)

    @property
    def text_x(self):
        return self.key_x + SWATCH + 6

    @property
    def key_end(self):
        return self.key_x + SWATCH


@dataclass
class Chart:
    id: str
    title: str
    description: str
    left: float
    top: float
    right: float
    bottom: float
    points: list[Point] = field(default_factory=list)
    y_labels: list[Label] = field(default_factory=list)
    x_labels: list[Label] = field(default_factory=list)
    grid: list[float] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"

    @property
    def font_size(self):
        return FONT_SIZE

    @property
    def target(self):
        return next((rule for rule in self.rules if rule.kind == "target"), None)

    @property
    def baseline(self):
        return next((rule for rule in self.rules if rule.kind == "baseline"), None)

    @property
    def line(self):
        """The polyline's points; empty for a single value, which is only a dot."""
        if len(self.points) < 2:
            return ""
        return " ".join(f"{point.x},{point.y}" for point in self.points)


def _scale(low, high, start, end):
    """A function from a value in low..high to a coordinate in start..end; the middle when
    all values are the same, so an even series is a flat line, not a division by zero."""
    if high == low:
        return lambda value: round((start + end) / 2, 1)
    return lambda value: round(start + float((value - low) / (high - low)) * (end - start), 1)


def line_chart(indicator):
    """The indicator's measurements over time, with its target and baseline, or None when
    nothing has been measured yet. Uses indicator.series (prefetched), no queries."""
    series = indicator.series
    if not series:
        return None
    values = [measurement.value for measurement in series]
    references = [value for value in (indicator.target, indicator.baseline) if value is not None]
    low, high = min(values + references), max(values + references)
    low_text, high_text = format_number(low), format_number(high)

    keys = _legend(indicator)
    rows = max((row for _kind, _text, _x, row in keys), default=-1) + 1
    left = max(30, 12 + CHAR_WIDTH * max(len(low_text), len(high_text)))
    right, top, bottom = WIDTH - RIGHT, TOP + rows * LEGEND_ROW, HEIGHT - BOTTOM
    y_of = _scale(low, high, bottom, top)  # higher values further up
    first, last = series[0].measured_on, series[-1].measured_on
    day_of = _scale(0, (last - first).days, left, right)

    def x_of(day):
        return day_of((day - first).days)

    chart = Chart(
        id=f"indicator-{indicator.pk}-chart",
        title=indicator.name,
        description=indicator.series_description(),
        left=left,
        top=top,
        right=right,
        bottom=bottom,
        points=[Point(x_of(m.measured_on), y_of(m.value), m.value, m.measured_on) for m in series],
    )
    # The highest and lowest values on the left, each with a faint line across.
    chart.grid = [y_of(high)] if high == low else [y_of(high), y_of(low)]
    chart.y_labels = [
        Label(left - 6, y + 5, text, "end")
        for y, text in zip(chart.grid, [high_text, low_text], strict=False)
    ]

    date_y = HEIGHT - 10
    if first == last:
        chart.x_labels = [Label(x_of(first), date_y, _short(first), "middle")]
    else:
        chart.x_labels = [
            Label(left, date_y, _short(first), "start"),
            Label(right, date_y, _short(last), "end"),
        ]

    values_of = {"target": indicator.target, "baseline": indicator.baseline}
    chart.rules = [
        Rule(kind, y_of(values_of[kind]), left, right, x, 14 + row * LEGEND_ROW, text)
        for kind, text, x, row in keys
    ]
    return chart


def _legend(indicator):
    """(kind, text, x, row) for the target and the baseline, side by side above the plot,
    on two rows when they do not fit on one. A key beside its line could cover the data."""
    keys, x, row = [], 4, 0
    for kind, value, text in [
        ("target", indicator.target, _("Target: %(value)s")),
        ("baseline", indicator.baseline, _("Baseline: %(value)s")),
    ]:
        if value is None:
            continue
        text = text % {"value": format_number(value)}
        width = SWATCH + 6 + CHAR_WIDTH * len(text)
        if keys and x + width > WIDTH:
            x, row = 4, row + 1
        keys.append((kind, text, x, row))
        x += width + 18
    return keys


def _short(day):
    return date_format(day, "SHORT_DATE_FORMAT")
