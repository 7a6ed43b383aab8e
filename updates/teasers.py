"""The latest status updates as the overview's side column teases them: date, what each is
about, title and new status.

Made the short way, as the project cards are (projects/cards.py): the columns a teaser
shows, in the page's language, read as plain values in one query, and rendered by Jinja2.
Fetched as model objects with their project, target area and area, the five teasers cost
some 280 columns to compile and read, more than all the rest of the side column.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import get_language

from config.addresses import address_of
from config.jinja2_pieces import macros_of
from config.prepared import Prepared
from projects.models import columns_in_page_language, text_in_page_language

from .cards import SUBJECT_COLUMNS, SUBJECT_NAMES, Subject, about
from .models import StatusUpdate


@dataclass(slots=True)
class Teaser:
    """One status update as its teaser shows it, in the page's language."""

    url: str
    title: str
    title_language: str  # the site's language where the title is not translated, else ""
    published_on: datetime.date  # the day it was published, here
    new_status: str
    subject: Subject  # what it is about


# On every overview made afresh: prepared (config/prepared.py).
_newest = Prepared(
    lambda now, count: StatusUpdate.objects.public(now).values(
        "pk",
        "published_at",
        "new_status",
        *SUBJECT_COLUMNS,
        *columns_in_page_language(get_language(), "title", *SUBJECT_NAMES),
    )[:count],
    fixed=["count"],
)


def latest_teasers(count):
    """The HTML of the teasers of the `count` newest updates residents may read."""
    language = get_language()
    rows = _newest(now=timezone.now(), count=count)
    teasers = []
    for row in rows:
        title, title_language = text_in_page_language(row, "title", language)
        teasers.append(
            Teaser(
                url=address_of("projects:update", row["pk"]),
                title=title,
                title_language=title_language,
                published_on=template_localtime(row["published_at"]).date(),
                new_status=row["new_status"],
                subject=about(row, language),
            )
        )
    teaser_html = macros_of("updates/_update_teaser.html").each
    # Only ever what the teaser template wrote, escaped there.
    return [mark_safe(str(teaser_html(teaser))) for teaser in teasers]
