"""Filters of lists, all in the URL: the overview's (status, area, theme, free text and
order) and the news page's (project, area)."""

from urllib.parse import urlencode

from django import forms
from django.db import connection
from django.db.models import F
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from pagecache.fragments import remembered

from .models import Area, Status, Theme

SORTS = {
    "": ["-is_featured", F("last_activity_at").desc(nulls_last=True), "title"],
    "title": ["title"],
    "start": [F("starts_on").desc(nulls_last=True), "title"],
}


def area_tree():
    """Areas as a tree: each under its parent, indented, so a village sits in its municipality.
    Returns the choices and each area's id by slug."""
    children, ids = {}, {}
    for pk, name, slug, parent_id in Area.objects.values_list("pk", "name", "slug", "parent_id"):
        children.setdefault(parent_id, []).append((name, slug, pk))
        ids[slug] = pk
    choices = []

    def add(parent_id, depth):
        for name, slug, pk in sorted(children.get(parent_id, []), key=lambda area: area[0]):
            choices.append((slug, "\u2003" * depth + name))
            add(pk, depth + 1)

    add(None, 0)
    return choices, ids


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


class ProjectFilterForm(FilterForm):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        strip=True,
        widget=forms.SearchInput(attrs={"autocomplete": "off", "enterkeyhint": "search"}),
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *Status.choices]
    )
    area = forms.ChoiceField(label=_("Area"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    sort = forms.ChoiceField(
        label=pgettext_lazy("the order of a list", "Order"),
        required=False,
        choices=[("", _("Latest activity")), ("title", _("Title")), ("start", _("Start date"))],
    )

    everything_label = {"area": _("All areas"), "theme": _("All themes")}


class ProjectFilter(UrlFilter):
    """The overview's filters: status, area, theme, free text and order."""

    form_class = ProjectFilterForm
    name = "project-filter"

    def choices_for(self, request):
        areas, self.area_ids = remembered(request, "area-tree", area_tree)
        themes = remembered(
            request, "themes", lambda: list(Theme.objects.values_list("slug", "name"))
        )
        return {"area": areas, "theme": themes}

    @property
    def is_filtered(self):
        return any(self.value(name) for name in ["q", "status", "area", "theme"])

    def apply(self, projects):
        if status := self.value("status"):
            projects = projects.with_status(status)
        if area_id := self.area_ids.get(self.value("area")):
            projects = projects.in_area(Area(pk=area_id))  # the id is all it needs
        if theme := self.value("theme"):
            projects = projects.filter(themes__slug=theme)
        order = SORTS[self.value("sort")]
        if text := self.value("q"):
            projects = projects.search(text)
            if not self.value("sort") and connection.vendor == "postgresql":
                order = ["-rank", *order]
        return projects.order_by(*order)


class NewsFilterForm(FilterForm):
    project = forms.ChoiceField(label=_("Project"), required=False)
    area = forms.ChoiceField(label=_("Area"), required=False)

    everything_label = {"project": _("All projects"), "area": _("All areas")}


class NewsFilter(UrlFilter):
    """The news page: updates of one project, or of one area (and the areas inside it)."""

    form_class = NewsFilterForm
    name = "news-filter"

    def choices_for(self, request):
        from .models import Project

        areas, self.area_ids = remembered(request, "area-tree", area_tree)
        projects = remembered(
            request,
            "project-choices",
            lambda: list(
                Project.objects.visible().order_by("title").values_list("pk", "slug", "title")
            ),
        )
        self.project_ids = {slug: pk for pk, slug, _title in projects}
        return {"project": [(slug, title) for _pk, slug, title in projects], "area": areas}

    @property
    def is_filtered(self):
        return bool(self.value("project") or self.value("area"))

    def apply(self, updates):
        from .models import Project

        if project_id := self.project_ids.get(self.value("project")):
            updates = updates.filter(project_id=project_id)
        if area_id := self.area_ids.get(self.value("area")):
            in_area = Project.objects.in_area(Area(pk=area_id))
            updates = updates.filter(project__in=in_area.values("pk"))
        return updates
