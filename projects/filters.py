"""Filters of lists, all in the URL: the overview's (status, area, theme, free text and
order) and the news page's (what it is about, target area, area, words; one project when
a link names it)."""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from config.forms import PlainSelect
from config.prepared import Prepared
from pagecache.fragments import remembered
from updates.cards import card_rows
from updates.models import StatusUpdate

from . import text_search
from .models import Area, Project, Status, Strategy, Theme, in_page_language
from .paging import CountedAsFarAsNeeded, PagesRead

# Each ends in the id: a total order, so that no project is on two pages or on none.
SORTS = {
    "": ["-is_featured", F("last_activity_at").desc(nulls_last=True), "title", "pk"],
    "title": ["title", "pk"],
    "start": [F("starts_on").desc(nulls_last=True), "title", "pk"],
}


# The filters' choices, read by every overview and news page made afresh: prepared
# (config/prepared.py). Names in the page's language, else the site's.
_areas = Prepared(
    lambda: Area.objects.annotate(shown_name=in_page_language("name")).values_list(
        "pk", "shown_name", "slug", "parent_id"
    )
)
_visible_themes = Prepared(
    lambda: (
        Theme.objects.visible()
        .annotate(shown_name=in_page_language("name"))
        .values_list("slug", "shown_name")
    )
)
_visible_strategies = Prepared(lambda: Strategy.objects.visible())
_themes = Prepared(
    lambda: Theme.objects.annotate(shown_name=in_page_language("name")).values_list(
        "pk", "slug", "shown_name"
    )
)


def area_tree():
    """Areas as a tree: each under its parent, indented, so a village sits in its municipality.
    Returns the choices, and by slug the ids of the area and of every area inside it (what
    a filter by the area finds projects and news filed under)."""
    children, within = {}, {}
    for pk, name, slug, parent_id in _areas():
        children.setdefault(parent_id, []).append((name, slug, pk))
    choices = []

    def add(parent_id, depth):
        """Adds the areas under parent_id; returns their ids and those inside them."""
        below = []
        for name, slug, pk in sorted(children.get(parent_id, []), key=lambda area: area[0]):
            choices.append((slug, "\u2003" * depth + name))
            within[slug] = [pk, *add(pk, depth + 1)]
            below += within[slug]
        return below

    add(None, 0)
    return choices, within


class UrlFilter:
    """The filters of a list, from the URL's query: bad values are simply left out.

    What the form (form_class) makes of the values given is kept per query under the
    request's content generation, and the form itself is made only when it is shown: a
    page made afresh usually finds both its values and the form's HTML kept
    (pagecache/fragments.py), so it builds no form at all.
    """

    form_class = None  # a FilterForm
    name = None  # what its kept values are filed under

    def __init__(self, data, request=None):
        self.data = data
        self.request = request
        self.choices = self.choices_for(request)

    def choices_for(self, request):
        """What the form's lists offer: {field name: [(value, label), ...]}."""
        return {}

    @cached_property
    def form(self):
        return self.form_class(self.data, choices=self.choices)

    @cached_property
    def given(self):
        return tuple(self.data.get(name, "") for name in self.form_class.base_fields)

    @cached_property
    def values(self):
        """{field name: its valid value, or ""}."""

        def cleaned():
            self.form.is_valid()
            return {name: self.form.cleaned_data.get(name) or "" for name in self.form.fields}

        return remembered(self.request, f"{self.name}-values", cleaned, *self.given)

    def value(self, name):
        return self.values[name]

    @property
    def valid_as_given(self):
        """The values as given, when each is valid as it stands (the form then looks the
        same for everyone who gave them); else None."""
        return self.given if self.given == tuple(self.values.values()) else None

    def query_string(self, **changes):
        """This filter's URL parameters, with some changed (e.g. another page)."""
        params = self.values | changes
        return urlencode({key: value for key, value in params.items() if value})


class FilterForm(forms.Form):
    """A GET form whose lists are given as {field name: [(value, label), ...]}, each
    after its "all" entry (everything_label)."""

    everything_label = {}

    def __init__(self, data, choices):
        super().__init__(data, label_suffix="")
        for name, items in choices.items():
            self.fields[name].choices = [("", self.everything_label[name]), *items]


def choice_field(label, choices=()):
    """A list to choose from, or "" for all; written without templates (PlainSelect)."""
    return forms.ChoiceField(label=label, required=False, choices=choices, widget=PlainSelect)


def search_field():
    return forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        strip=True,
        widget=forms.SearchInput(attrs={"autocomplete": "off", "enterkeyhint": "search"}),
    )


class ProjectFilterForm(FilterForm):
    q = search_field()
    status = choice_field(_("Status"), [("", _("All statuses")), *Status.choices])
    area = choice_field(_("Area"))
    theme = choice_field(_("Theme"))
    strategy = choice_field(_("Strategy"))
    sort = choice_field(
        pgettext_lazy("the order of a list", "Order"),
        [("", _("Latest activity")), ("title", _("Title")), ("start", _("Start date"))],
    )

    everything_label = {
        "area": _("All areas"),
        "theme": _("All themes"),
        "strategy": _("All strategies"),
    }

    def __init__(self, data, choices):
        super().__init__(data, choices)
        if "strategy" not in choices:
            del self.fields["strategy"]  # one strategy or none: nothing to choose


class ProjectFilter(UrlFilter):
    """The overview's filters: status, area, theme, strategy (when there is more than one),
    free text and order.

    Unfiltered, the overview lists top-level projects only (a plan, not each of its
    actions); any filter or search finds sub-projects as well, each card saying what it
    is part of.
    """

    form_class = ProjectFilterForm
    name = "project-filter"
    strategy_ids = {}

    def choices_for(self, request):
        areas, self.areas_within = remembered(request, "area-tree", area_tree)
        themes = remembered(request, "themes", _visible_themes)
        # The overview shows their goals too: one query serves both.
        self.strategies = remembered(request, "visible-strategies", _visible_strategies)
        choices = {"area": areas, "theme": themes}
        if len(self.strategies) > 1:
            self.strategy_ids = {strategy.slug: strategy.pk for strategy in self.strategies}
            choices["strategy"] = [(strategy.slug, strategy.name) for strategy in self.strategies]
        return choices

    @cached_property
    def given(self):
        # Without strategies to choose from, the form has no such field, nor values one.
        fields = [
            name
            for name in self.form_class.base_fields
            if name != "strategy" or name in self.choices
        ]
        return tuple(self.data.get(name, "") for name in fields)

    @property
    def in_use(self):
        """How many filters are in use (the order is none)."""
        names = ["q", "status", "area", "theme", "strategy"]
        return sum(1 for name in names if self.values.get(name))

    @property
    def is_filtered(self):
        return self.in_use > 0

    @property
    def opens_the_form(self):
        """Whether the folded form starts open: when it holds a choice in use that nothing
        else on the page shows (the status links show the status; the form stays folded
        for them, so that the projects stay on a phone's first screen)."""
        return any(self.values.get(name) for name in ["q", "area", "theme", "strategy", "sort"])

    def chosen(self, top_level=True):
        """What the filters choose, but the words searched for, as plain values (None where
        nothing is chosen): the arguments of matching_projects()."""
        return {
            # Unfiltered, only the top level (a plan's actions under their plan).
            "top_level": top_level and not self.is_filtered,
            "status": self.value("status") or None,
            "area_ids": self.areas_within.get(self.value("area")),
            "theme": self.value("theme") or None,
            "strategy_id": self.strategy_ids.get(self.values.get("strategy")),
            "sort": self.value("sort"),
        }

    def apply(self, projects, top_level=True):
        """The projects the filters choose, in their order; unfiltered, only the top level
        (a plan's actions under their plan) unless top_level=False."""
        return matching_projects(projects, text=self.value("q"), **self.chosen(top_level))

    def page_of_keys(self, asked_for, per_page):
        """{"ids", "count", "number"}: the keys of the projects on the page asked for (the
        last if it is past the end, the first if it is no page number), how many match,
        and the page's number. Never the order of every project, which grows with them.

        Counted and read by prepared queries (config/prepared.py), one shape per choice of
        filters and page, and per number of words searched for, which reach the database
        as arguments (search_arguments). A search the index cannot answer alone (a word of
        one or two letters, on SQLite) is built for each request."""
        chosen = self.chosen()
        text = self.value("q")
        if text:
            searched = search_arguments(text)
            if searched is None:
                matching = self.apply(Project.objects.visible()).values_list("pk", flat=True)
                page = Paginator(matching, per_page).get_page(asked_for)
                count = page.paginator.count
                return {"ids": list(page.object_list), "count": count, "number": page.number}
            chosen |= searched
        count = _count_of_matching(**chosen)
        page = Paginator(range(count), per_page).get_page(asked_for)
        first = (page.number - 1) * per_page
        ids = _keys_of_matching(first=first, per_page=per_page, **chosen)
        return {"ids": ids, "count": count, "number": page.number}


def matching_projects(
    projects,
    *,
    top_level=False,
    status=None,
    area_ids=None,
    theme=None,
    strategy_id=None,
    sort="",
    text="",
    stemmed=None,
    in_projects=None,
    in_news=None,
    now=None,
):
    """The projects chosen (ProjectFilter.chosen), in the order chosen: only the top
    level, in a status, filed under any of the areas, in a target area (its slug), in
    a strategy's target areas, matching words: the text, or search_arguments()."""
    if top_level:
        projects = projects.top_level()
    if status:
        projects = projects.with_status(status)
    if area_ids:
        projects = projects.in_areas(area_ids)
    if theme:
        projects = projects.filter(themes__slug=theme)
    if strategy_id:
        projects = projects.in_strategy(Strategy(pk=strategy_id))  # the id is all it needs
    order = SORTS[sort]
    if text:
        projects = projects.search(text)
    elif stemmed:
        projects = projects.search_stemmed(stemmed, now)
    elif in_projects:
        projects = projects.search_indexed(in_projects, in_news, now)
    if (text or stemmed) and not sort and connection.vendor == "postgresql":
        order = ["-rank", *order]
    return projects.order_by(*order)


def search_arguments(text):
    """The words searched for as a prepared query's arguments (matching_projects): the text
    for PostgreSQL's full-text search, or a pair of FTS5 terms per word for SQLite's
    indexes; None when a word is too short for them."""
    text = text_search.searched_text(text)
    now = timezone.now()
    if connection.vendor == "postgresql":
        return {"stemmed": text, "now": now}
    terms = text_search.search_terms(text)
    return None if terms is None else terms | {"now": now}


# The overview's count and page of keys, for every overview made afresh without a search.
# The count reads the indexes alone (tests/test_work_growth.py), as Django's count() does.
_count_of_matching = Prepared(
    lambda **chosen: matching_projects(Project.objects.visible(), **chosen).order_by().values("pk"),
    fixed=("sort",),
    counted=True,
)
_keys_of_matching = Prepared(
    lambda first, per_page, **chosen: matching_projects(
        Project.objects.visible(), **chosen
    ).values_list("pk", flat=True)[first : first + per_page],
    fixed=("sort", "first", "per_page"),
)


class NewsFilterForm(FilterForm):
    q = search_field()
    about = choice_field(
        _("About"),
        [
            ("", _("Everything")),
            ("site", _("The development work as a whole")),
            ("theme", _("Target areas")),
            ("area", _("Areas")),
            ("project", _("Projects")),
        ],
    )
    theme = choice_field(_("Target area"))
    area = choice_field(_("Area"))
    # Not offered as a list (it would grow with every project): links from before, and
    # those to one project's news, still give it, by the project's short name or its id.
    project = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)

    everything_label = {
        "theme": _("All target areas"),
        "area": _("All areas"),
    }


class NewsFilter(UrlFilter):
    """The news page: by what the news is about (the development work as a whole, target
    areas, areas or projects), by one target area or area, each with its projects' news
    (an area with the areas inside it too), and by words in the news or its project's
    name. One project's news is found from a link (?project=), not from a list: a list of
    every project would grow the page with each one added."""

    form_class = NewsFilterForm
    name = "news-filter"

    def choices_for(self, request):
        areas, self.areas_within = remembered(request, "area-tree", area_tree)
        themes = remembered(request, "news-themes", _themes)
        self.theme_ids = {slug: pk for pk, slug, _name in themes}
        return {"theme": [(slug, name) for _pk, slug, name in themes], "area": areas}

    @cached_property
    def project(self):
        """(id, title) of the published project ?project= names by short name or id, or
        None."""
        given = self.value("project")
        if not given:
            return None

        def find():
            named = Q(slug=given)
            # A number too long for any id is only looked up as a short name.
            if given.isascii() and given.isdigit() and len(given) < 16:
                named |= Q(pk=int(given))
            found = Project.objects.visible().filter(named).values_list("pk", "title")
            return found.first() or ()

        return remembered(self.request, "news-project", find, given) or None

    @property
    def is_filtered(self):
        return bool(
            any(self.value(name) for name in ["q", "about", "theme", "area"]) or self.project
        )

    @property
    def without_project(self):
        """The query with every filter but the project's."""
        return self.query_string(project="")

    def chosen(self):
        """What the filters choose, but the words searched for, as plain values (None where
        nothing is chosen): the arguments of matching_updates()."""
        return {
            "about": self.value("about") or None,
            "theme_id": self.theme_ids.get(self.value("theme")),
            "area_ids": self.areas_within.get(self.value("area")),
            "project_id": self.project[0] if self.project else None,
        }

    def apply(self, updates):
        return matching_updates(updates, text=self.value("q"), **self.chosen())

    def page_of_rows(self, asked_for, per_page, now):
        """The page asked for (projects.paging.CountedAsFarAsNeeded) of the news residents
        read at `now` that the filters choose, newest first, as card rows
        (updates.cards.card_rows).

        Counted and read by prepared queries (config/prepared.py), one shape per choice of
        filters and page; a search for words, which the database is asked about in the
        words' own terms, is built for each request."""
        if self.value("q"):
            updates = self.apply(StatusUpdate.objects.public(now))
            page = CountedAsFarAsNeeded(updates, per_page, asked_for).get_page(asked_for)
            page.object_list = list(card_rows(page.object_list))
            return page
        chosen = self.chosen() | {"now": now}
        return CountedAsFarAsNeeded(
            PagesRead(lambda first, count: _news_rows(first=first, count=count, **chosen)),
            per_page,
            asked_for,
            count_up_to=lambda limit: _news_count(limit=limit, **chosen),
        ).get_page(asked_for)


def matching_updates(
    updates, *, about=None, theme_id=None, area_ids=None, project_id=None, text=""
):
    """The updates chosen (NewsFilter.chosen): about one kind of thing, about a target area
    and its projects, about any of the areas or their projects, of one project, with the
    words in them or in their project's name."""
    if about:
        updates = updates.about_kind(about)
    if theme_id:
        updates = updates.about_theme(theme_id, with_projects=True)
    if area_ids:
        updates = updates.about_areas(area_ids)
    if project_id:
        updates = updates.filter(project_id=project_id)
    if text:
        updates = updates.search(text, fields=("title", "body", "project__title"))
    return updates


# The news page's count and page of rows, for every news page made afresh without a
# search: as many as there are up to `limit`, as Django's count() of a slice counts them.
_news_count = Prepared(
    lambda limit, now, **chosen: (
        matching_updates(StatusUpdate.objects.public(now), **chosen).order_by().values("pk")[:limit]
    ),
    # What the news is about names a column (about_kind): part of the query's shape.
    fixed=("limit", "about"),
    counted=True,
)
_news_rows = Prepared(
    lambda first, count, now, **chosen: card_rows(
        matching_updates(StatusUpdate.objects.public(now), **chosen)[first : first + count]
    ),
    fixed=("first", "count", "about"),
)


class DocumentFilterForm(FilterForm):
    project = choice_field(_("Project"))
    kind = choice_field(_("Kind of document"))
    year = choice_field(_("Year"))

    everything_label = {
        "project": _("All projects"),
        "kind": _("All kinds"),
        "year": _("All years"),
    }


class DocumentFilter(UrlFilter):
    """The document library: documents of one project (with its updates' and meetings'),
    of one kind, from one year."""

    form_class = DocumentFilterForm
    name = "document-filter"

    def choices_for(self, request):
        from .models import Document

        def projects_with_documents():
            projects = Document.objects.visible().projects().order_by("title")
            return list(projects.values_list("pk", "slug", "title"))

        projects = remembered(request, "document-project-choices", projects_with_documents)
        self.project_ids = {slug: pk for pk, slug, _title in projects}
        years = remembered(
            request, "document-years", lambda: list(Document.objects.visible().years())
        )
        return {
            "project": [(slug, title) for _pk, slug, title in projects],
            "kind": list(Document.Kind.choices),
            "year": [(str(year), str(year)) for year in years if year],
        }

    @property
    def is_filtered(self):
        return any(self.value(name) for name in ["project", "kind", "year"])

    def apply(self, documents):
        if project_id := self.project_ids.get(self.value("project")):
            documents = documents.of_project(project_id)
        if kind := self.value("kind"):
            documents = documents.filter(kind_of_document=kind)
        if year := self.value("year"):
            documents = documents.in_year(int(year))
        return documents
