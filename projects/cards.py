"""Project cards, as the overview, the area, theme and strategy pages show them.

Each card is kept as a fragment (pagecache/fragments.py) for everyone: a list of cards
costs one round trip to the cache, and only the cards not kept yet are made, with their
pictures and areas, in a fixed number of queries however many there are. A card says
what its project is part of, how many actions (sub-projects) it has, and the progress
computed from them where the process leader chose so.

Cards are most of an overview made afresh, so they are made the short way: the columns a
card shows are read as plain values (a project has 57 columns, each text once per
language, and making model objects of them cost more than all the SQL), and rendered by
Jinja2 (projects/jinja2.py). Its three queries are prepared (config/prepared.py): compiled
once, as building and compiling them took longer than running them. docs/speed.md has the
measurements.
"""

import datetime
from dataclasses import dataclass
from functools import cache

from django.db.models import OuterRef, Prefetch, Subquery
from django.template import engines
from django.utils.formats import localize
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, ngettext

from config.addresses import address_of
from config.jinja2_pieces import macros_of
from config.prepared import Prepared
from config.stand_ins import stand_in
from pagecache.fragments import remembered_each

from .filters import SORTS
from .images import ShownPicture
from .models import (
    Project,
    ProjectImage,
    attach_computed_progress,
    columns_in_page_language,
    in_page_language,
    text_in_page_language,
)

# Only the first covers are above the fold on a phone; the rest load as they come near.
EAGER_PICTURES = 2
# The picture a project is shown with (on its card, and on its shared link's card): the
# cover, else the first.
CARD_PICTURE_ORDER = ("-is_cover", "position", "pk")
# The card template's helpers whose answers depend on the language and their arguments
# alone (projects/jinja2.py). Status badges and dates are not among them: those helpers
# keep what they wrote for the whole process already.
SHARED_BY_CARDS = ("_", "progress_bar")


def first_picture():
    """The key of the picture of OuterRef("project") a card shows."""
    return (
        ProjectImage.objects.filter(project=OuterRef("project"))
        .order_by(*CARD_PICTURE_ORDER)
        .values("pk")[:1]
    )


def card_pictures():
    """One picture per project for its card, prefetched as cover_images: the cover, else
    the first picture.

    A correlated subquery picks it inside the single prefetch query, so a list of cards
    costs the same however many projects and pictures there are.
    """
    return Prefetch(
        "images",
        queryset=ProjectImage.objects.filter(pk=Subquery(first_picture())),
        to_attr="cover_images",
    )


def in_card_order(projects):
    """Published projects as the area and theme pages list them: in the overview's own
    order (featured first, then by latest activity)."""
    return projects.visible().order_by(*SORTS[""])


@dataclass(slots=True)
class Card:
    """What one project's card shows, in the page's language."""

    pk: int
    url: str
    title: str
    title_language: str  # the site's language where the title is not translated, else ""
    summary: str
    summary_language: str
    is_featured: bool
    part_of: str  # the title of the published plan it is an action of, else ""
    status: str
    progress: int | None
    actions: str  # how many actions it has, in words; "" for none
    last_update_on: datetime.date | None  # the day of its latest status update, here
    cover: ShownPicture | None = None  # its cover, else its first picture
    areas: tuple = ()  # (name, address) of each


def actions_in_words(count):
    """How many actions (sub-projects) a project has, in words; "" for none. Said here, not
    in the card's template: makemessages reads no plural from a Jinja2 template."""
    if not count:
        return ""
    return ngettext("%(counter)s action", "%(counter)s actions", count) % {
        "counter": localize(count)
    }


def computed_progress(sources):
    """{key: progress computed from its sub-projects} for projects given as {key: how
    their progress is found}, by the rules of attach_computed_progress."""
    projects = [
        stand_in(Project, {"pk": pk, "progress_from": source}) for pk, source in sources.items()
    ]
    attach_computed_progress(projects)
    return {project.pk: project.computed_progress for project in projects}


# The three queries of a list of cards, prepared (config/prepared.py): the overview makes
# one list afresh for each page of projects, a target area's or an area's page another.
_card_rows = Prepared(
    lambda ids: (
        Project.objects.filter(pk__in=ids)
        .with_sub_project_count()
        .values(
            "pk",
            "slug",
            "is_featured",
            "current_status",
            "current_progress",
            "progress_from",
            "last_update_at",
            "parent__is_published",
            *columns_in_page_language(get_language(), "title", "summary", "parent__title"),
            "sub_project_count",
        )
    )
)
# Read as values, like the cards' own columns: a picture made as a model object read each
# of its texts in every language, and 18 covers took half as long again as the cards' rows.
_card_pictures = Prepared(
    lambda ids: ProjectImage.objects.filter(project__in=ids, pk=Subquery(first_picture())).values(
        "project",
        "image",
        "width",
        "height",
        *columns_in_page_language(get_language(), "alt_text"),
    )
)
# Each project's areas by the name shown, in the page's language or else the site's.
_card_areas = Prepared(
    lambda ids: (
        Project.areas.through.objects.filter(project__in=ids)
        .annotate(shown_name=in_page_language("area__name"))
        .order_by("shown_name", "area")
        .values("project", "shown_name", "area__slug")
    )
)


def load_cards(project_ids):
    """{key: Card} of the projects with these keys (published or not: the caller chose
    them), in three queries, and a fourth where a plan's progress follows its actions."""
    language = get_language()
    # In order, so that the same projects make the same query.
    project_ids = sorted(project_ids)
    cards = {}
    following = {}
    for row in _card_rows(ids=project_ids):
        title, title_language = text_in_page_language(row, "title", language)
        summary, summary_language = text_in_page_language(row, "summary", language)
        # As Project.visible_parent: a plan residents may see.
        part_of = ""
        if row["parent__is_published"]:
            part_of = text_in_page_language(row, "parent__title", language)[0]
        if row["progress_from"] != Project.ProgressSource.OWN:
            following[row["pk"]] = row["progress_from"]
        cards[row["pk"]] = Card(
            pk=row["pk"],
            url=address_of("projects:detail", row["slug"]),
            title=title,
            title_language=title_language,
            summary=summary,
            summary_language=summary_language,
            is_featured=row["is_featured"],
            part_of=part_of,
            status=row["current_status"],
            progress=row["current_progress"],
            actions=actions_in_words(row["sub_project_count"]),
            last_update_on=template_localtime(row["last_update_at"]).date()
            if row["last_update_at"]
            else None,
        )
    if not cards:
        return cards
    # As Project.effective_progress.
    for pk, progress in computed_progress(following).items():
        cards[pk].progress = progress
    image_field = ProjectImage._meta.get_field("image")
    for row in _card_pictures(ids=project_ids):
        cards[row["project"]].cover = ShownPicture(
            image_field,
            row["image"],
            row["width"],
            row["height"],
            text_in_page_language(row, "alt_text", language)[0],
        )
    by_project = {}
    for row in _card_areas(ids=project_ids):
        address = address_of("projects:area", row["area__slug"])
        by_project.setdefault(row["project"], []).append((row["shown_name"], address))
    for pk, shown in by_project.items():
        cards[pk].areas = tuple(shown)
    return cards


def project_cards(request, project_ids):
    """The HTML of each project's card, in the order of `project_ids`.

    A project gone since its id was read (deleted in between) is left out.
    """
    wanted = [(pk, index >= EAGER_PICTURES) for index, pk in enumerate(project_ids)]

    def make(missing):
        cards = load_cards({pk for pk, _lazy in missing})
        # The cards are made together, in one language: each word and progress bar they
        # share is worked out once, by the environment's own helpers, remembered for this
        # batch only.
        globals_ = engines["jinja2"].env.globals
        once = {name: cache(globals_[name]) for name in SHARED_BY_CARDS}
        card = macros_of("projects/_project_card.html", **once).each
        return {(pk, lazy): str(card(cards[pk], lazy)) for pk, lazy in missing if pk in cards}

    cards = remembered_each(request, "project-card", wanted, make)
    # Only ever what the card template rendered, escaped as it was then.
    return [mark_safe(cards[item]) for item in wanted if item in cards]
