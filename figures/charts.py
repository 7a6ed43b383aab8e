"""Line charts of key figures, drawn on the server as inline SVG: no JavaScript, no files.

Python works out every coordinate; the template only writes them down. The viewBox is
small, so the labels stay readable when the chart shrinks to a 320 px wide phone.

A key figure may have several series (the main one, other municipalities, a projection).
Each is told apart three ways, so that the chart reads in grey print and for colour-blind
readers too: its colour, the shape of its markers, and its line (measured series solid,
projected ones dashed); a legend above the plot names each with a piece of its line.
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
# Series styles, the main series first. Colours are classes in site.css (light and dark
# mode, each at least 3:1 against the page); the number of colours and of shapes differ,
# so that the first twenty series all look different.
COLOURS = 4
SHAPES = ("circle", "square", "triangle", "diamond", "triangle-down")
PROJECTED_DASHES = ("7 4", "3 3", "10 3 2 3")
# Half the size of a marker: big enough to tell a square from a triangle on paper.
MARK = 4.5


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
class Key:
    """An entry of the legend above the plot: a short piece of the line, then the text."""

    x: float
    y: float
    text: str

    @property
    def line_y(self):
        return round(self.y - 5, 1)

    @property
    def end(self):
        return self.x + SWATCH

    @property
    def middle(self):
        return self.x + SWATCH / 2

    @property
    def text_x(self):
        return self.x + SWATCH + 6


@dataclass(frozen=True)
class Marker:
    """A point's mark: a circle, or a polygon of the series' shape around it."""

    shape: str
    x: float
    y: float

    @property
    def is_circle(self):
        return self.shape == "circle"

    @property
    def polygon(self):
        x, y, m = self.x, self.y, MARK
        corners = {
            "square": [(x - m, y - m), (x + m, y - m), (x + m, y + m), (x - m, y + m)],
            "triangle": [(x, y - m - 1), (x + m + 0.5, y + m), (x - m - 0.5, y + m)],
            "diamond": [(x, y - m - 1), (x + m + 1, y), (x, y + m + 1), (x - m - 1, y)],
            "triangle-down": [(x, y + m + 1), (x + m + 0.5, y - m), (x - m - 0.5, y - m)],
        }[self.shape]
        return " ".join(f"{round(cx, 1)},{round(cy, 1)}" for cx, cy in corners)


@dataclass
class Plotted:
    """One series as drawn: a line through its points, a marker on each, its legend key."""

    name: str
    number: int
    shape: str
    dashes: str
    points: list[Point]
    key: Key | None = None

    @property
    def line(self):
        """The polyline's points; empty for a single value, which is only a marker."""
        if len(self.points) < 2:
            return ""
        return " ".join(f"{point.x},{point.y}" for point in self.points)

    @property
    def markers(self):
        return [Marker(self.shape, point.x, point.y) for point in self.points]

    @property
    def key_marker(self):
        return Marker(self.shape, self.key.middle, self.key.line_y) if self.key else None


@dataclass(frozen=True)
class Rule:
    """A horizontal reference line across the plot: the target, the baseline or the index
    base (100), with its key in the legend."""

    kind: str
    y: float
    x1: float
    x2: float
    key: Key

    @property
    def dashes(self):
        """Dashed target, dotted baseline, a thin solid line at 100: told apart without colour."""
        return {"target": "8 5", "baseline": "2 4"}.get(self.kind, "none")

    @property
    def width(self):
        return 1.5 if self.kind == "index" else 2


@dataclass
class Chart:
    id: str
    title: str
    description: str
    left: float
    top: float
    right: float
    bottom: float
    series: list[Plotted] = field(default_factory=list)
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
    def points(self):
        """The first series' points (the main series when it has values)."""
        return self.series[0].points if self.series else []

    @property
    def line(self):
        return self.series[0].line if self.series else ""


def _scale(low, high, start, end):
    """A function from a value in low..high to a coordinate in start..end; the middle when
    all values are the same, so an even series is a flat line, not a division by zero."""
    if high == low:
        return lambda value: round((start + end) / 2, 1)
    return lambda value: round(start + float((value - low) / (high - low)) * (end - start), 1)


def series_styles(all_series):
    """(colour number, marker shape, dashes) for each series, in order: measured solid,
    projected dashed, each projection with a dash pattern of its own."""
    styles, projected = [], 0
    for number, series in enumerate(all_series):
        dashes = ""
        if series.is_projected:
            dashes = PROJECTED_DASHES[projected % len(PROJECTED_DASHES)]
            projected += 1
        styles.append((number % COLOURS + 1, SHAPES[number % len(SHAPES)], dashes))
    return styles


def line_chart(indicator):
    """The indicator's series over time, with its target, baseline and index base, or None
    when nothing has been measured yet. Uses the prefetched values, no queries."""
    all_series = indicator.all_series
    if not all_series:
        return None
    measurements = [m for series in all_series for m in series.values]
    values = [m.value for m in measurements]
    references = {
        "target": indicator.target,
        "baseline": indicator.baseline,
        "index": Decimal(100) if indicator.index_base_year is not None else None,
    }
    shown_references = [value for value in references.values() if value is not None]
    low, high = min(values + shown_references), max(values + shown_references)
    low_text, high_text = format_number(low), format_number(high)

    entries = _legend_entries(indicator, all_series)
    keys, rows = _legend(text for _what, text in entries)
    key_of = dict(zip((what for what, _text in entries), keys, strict=True))
    height = HEIGHT + rows * LEGEND_ROW
    left = max(30, 12 + CHAR_WIDTH * max(len(low_text), len(high_text)))
    right, top, bottom = WIDTH - RIGHT, TOP + rows * LEGEND_ROW, height - BOTTOM
    y_of = _scale(low, high, bottom, top)  # higher values further up
    first = min(m.measured_on for m in measurements)
    last = max(m.measured_on for m in measurements)
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
        height=height,
    )
    for position, (series, style) in enumerate(
        zip(all_series, series_styles(all_series), strict=True)
    ):
        points = [
            Point(x_of(m.measured_on), y_of(m.value), m.value, m.measured_on) for m in series.values
        ]
        key = key_of.get(("series", position))
        chart.series.append(Plotted(series.name, *style, points, key))

    # The highest and lowest values on the left, each with a faint line across.
    chart.grid = [y_of(high)] if high == low else [y_of(high), y_of(low)]
    chart.y_labels = [
        Label(left - 6, y + 5, text, "end")
        for y, text in zip(chart.grid, [high_text, low_text], strict=False)
    ]
    hundred = references["index"]
    if hundred is not None and all(abs(y_of(hundred) - y) >= FONT_SIZE for y in chart.grid):
        chart.y_labels.append(Label(left - 6, y_of(hundred) + 5, format_number(hundred), "end"))

    date_y = height - 10
    if first == last:
        chart.x_labels = [Label(x_of(first), date_y, _short(first), "middle")]
    else:
        chart.x_labels = [
            Label(left, date_y, _short(first), "start"),
            Label(right, date_y, _short(last), "end"),
        ]

    chart.rules = [
        Rule(kind, y_of(references[kind]), left, right, key_of[kind])
        for kind, _text in entries
        if kind in references
    ]
    return chart


def _legend_entries(indicator, all_series):
    """(what, text) for each key of the legend: every series by name when there is more than
    the main one, then the target, the baseline and the index base."""
    entries = []
    if indicator.has_further_series:
        entries += [(("series", position), s.name) for position, s in enumerate(all_series)]
    for kind, value, text in [
        ("target", indicator.target, _("Target: %(value)s")),
        ("baseline", indicator.baseline, _("Baseline: %(value)s")),
    ]:
        if value is not None:
            entries.append((kind, text % {"value": format_number(value)}))
    if indicator.index_base_year is not None:
        entries.append(("index", _("%(year)s = 100") % {"year": indicator.index_base_year}))
    return entries


def _legend(texts):
    """A Key for each text and the number of rows they take: side by side above the plot,
    on more rows when they do not fit on one (a key beside its line could cover the data).
    A text too long for the chart is shortened; the table below gives it in full."""
    keys, x, row = [], 4, 0
    room = int((WIDTH - 8 - SWATCH - 6) / CHAR_WIDTH)
    for text in texts:
        text = str(text)
        if len(text) > room:
            text = text[: room - 1].rstrip() + "…"
        width = SWATCH + 6 + CHAR_WIDTH * len(text)
        if keys and x + width > WIDTH:
            x, row = 4, row + 1
        keys.append(Key(x, TOP + row * LEGEND_ROW, text))
        x += width + 18
    return keys, (row + 1 if keys else 0)


def _short(day):
    return date_format(day, "SHORT_DATE_FORMAT")
