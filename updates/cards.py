"""Status updates as their cards show them: on the news page, a project's page, a target
area's and an area's pages, and an update's own page.

Made the short way, as the project cards are (projects/cards.py): the columns a card shows,
in the page's language, are read as plain values, and the card is rendered by Jinja2
(templates/jinja2/updates/). An update row holds its title and text in every language, and
what it is about three more tables' worth: made into model objects and rendered by Django's
template language, twenty updates cost the news page more than everything else on it
(docs/speed.md).

Three queries however many updates there are: the updates, their pictures, their authors.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext, pgettext

from config.addresses import address_of
from config.jinja2_pieces import macros_of
from config.prepared import Prepared
from pagecache.fragments import remembered_each
from projects.models import Area, columns_in_page_language, text_in_page_language
from projects.rich_html import shown

from .models import StatusUpdate, StatusUpdateImage


@dataclass(frozen=True, slots=True)
class Subject:
    """What an update is about, as its card and teaser name it: kind ("Project", "Target
    area", an area's kind) and name, linked; all empty for the development work as a whole."""

    kind: str = ""
    name: str = ""
    url: str = ""


# The columns about() reads, besides their names in the page's language.
SUBJECT_COLUMNS = (
    "project",
    "theme",
    "area",
    "project__slug",
    "theme__slug",
    "area__slug",
    "area__kind",
)
SUBJECT_NAMES = ("project__title", "theme__name", "area__name")


def about(row, language):
    """What an update read with SUBJECT_COLUMNS is about (templates/jinja2/updates/_about.html
    says it)."""
    if row["project"]:
        name = text_in_page_language(row, "project__title", language)[0]
        return Subject(
            gettext("Project"), name, address_of("projects:detail", row["project__slug"])
        )
    if row["theme"]:
        name = text_in_page_language(row, "theme__name", language)[0]
        return Subject(
            gettext("Target area"), name, address_of("projects:theme", row["theme__slug"])
        )
    if row["area"]:
        name = text_in_page_language(row, "area__name", language)[0]
        # As get_kind_display: the kind's label, or the stored value if it has none.
        kind = capfirst(dict(Area.Kind.choices).get(row["area__kind"], row["area__kind"]))
        return Subject(kind, name, address_of("projects:area", row["area__slug"]))
    return Subject()


@dataclass(slots=True)
class UpdateCard:
    """One status update as its card shows it, in the page's language."""

    pk: int
    url: str
    title: str
    title_language: str  # the site's language where the title is not translated, else ""
    published_at: datetime.datetime  # in the site's time zone
    is_published: bool
    is_visible: bool  # published and its time has come: what residents see
    is_resident_report: bool
    new_status: str
    new_progress: int | None
    body: str  # the text as residents read it (cleaned HTML), "" without one
    body_language: str
    byline: str
    subject: Subject
    images: list = field(default_factory=list)  # StatusUpdateImage, in their order
    authors: list = field(default_factory=list)  # the names of the contact persons who wrote it
    html: str = ""  # the card, rendered
    subject_html: str = ""  # what it is about, rendered, where asked for

    @property
    def is_scheduled(self):
        return self.is_published and not self.is_visible

    @property
    def published_on(self):
        """The day it was published, here (the timeline's date for it)."""
        return self.published_at.date()


def card_rows(updates, with_subject=True):
    """The updates' rows as a card reads them: their columns in the page's language and the
    site's; with with_subject, what each is about too."""
    language = get_language()
    columns = [
        "pk",
        "published_at",
        "is_published",
        "is_resident_report",
        "new_status",
        "new_progress",
        "byline",
        *columns_in_page_language(language, "title", "body", "body_html"),
    ]
    if with_subject:
        columns += [*SUBJECT_COLUMNS, *columns_in_page_language(language, *SUBJECT_NAMES)]
    return updates.values(*columns)


def load_update_cards(updates, with_subject=True):
    """UpdateCards of a queryset of status updates (filtered, ordered and sliced as the
    caller likes), in its order. Without with_subject, what each is about is not read (a
    project's page, where every update is about that project)."""
    return _cards_of_rows(card_rows(updates, with_subject), with_subject)


def _cards_of_rows(rows, with_subject):
    """UpdateCards of card_rows, with their pictures and authors."""
    language = get_language()
    now = timezone.now()
    cards = {}
    for row in rows:
        title, title_language = text_in_page_language(row, "title", language)
        body, body_language = text_in_page_language(row, "body", language)
        cards[row["pk"]] = UpdateCard(
            pk=row["pk"],
            url=address_of("projects:update", row["pk"]),
            title=title,
            title_language=title_language,
            published_at=template_localtime(row["published_at"]),
            is_published=row["is_published"],
            is_visible=row["is_published"] and row["published_at"] <= now,
            is_resident_report=row["is_resident_report"],
            new_status=row["new_status"],
            new_progress=row["new_progress"],
            # As the rich_html filter: the stored copy where it was made from this text.
            body=mark_safe(shown(body, text_in_page_language(row, "body_html", language)[0])),
            body_language=body_language,
            byline=row["byline"],
            subject=about(row, language) if with_subject else Subject(),
        )
    if not cards:
        return []
    # In order, so that the same updates make the same query.
    keys = sorted(cards)
    for image in _pictures_of(updates=keys):
        cards[image.update_id].images.append(image)
    for pk, name in _authors_of(updates=keys):
        cards[pk].authors.append(name)
    return list(cards.values())


# The pictures and authors of a page of cards: prepared (config/prepared.py), as every
# news page and project page made afresh reads them.
_pictures_of = Prepared(lambda updates: StatusUpdateImage.objects.filter(update__in=updates))
_authors_of = Prepared(
    lambda updates: (
        StatusUpdate.authors.through.objects.filter(statusupdate__in=updates)
        .order_by("contactperson__name", "contactperson")
        .values_list("statusupdate", "contactperson__name")
    )
)


# A project's status updates, newest first, on every project page made afresh: prepared.
# Staff see its drafts and scheduled updates too (their cards say so).
_of_a_project = Prepared(
    lambda project, now: card_rows(
        (StatusUpdate.objects.visible(now) if now else StatusUpdate.objects.all()).filter(
            project=project
        ),
        with_subject=False,
    )
)


def project_update_cards(project, preview=False):
    """update_cards of a project's updates residents see (with preview, all of them), as
    its page shows them."""
    rows = _of_a_project(project=project, now=None if preview else timezone.now())
    return _rendered(_cards_of_rows(rows, with_subject=False), heading_level=3)


def update_cards(updates, heading_level=3, on_its_page=False, with_subject=True):
    """The cards of a queryset of status updates, each with its HTML (card.html) and, with
    with_subject, what it is about (card.subject_html), as the pages show them.

    heading_level is the level of each card's title; on_its_page on the update's own page,
    where its title is not a link to it. Staff previews list drafts and scheduled updates:
    their cards say so."""
    cards = load_update_cards(updates, with_subject)
    return _rendered(cards, heading_level, on_its_page, with_subject)


def update_cards_of_rows(rows, heading_level=3):
    """update_cards of card_rows read with what each is about (the news page's)."""
    return _rendered(_cards_of_rows(rows, with_subject=True), heading_level, with_subject=True)


@dataclass(frozen=True)
class KeptCard:
    """A card of the news page as it is kept (pagecache.fragments): its HTML, and that of
    what it is about."""

    html: str
    subject_html: str


def kept_update_cards_of_rows(request, rows, heading_level=3):
    """update_cards_of_rows, each card kept as a piece for everyone (the news page's).

    A page of news that another filter, search or page number showed already, in part or
    whole, takes its cards from the cache in one round trip, and only the others are made,
    their pictures and authors fetched for them alone. A card shows its update, its
    pictures, authors and what it is about, all public content that renews every piece
    when it changes; and the rows are those residents read now, so a scheduled update is
    not kept before it is shown."""
    rows = list(rows)
    row_of = {row["pk"]: row for row in rows}

    def make_missing(wanted):
        cards = update_cards_of_rows([row_of[pk] for pk, _level in wanted], heading_level)
        return {(card.pk, heading_level): KeptCard(card.html, card.subject_html) for card in cards}

    wanted = [(row["pk"], heading_level) for row in rows]
    cards = remembered_each(request, "update-card", wanted, make_missing)
    # Only ever what the card templates rendered, escaped as it was then.
    return [
        KeptCard(mark_safe(cards[item].html), mark_safe(cards[item].subject_html))
        for item in wanted
    ]


def _rendered(cards, heading_level, on_its_page=False, with_subject=False):
    """The cards, each with its HTML (and that of what it is about, with with_subject)."""
    card_html = macros_of(
        "updates/_update_card.html",
        heading_level=heading_level,
        on_its_page=on_its_page,
        written_by=pgettext("before the names of an update's authors", "Written by"),
        and_=pgettext("between the last two names of a list", "and"),
    ).each
    about_html = macros_of("updates/_about.html").each
    for card in cards:
        # Only ever what the templates wrote, escaped there.
        card.html = mark_safe(str(card_html(card)))
        if with_subject:
            card.subject_html = mark_safe(str(about_html(card.subject)))
    return cards
