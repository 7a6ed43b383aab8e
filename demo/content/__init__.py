"""What the demo says, one module per language: demo/content/<code>.py, for nn, nb, sv, da
and en. for_language(code) returns the module; the loader (demo/loader.py) and demo_login
read nothing else, so everything a resident or the process leader reads in the demo is
here, and nothing in any other file is in a language (but for the benchmark's generated
projects, demo/generated.py: Nynorsk in every language).

nn.py is the original: a fictional cooperation of three municipalities by a fjord. Write
another language as a translation of it, to the same shape: the same areas, themes,
people, projects, groups, tips, meetings and key figures, in the same order, with the
same kinds, statuses, roles, sectors, states, numbers, dates, picture kinds and seeds;
names, slugs, texts, places and addresses in the language. Every place, person, phone
number and email is invented: emails at example.org, phone numbers that reach no one
(nn's are +47 555 ...).

Texts marked HTML are rich text as the admin's editor writes it: <p>, <h2>, <ul>/<li>,
<strong>, <em>, <a href>. Dates are datetime.date, times datetime.time, numbers in key
figures decimal.Decimal (or a string Decimal reads, in measurements). A slug is
lowercase ASCII letters, digits and hyphens, unique among its kind; it is part of the
page's address, so it is in the language too. A person key only links a person to the
projects in PROJECTS and may be anything.

A rerun of the loader finds what is there by: slug (areas, themes, projects, groups),
email (people), title (a project's status updates and documents, meetings), name (a
project's phases, an owner's key figures); so these are unique where they are looked up.

A content module defines these names (check(module) says which are missing); any other
name in it (helpers, member lists) is its own business:

LOGIN
    The demo process leader's login (demo_login): a dict with "username",
    "first_name", "last_name" and "email".

SITE
    The site's settings (projects.models.SiteSettings): a dict of its fields:
    "site_name", "tagline", "overview_intro" (HTML), "overall_goal" (HTML),
    "footer_contact" (HTML: address, phone and email as tel: and mailto: links, opening
    hours), "accessibility_conformance" ("full", "partial" or "none"),
    "accessibility_known_issues" (HTML), "accessibility_checked_on" (a date) and
    "accessibility_contact_email".

AREAS
    A list of (slug, name, kind, parent slug or None, description HTML), each after its
    parent. kind is "region", "municipality" or "village": one region, three
    municipalities in it, and villages in each municipality (five in nn).

THEMES
    The target areas of the social local development strategy, in their order: a list of
    (slug, name, description HTML). nn has five.

PEOPLE
    The contact persons: a dict of person key -> (name, job title, organisation, direct
    phone or "", mobile or "", email). Each gets a portrait of their initials (the first
    letters of the name's first two words). Every person has a role in a project.

PROJECTS
    A list of dicts, one a project. Required keys:
      "slug", "title", "summary" (one or two sentences), "body" (HTML),
      "how_to_get_involved" (HTML, may be ""), "lead_organisation",
      "status" ("idea", "planned", "ongoing", "paused", "completed" or "cancelled"),
      "progress" (0-100 or None), "starts_on" (a date or None),
      "areas" and "themes" (lists of slugs of AREAS and THEMES),
      "partners": [(name, sector)], sector "public", "private" or "voluntary";
      "phases": [(name, starts_on, ends_on or None, description HTML)];
      "contacts": [(person key of PEOPLE, role)], role "project_leader",
          "process_leader", "coordinator", "contact" or "press";
      "pictures": [(kind, seed, alt text, caption, credit)], the first one the cover;
          see PICTURES below;
      "updates": [update(...)], the status updates, oldest first: update() is below
          (from . import update).
    Optional keys: "ends_on" (a date), "is_featured" (default False), "is_published"
    (default True), "documents": [(title, heading, [paragraph, ...])], each written as a
    one-page PDF (plain text; the PDF's fonts cover Western European letters only).

GROUPS
    Steering groups, boards and networks: a list of (slug, name, kind, description HTML,
    members, project slugs). kind is "steering_group", "advisory_board",
    "junior_advisory_board", "network" or "working_group"; members is a list of
    (name, role, represents), role "chair", "deputy_chair", "member" or "secretary".
    Pupils are named by first name and class only.

TIPS
    Tips from residents for the process leader's inbox: a list of (project slug or None,
    days ago, message, name or "", email or "", wants an answer, wants to get involved,
    state), state "new", "in_progress", "answered", "published" or "spam".

EVENTS
    Meetings: a list of (title, project slug or None, days from the day the demo is loaded
    (negative: held), start time, end time or None, place, description HTML). Titles are
    unique: they are what a rerun finds a meeting by.

INDICATORS
    Key figures: a list of (owner kind, owner slug, fields, measurements). owner kind is
    "project" or "theme", the slug one of PROJECTS or THEMES. fields is a dict of
    figures.models.Indicator fields: "name" (unique per owner), "unit", "description",
    "baseline" and "target" (Decimal or None), "baseline_on" and "target_on" (date or
    None), "position" and optionally "measured_every" (months between values, for the
    start page's reminder). measurements is a list of (date, value as a string, note or "").

PICTURES are drawn by demo/pictures.py, the same picture for the same kind and seed, so
a text about one can be exact. The kinds, and what every picture of a kind shows:
fjord (a fjord between high snow-topped mountains, houses along the shore, a white
boat), village (houses on a green hillside, a road through the village, people
walking), quay (a quay with a large yellow warehouse and red boathouses by the fjord,
mountains behind), trail (a path through a green meadow towards high mountains, pines,
hikers with rucksacks), farms (farms with white farmhouses and red barns on a green
hillside under high mountains), school (a two-storey school, the Norwegian flag on its
flagpole, children in the playground), building_site (an excavator and the timber frame
of a new house), road (a bus on a road along the fjord, a bus stop, mountains behind)
and meeting (people round a table in a meeting room, a board full of notes, a window to
the fjord). Keep nn's kinds and seeds; translate its alternative texts.
"""

import importlib

from django.conf import settings
from django.utils import translation

# What every content module defines; see above.
NAMES = (
    "LOGIN",
    "SITE",
    "AREAS",
    "THEMES",
    "PEOPLE",
    "PROJECTS",
    "GROUPS",
    "TIPS",
    "EVENTS",
    "INDICATORS",
)


class NoDemoContent(LookupError):
    """No demo content in the language asked for; the message says why, for a command."""


def update(when, title, body, status="", progress=None, *, draft=False, picture=None):
    """A status update of a project in PROJECTS.

    when: a date (published at noon that day), or a number of days from the day the demo
        is loaded (negative: in the past), so the front page always has something recent;
        a date or day still to come makes it a scheduled update.
    title, body (HTML): what residents read; titles are unique within a project.
    status, progress: the project's new status and progress, if the update sets them.
    draft: True keeps it unpublished.
    picture: (kind, seed, alt text, caption, credit), as a project's pictures, or None.
    """
    return {
        "when": when,
        "title": title,
        "body": body,
        "new_status": status,
        "new_progress": progress,
        "is_published": not draft,
        "picture": picture,
    }


def languages():
    """The languages a demo can be in: those the site can speak."""
    return list(settings.SITE_LANGUAGES)


def language_name(code):
    with translation.override("en"):
        return str(settings.SITE_LANGUAGES[code])


def for_language(code):
    """The content module of a language; NoDemoContent if it has none (yet)."""
    if code not in languages():
        raise NoDemoContent(
            f"There is no language {code!r} for the demo: choose one of {', '.join(languages())}."
        )
    name = f"{__name__}.{code}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        raise NoDemoContent(
            f"Demo content in {language_name(code)} ({code}) is not written yet: "
            f"demo/content/{code}.py is missing."
        ) from None
    if missing := check(module):
        raise NoDemoContent(
            f"Demo content in {language_name(code)} ({code}) is not complete: "
            f"demo/content/{code}.py lacks {', '.join(missing)}."
        )
    return module


def check(module):
    """The names of NAMES that a content module does not define."""
    return [name for name in NAMES if not hasattr(module, name)]
