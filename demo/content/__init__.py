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

A rerun of the loader finds what is there by: slug (strategies, areas, themes, projects,
groups, pages), email (people), title (a project's status updates, news, an owner's
documents, meetings, a project's milestones), name (a project's phases, an owner's key
figures), address (a project's links), source (a project's funding), person and role
(site contacts); so these are unique where they are looked up.

A content module defines these names (check(module) says which are missing); any other
name in it (helpers, member lists) is its own business:

LOGIN
    The demo process leader's login (demo_login): a dict with "username",
    "first_name", "last_name" and "email".

SITE
    The site's settings (projects.models.SiteSettings): a dict of its fields:
    "site_name", "tagline", "overview_intro" (HTML), "footer_contact" (HTML: address,
    phone and email as tel: and mailto: links, opening hours), "accessibility_conformance"
    ("full", "partial" or "none"), "accessibility_known_issues" (HTML),
    "accessibility_checked_on" (a date) and "accessibility_contact_email". (An
    "overall_goal" left from before strategies is ignored: it is STRATEGIES' now.)

AREAS
    A list of (slug, name, kind, parent slug or None, description HTML), each after its
    parent. kind is "region", "municipality" or "village": one region, three
    municipalities in it, and villages in each municipality (five in nn).

THEMES
    The target areas of the strategies, in their order: a list of (slug, name,
    description HTML, strategy slug of STRATEGIES). nn has seven: five of the social local
    development strategy, two of the move-here plan. (A theme without the fourth item
    belongs to no strategy.)

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
    (default True), "documents": [document(...)] (see below; an older plain
    (title, heading, [paragraph, ...]) is read as a PDF of kind "other"),
      "parent": the slug of a project earlier in PROJECTS: this one is an action of that
          plan (a sub-project), with "weight" (1-100, default 1) in its weighted progress;
      "progress_from": "own" (default), "mean" or "weighted": a plan's progress set by
          hand or from its sub-projects;
      "milestones": [milestone(...)], see below;
      "funding": [(source, kind, amount Decimal, currency, from year or None, to year or
          None)], kind "municipality", "region", "state", "eu", "private", "foundation"
          or "other", currency "NOK", "SEK", "DKK" or "EUR";
      "links": [(kind, title, address, still or None)], kind "website", "facebook",
          "instagram", "linkedin", "video" or "other"; still (for a video) is
          (picture kind, seed, alt text), drawn as PICTURES below.
    Sub-projects come after their parent, at the end of PROJECTS, so the projects before
    them keep their places (tests name a project by its place in nn).

GROUPS
    Steering groups, boards and networks: a list of (slug, name, kind, description HTML,
    members, project slugs). kind is "steering_group", "advisory_board",
    "junior_advisory_board", "network" or "working_group"; members is a list of
    member(...) (below), or of plain (name, role, represents); role "chair",
    "deputy_chair", "member", "deputy", "secretary", "observer", "adviser" or "other".
    Pupils are named by first name and class only.

TIPS
    Tips from residents for the process leader's inbox: a list of (project slug or None,
    days ago, message, name or "", email or "", wants an answer, wants to get involved,
    state), state "new", "in_progress", "answered", "published" or "spam".

EVENTS
    Meetings: a list of meeting(...) (below), or of plain (title, project slug or None,
    days, start time, end time or None, place, description HTML), the same as meeting()'s
    first seven arguments. Titles are unique: they are what a rerun finds a meeting by.

INDICATORS
    Key figures: a list of (owner kind, owner slug, fields, measurements). owner kind is
    "project" or "theme", the slug one of PROJECTS or THEMES. fields is a dict of
    figures.models.Indicator fields: "name" (unique per owner), "unit", "description",
    "baseline" and "target" (Decimal or None), "baseline_on" and "target_on" (date or
    None), "position" and optionally "measured_every" (months between values, for the
    start page's reminder), and optionally "about" (HTML, a longer explanation), "source"
    and "source_url" (where the numbers come from) and "index_base_year" (the year = 100,
    for an index). measurements is a list of (date, value as a string, note or "").
    An optional fifth item is the further series drawn beside the main one: a list of
    (name, kind, measurements), kind "measured" (e.g. one municipality) or "projected";
    names unique within the key figure.

Since issue 17 a content module also defines these (NEWER_NAMES). nn has them; the loader
skips any a module lacks, until every language has them:

STRATEGIES
    The strategies and plans the target areas belong to, in their order: a list of (slug,
    name, overall goal HTML, starts on, ends on), dates or None. The first one's goal is
    what SITE's "overall_goal" used to be.

SITE_CONTACTS
    Contact persons for the development work as a whole, on the contact page and in the
    footer: a list of (person key of PEOPLE, role, own words for the role or ""). role as
    a project contact's, or "adviser" or "other" (then with the own words).

NEWS
    Status updates about no single project: a list of update(...) with theme= (a slug of
    THEMES), area= (a slug of AREAS) or neither (news about the whole development work).
    Titles are unique among them: a rerun finds them by title.

PAGES
    Pages of their own, each after the page it is under: a list of dicts with "slug",
    "title", "summary" (one sentence), "body" (HTML; may have a table: <table><tbody>
    <tr><th>...</th></tr><tr><td>...</td></tr></tbody></table>), "parent" (the slug of a
    page before it, or None), "theme" (a slug of THEMES, or None), "in_menu" (only for a
    page with no parent), "pictures" (as a project's) and "documents" ([document(...)]).
    Slugs are unique: a rerun finds a page by its slug.

SITE_DOCUMENTS
    Documents of the development work as a whole, in the document library only: a list of
    document(...). A rerun finds them by title.

A day in update(), document(), milestone() and meeting() is a date, or a number of days
from the day the demo is loaded (negative: in the past), for what must stay recent or to
come whenever the demo is loaded.

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


# Defined by nn since issue 17; the loader skips those a module lacks (see above). When
# every language has them, they move into NAMES.
NEWER_NAMES = ("STRATEGIES", "SITE_CONTACTS", "NEWS", "PAGES", "SITE_DOCUMENTS")


class NoDemoContent(LookupError):
    """No demo content in the language asked for; the message says why, for a command."""


def update(
    when,
    title,
    body,
    status="",
    progress=None,
    *,
    draft=False,
    picture=None,
    theme=None,
    area=None,
    authors=(),
    byline="",
    documents=(),
):
    """A status update of a project in PROJECTS, or (in NEWS) about a target area, an area
    or the whole development work.

    when: a date (published at noon that day), or a number of days from the day the demo
        is loaded (negative: in the past), so the front page always has something recent;
        a date or day still to come makes it a scheduled update.
    title, body (HTML): what residents read; titles are unique within a project (in NEWS:
        among NEWS).
    status, progress: the project's new status and progress, if the update sets them
        (an update about no project sets neither).
    draft: True keeps it unpublished.
    picture: (kind, seed, alt text, caption, credit), as a project's pictures, or None.
    theme, area: in NEWS, the slug of the target area (THEMES) or area (AREAS) it is
        about; neither for news about the whole development work.
    authors: person keys of PEOPLE who wrote it, named under it; byline: other authors in
        free text, named after them (e.g. a project group).
    documents: [document(...)] attached to the update.
    """
    return {
        "when": when,
        "title": title,
        "body": body,
        "new_status": status,
        "new_progress": progress,
        "is_published": not draft,
        "picture": picture,
        "theme": theme,
        "area": area,
        "authors": list(authors),
        "byline": byline,
        "documents": list(documents),
    }


def document(title, kind, dated=None, description="", *, url="", pdf=None):
    """A document: a one-page PDF the loader writes, or a link to one elsewhere.

    title: what residents see; unique within its owner (a rerun finds it by title).
    kind: "plan", "decision", "consultation", "agenda", "minutes", "report" or "other".
    dated: the document's own date (a day, see above), or None.
    description: one sentence on what is in it, or "".
    url: where it is, for a link (e.g. a case in the records system, at example.org);
    pdf: or (heading, [paragraph, ...]) in plain text, written as a one-page PDF (its
        fonts cover Western European letters only).
    """
    if bool(url) == bool(pdf):
        raise ValueError(f"Document {title!r}: give a url or a pdf, not both or neither.")
    return {
        "title": title,
        "kind": kind,
        "dated": dated,
        "description": description,
        "url": url,
        "pdf": pdf,
    }


def milestone(
    title,
    kind,
    *,
    planned=None,
    happened=None,
    until=None,
    description="",
    case_number="",
    case_url="",
):
    """A dated step of a project: kind "decision", "consultation", "opening" or "other".

    planned, happened, until (a consultation's last day): days (see above) or None;
    planned or happened is needed. description: one sentence or "". case_number and
    case_url: the case in the municipality's records (an example.org address). Titles are
    unique within a project.
    """
    if planned is None and happened is None:
        raise ValueError(f"Milestone {title!r}: give a planned or a happened day.")
    return {
        "title": title,
        "kind": kind,
        "planned": planned,
        "happened": happened,
        "until": until,
        "description": description,
        "case_number": case_number,
        "case_url": case_url,
    }


def member(name, role, represents, *, role_other="", term=(None, None), portrait=None):
    """A member of a group in GROUPS. role: see GROUPS; role_other: the role in own words,
    for role "other". term: (member from, member until), each a date or None. portrait: a
    seed for a portrait of the initials, or None."""
    return {
        "name": name,
        "role": role,
        "represents": represents,
        "role_other": role_other,
        "term_starts_on": term[0],
        "term_ends_on": term[1],
        "portrait": portrait,
    }


def meeting(
    title,
    projects,
    days,
    starts,
    ends,
    place,
    description,
    *,
    audience="open",
    organiser=None,
    sign_up="",
    sign_up_by=None,
    outcome="",
    attendance=None,
    documents=(),
):
    """A meeting in EVENTS.

    title: unique among the meetings. projects: a project slug, a list of them, or None (a
        meeting about the development work as a whole). days: from the day the demo is
        loaded (negative: held). starts, ends: times (ends may be None). place: as
        residents know it. description: HTML.
    audience: "open" (to all) or "invited". organiser: a person key of PEOPLE, or None.
    sign_up: where residents sign up (an example.org address) or ""; sign_up_by: (days,
        time) when the sign-up closes, before the meeting starts.
    outcome (HTML) and attendance (a number): for a held meeting, what came out of it and
        about how many took part.
    documents: [document(...)], e.g. the agenda or the minutes.
    """
    if isinstance(projects, str):
        projects = [projects]
    return {
        "title": title,
        "projects": list(projects or []),
        "days": days,
        "starts": starts,
        "ends": ends,
        "place": place,
        "description": description,
        "audience": audience,
        "organiser": organiser,
        "sign_up": sign_up,
        "sign_up_by": sign_up_by,
        "outcome": outcome,
        "attendance": attendance,
        "documents": list(documents),
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


def check_newer(module):
    """The names of NEWER_NAMES that a content module does not define yet."""
    return [name for name in NEWER_NAMES if not hasattr(module, name)]
