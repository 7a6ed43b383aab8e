"""What each open dataset holds: its fields, each with a short description, and its rows.

The rules every dataset keeps, in the files and in the API alike:
- Rows come from the querysets the pages use (Project.objects.visible(),
  StatusUpdate.objects.public(), Event.objects.published(), Indicator.objects.published(),
  Theme.objects.visible(), Strategy.objects.visible(), Funding.objects.of_visible_projects()):
  what residents cannot see on a page is in no file. Visibility is never written here again.
- Nothing personal beyond what the pages show: updates name their authors as an update's
  page does; contact details, tips and followers are in no dataset.
- Values are plain for machines: dates and times in ISO 8601 (times with their offset
  from UTC), amounts and measured values as numbers, rich text as plain text, and what a
  row refers to (a project, an area) by its short name in the address (slug).
- A dataset costs a fixed number of queries however many rows it has.
"""

from dataclasses import dataclass

from django.db.models import F, Prefetch
from django.utils.translation import gettext_lazy as _

from config.addresses import absolute_url
from events.models import Event
from figures.models import Indicator, Measurement
from projects.models import (
    Area,
    Funding,
    Project,
    Status,
    Strategy,
    Theme,
    attach_computed_progress,
)
from projects.richtext import plain_lines
from updates.models import StatusUpdate

# What a field's values are, as the open-data page explains them.
KINDS = {
    "text": _("text"),
    "integer": _("whole number"),
    "number": _("number, with a point before any decimals"),
    "date": _("date, YYYY-MM-DD"),
    "datetime": _("date and time with the offset from UTC (ISO 8601)"),
    "url": _("web address"),
    "list": _("list (in CSV: separated by semicolons)"),
}


@dataclass(frozen=True)
class Field:
    name: str
    description: str  # lazily translated
    kind: str = "text"

    @property
    def kind_name(self):
        return KINDS[self.kind]


def slug_of(thing):
    return thing.slug if thing is not None else None


def address_of(thing):
    return absolute_url(thing.get_absolute_url())


class Dataset:
    """One dataset: its name in addresses, what it is, its fields, and its rows."""

    name = ""
    title = ""
    description = ""
    fields = []

    def queryset(self):
        """Every row's object residents may see, in the file's order."""
        raise NotImplementedError

    def prepared(self, queryset):
        """The queryset with all its rows need, fetched with it (still lazy)."""
        return queryset

    def finished(self, objects):
        """What a row needs beyond the queryset, for a list of objects at once."""
        return objects

    def row(self, obj):
        raise NotImplementedError

    def objects_of(self, queryset):
        """Some of the dataset's objects (a page of the API) with all their rows need."""
        return self.finished(list(self.prepared(queryset)))

    def rows_of(self, queryset):
        """Rows of some of the dataset's objects, in their order."""
        return [self.row(obj) for obj in self.objects_of(queryset)]

    def rows(self):
        return self.rows_of(self.queryset())

    def count(self):
        return self.queryset().count()

    @property
    def field_names(self):
        return [field.name for field in self.fields]


class ProjectData(Dataset):
    name = "projects"
    title = _("Projects")
    description = _(
        "Every published project, sub-projects (a plan's actions) too: status, progress, "
        "period, areas and target areas."
    )
    fields = [
        Field("slug", _("The project's short name in its address; stays the same.")),
        Field("title", _("The project's name.")),
        Field("summary", _("One or two sentences about the project.")),
        Field(
            "status",
            _("Its status now: idea, planned, ongoing, paused, completed or cancelled."),
        ),
        Field("status_name", _("The status as the site writes it.")),
        Field("progress", _("How far it has come, 0 to 100 per cent, if said."), "integer"),
        Field("part_of", _("The project it is part of (its slug), if any.")),
        Field("starts_on", _("Start date."), "date"),
        Field("ends_on", _("End date."), "date"),
        Field("areas", _("The areas it is filed under (slugs)."), "list"),
        Field("themes", _("The target areas it serves (slugs)."), "list"),
        Field("lead_organisation", _("Who leads it.")),
        Field(
            "last_activity_at",
            _("The latest news about it, or when it was added if there is none."),
            "datetime",
        ),
        Field("url", _("Its page on this site."), "url"),
    ]

    def queryset(self):
        return Project.objects.visible().order_by("title", "pk")

    def prepared(self, queryset):
        return queryset.select_related("parent").prefetch_related(
            "areas", Prefetch("themes", queryset=Theme.objects.visible(), to_attr="shown_themes")
        )

    def finished(self, objects):
        attach_computed_progress(objects)
        return objects

    def row(self, project):
        return {
            "slug": project.slug,
            "title": project.title,
            "summary": project.summary,
            "status": project.effective_status,
            "status_name": str(Status(project.effective_status).label),
            "progress": project.effective_progress,
            "part_of": slug_of(project.visible_parent),
            "starts_on": project.starts_on,
            "ends_on": project.ends_on,
            "areas": [area.slug for area in project.areas.all()],
            "themes": [theme.slug for theme in project.shown_themes],
            "lead_organisation": project.lead_organisation,
            "last_activity_at": project.last_activity_at,
            "url": address_of(project),
        }


class UpdateData(Dataset):
    name = "updates"
    title = _("Status updates")
    description = _(
        "Every published status update, newest first: about a project, a target area, an "
        "area, or the development work as a whole."
    )
    fields = [
        Field("id", _("The update's number; stays the same."), "integer"),
        Field("title", _("Its headline.")),
        Field("published_at", _("When it was published."), "datetime"),
        Field("about", _("What it is about: project, theme, area, or site for the whole.")),
        Field("project", _("The project it is about (slug), if any.")),
        Field("theme", _("The target area it is about (slug), if any.")),
        Field("area", _("The area it is about (slug), if any.")),
        Field("new_status", _("The status it gave the project, if it changed it.")),
        Field("new_progress", _("The progress it gave the project, if it changed it."), "integer"),
        Field("written_by", _("Who wrote it, as the update is signed."), "list"),
        Field("text", _("Its text.")),
        Field("url", _("Its page on this site."), "url"),
    ]

    def queryset(self):
        return StatusUpdate.objects.public().order_by("-published_at", "-pk")

    def prepared(self, queryset):
        return queryset.select_related("project", "theme", "area").prefetch_related("authors")

    def row(self, update):
        return {
            "id": update.pk,
            "title": update.title,
            "published_at": update.published_at,
            "about": str(update.about),
            "project": slug_of(update.project),
            "theme": slug_of(update.theme),
            "area": slug_of(update.area),
            "new_status": update.new_status or None,
            "new_progress": update.new_progress,
            "written_by": update.written_by,
            "text": plain_lines(update.body),
            "url": address_of(update),
        }


class EventData(Dataset):
    name = "events"
    title = _("Meetings")
    description = _(
        "Every published meeting and event, the newest first: when, where, for whom, and "
        "what came out of it."
    )
    fields = [
        Field("id", _("The meeting's number; stays the same."), "integer"),
        Field("title", _("What residents come to.")),
        Field("starts_at", _("When it starts."), "datetime"),
        Field("ends_at", _("When it ends, if known."), "datetime"),
        Field("place", _("Where.")),
        Field("audience", _("Who can come: open (to all) or invited.")),
        Field("projects", _("The projects it is about (slugs)."), "list"),
        Field("registration_url", _("Where to sign up, if one must."), "url"),
        Field("registration_deadline", _("The last time to sign up."), "datetime"),
        Field("attendance", _("About how many took part, after the meeting."), "integer"),
        Field("description", _("The programme and practical details.")),
        Field("outcome", _("What came out of it, after the meeting.")),
        Field("url", _("Its page on this site."), "url"),
    ]

    def queryset(self):
        return Event.objects.published().order_by("-starts_at", "-pk")

    def prepared(self, queryset):
        return queryset.with_projects()

    def row(self, event):
        return {
            "id": event.pk,
            "title": event.title,
            "starts_at": event.starts_at,
            "ends_at": event.ends_at,
            "place": event.place,
            "audience": event.audience,
            "projects": [project.slug for project in event.shown_projects],
            "registration_url": event.registration_url or None,
            "registration_deadline": event.registration_deadline,
            "attendance": event.attendance,
            "description": plain_lines(event.description),
            "outcome": plain_lines(event.outcome),
            "url": address_of(event),
        }


class KeyFigureData(Dataset):
    name = "key-figures"
    title = _("Key figures")
    description = _(
        "What is counted for each target area and project: unit, source, baseline and "
        "target. The values are in the next dataset."
    )
    fields = [
        Field("id", _("The key figure's number; the values refer to it."), "integer"),
        Field("name", _("What is counted.")),
        Field("unit", _("The unit of its values.")),
        Field("description", _("What is counted, and where the numbers come from.")),
        Field("project", _("The project it belongs to (slug), if any.")),
        Field("theme", _("The target area it belongs to (slug), if any.")),
        Field("source", _("Where the numbers come from.")),
        Field("source_url", _("A link to the source."), "url"),
        Field("index_base_year", _("If the values are an index: the year set to 100."), "integer"),
        Field("baseline", _("The value when the work began."), "number"),
        Field("baseline_on", _("The date of the baseline."), "date"),
        Field("target", _("The value aimed for."), "number"),
        Field("target_on", _("When the target should be reached."), "date"),
        Field("measured_every", _("How often a new value comes, in months."), "integer"),
        Field("url", _("Where it is shown on this site."), "url"),
    ]

    def queryset(self):
        return Indicator.objects.published().order_by("position", "name", "pk")

    def prepared(self, queryset):
        return queryset.select_related("project", "theme")

    def row(self, indicator):
        return {
            "id": indicator.pk,
            "name": indicator.name,
            "unit": indicator.unit,
            "description": indicator.description,
            "project": slug_of(indicator.project),
            "theme": slug_of(indicator.theme),
            "source": indicator.source,
            "source_url": indicator.source_url or None,
            "index_base_year": indicator.index_base_year,
            "baseline": indicator.baseline,
            "baseline_on": indicator.baseline_on,
            "target": indicator.target,
            "target_on": indicator.target_on,
            "measured_every": indicator.measured_every,
            "url": address_of(indicator),
        }


class KeyFigureValueData(Dataset):
    name = "key-figure-values"
    title = _("Key figure values")
    description = _(
        "Every measured value of the key figures: of the main series, and of further "
        "series such as another municipality or a projection."
    )
    fields = [
        Field("key_figure", _("The key figure's number (id in the key figures)."), "integer"),
        Field("key_figure_name", _("What is counted.")),
        Field("unit", _("The unit of the value.")),
        Field("series", _("The further series the value belongs to; empty for the main one.")),
        Field("series_kind", _("measured, or projected.")),
        Field("measured_on", _("The day the value was counted."), "date"),
        Field("value", _("The value."), "number"),
        Field("note", _("A note beside the value.")),
    ]

    def queryset(self):
        published = Indicator.objects.published().values("pk")
        return Measurement.objects.filter(indicator__in=published).order_by(
            "indicator__position",
            "indicator__name",
            "indicator_id",
            F("line__position").asc(nulls_first=True),
            "line_id",
            "measured_on",
        )

    def prepared(self, queryset):
        return queryset.select_related("indicator", "line")

    def row(self, measurement):
        line = measurement.line
        return {
            "key_figure": measurement.indicator_id,
            "key_figure_name": measurement.indicator.name,
            "unit": measurement.indicator.unit,
            "series": line.name if line else None,
            "series_kind": line.kind if line else "measured",
            "measured_on": measurement.measured_on,
            "value": measurement.value,
            "note": measurement.note,
        }


class AreaData(Dataset):
    name = "areas"
    title = _("Areas")
    description = _("Regions, municipalities and villages, each inside the one it is part of.")
    fields = [
        Field("slug", _("The area's short name in its address; stays the same.")),
        Field("name", _("Its name.")),
        Field("kind", _("region, municipality or village.")),
        Field("part_of", _("The area it is part of (slug), if any.")),
        Field("description", _("About the area.")),
        Field("url", _("Its page on this site."), "url"),
    ]

    def queryset(self):
        return Area.objects.order_by("name", "pk")

    def prepared(self, queryset):
        return queryset.select_related("parent")

    def row(self, area):
        return {
            "slug": area.slug,
            "name": area.name,
            "kind": area.kind,
            "part_of": slug_of(area.parent),
            "description": plain_lines(area.description),
            "url": address_of(area),
        }


class ThemeData(Dataset):
    name = "themes"
    title = _("Target areas")
    description = _("The prioritised target areas of the development strategies.")
    fields = [
        Field("slug", _("The target area's short name in its address; stays the same.")),
        Field("name", _("Its name.")),
        Field("strategy", _("The strategy it belongs to (slug), if any.")),
        Field("description", _("About the target area.")),
        Field("url", _("Its page on this site."), "url"),
    ]

    def queryset(self):
        return Theme.objects.visible().order_by("position", "name", "pk")

    def prepared(self, queryset):
        return queryset.select_related("strategy")

    def row(self, theme):
        return {
            "slug": theme.slug,
            "name": theme.name,
            "strategy": slug_of(theme.strategy),
            "description": plain_lines(theme.description),
            "url": address_of(theme),
        }


class StrategyData(Dataset):
    name = "strategies"
    title = _("Strategies")
    description = _("The development strategies with their overall goal and period.")
    fields = [
        Field("slug", _("The strategy's short name in its address; stays the same.")),
        Field("name", _("Its name.")),
        Field("goal", _("Its overall goal.")),
        Field("starts_on", _("Start date."), "date"),
        Field("ends_on", _("End date."), "date"),
        Field("url", _("Its page on this site."), "url"),
    ]

    def queryset(self):
        return Strategy.objects.visible().order_by("position", "name", "pk")

    def row(self, strategy):
        return {
            "slug": strategy.slug,
            "name": strategy.name,
            "goal": plain_lines(strategy.goal),
            "starts_on": strategy.starts_on,
            "ends_on": strategy.ends_on,
            "url": address_of(strategy),
        }


class FundingData(Dataset):
    name = "funding"
    title = _("Funding")
    description = _(
        "What each published project is funded with, source by source. Amounts in "
        "different currencies must not be added together."
    )
    fields = [
        Field("project", _("The project (slug).")),
        Field("source", _("Who gives the money.")),
        Field(
            "kind",
            _("The kind of source: municipality, region, state, eu, private, foundation or other."),
        ),
        Field("amount", _("The amount."), "number"),
        Field("currency", _("The currency, as an ISO 4217 code such as NOK.")),
        Field("from_year", _("The first year it covers."), "integer"),
        Field("to_year", _("The last year it covers."), "integer"),
    ]

    def queryset(self):
        return Funding.objects.of_visible_projects().order_by(
            "project__title", "project_id", "position", "pk"
        )

    def prepared(self, queryset):
        return queryset.select_related("project")

    def row(self, funding):
        return {
            "project": funding.project.slug,
            "source": funding.source,
            "kind": funding.kind,
            "amount": funding.amount,
            "currency": funding.currency,
            "from_year": funding.from_year,
            "to_year": funding.to_year,
        }


PROJECTS = ProjectData()
UPDATES = UpdateData()
EVENTS = EventData()
AREAS = AreaData()
THEMES = ThemeData()
FUNDING = FundingData()

# In the order the open-data page lists them.
DATASETS = {
    dataset.name: dataset
    for dataset in [
        PROJECTS,
        UPDATES,
        EVENTS,
        KeyFigureData(),
        KeyFigureValueData(),
        AREAS,
        THEMES,
        StrategyData(),
        FUNDING,
    ]
}
