"""The latest status updates as the overview's side column teases them: date, what each is
about, title and new status.

Made the short way, as the project cards are (projects/cards.py): the columns a teaser
shows, in the page's language, read as plain values in one query, and rendered by Jinja2.
Fetched as model objects with their project, target area and area, the five teasers cost
some 280 columns to compile and read, more than all the rest of the side column.
"""

import datetime
from dataclasses import dataclass

from django.template import engines
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext

from config.addresses import address_of
from projects.models import Area, columns_in_page_language, text_in_page_language

from .models import StatusUpdate


@dataclass(slots=True)
class Teaser:
    """One status update as its teaser shows it, in the page's language."""

    url: str
    title: str
    title_language: str  # the site's language where the title is not translated, else ""
    published_on: datetime.date  # the day it was published, here
    new_status: str
    about_kind: str  # "Project", "Target area", the area's kind; "" for the work as a whole
    about_name: str
    about_url: str


def about(row, language):
    """(kind, name, address) of what an update is about, as updates/_about.html says it."""
    if row["project"]:
        name = text_in_page_language(row, "project__title", language)[0]
        return gettext("Project"), name, address_of("projects:detail", row["project__slug"])
    if row["theme"]:
        name = text_in_page_language(row, "theme__name", language)[0]
        return gettext("Target area"), name, address_of("projects:theme", row["theme__slug"])
    if row["area"]:
        name = text_in_page_language(row, "area__name", language)[0]
        # As get_kind_display: the kind's label, or the stored value if it has none.
        kind = capfirst(dict(Area.Kind.choices).get(row["area__kind"], row["area__kind"]))
        return kind, name, address_of("projects:area", row["area__slug"])
    return "", "", ""


def latest_teasers(count):
    """The HTML of the teasers of the `count` newest updates residents may read."""
    language = get_language()
    rows = StatusUpdate.objects.public().values(
        "pk",
        "published_at",
        "new_status",
        "project",
        "theme",
        "area",
        "project__slug",
        "theme__slug",
        "area__slug",
        "area__kind",
        *columns_in_page_language(language, "title", "project__title", "theme__name", "area__name"),
    )[:count]
    teasers = []
    for row in rows:
        title, title_language = text_in_page_language(row, "title", language)
        kind, name, address = about(row, language)
        teasers.append(
            Teaser(
                url=address_of("projects:update", row["pk"]),
                title=title,
                title_language=title_language,
                published_on=template_localtime(row["published_at"]).date(),
                new_status=row["new_status"],
                about_kind=kind,
                about_name=name,
                about_url=address,
            )
        )
    template = engines["jinja2"].get_template("updates/_update_teaser.html")
    # Only ever what the teaser template rendered, escaped there.
    return [mark_safe(template.render({"teaser": teaser})) for teaser in teasers]
