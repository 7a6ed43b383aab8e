"""The overview's filters: status, area, theme, free text and order, all in the URL."""

from urllib.parse import urlencode

from django import forms
from django.db import connection
from django.db.models import F
from django.utils.translation import gettext_lazy as _

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
    areas = list(Area.objects.values_list("pk", "name", "slug", "parent_id"))
    children = {}
    for area in areas:
        children.setdefault(area[3], []).append(area)
    choices = []

    def add(parent_id, depth):
        for pk, name, slug, _parent_id in sorted(children.get(parent_id, []), key=lambda a: a[1]):
            choices.append((slug, "\u2003" * depth + name))
            add(pk, depth + 1)

    add(None, 0)
    return choices, {slug: pk for pk, _name, slug, _parent_id in areas}


def area_choices(request=None):
    """The area tree with "all areas" first, and each area's id by slug; kept as a
    fragment under the request's content generation."""
    choices, area_ids = remembered(request, "area-tree", area_tree)
    return [("", _("All areas")), *choices], area_ids


class UrlFilter(forms.Form):
    """A GET form whose valid values filter a list; bad values are simply left out."""

    def __init__(self, data=None):
        super().__init__(data, label_suffix="")

    def value(self, name):
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return self.cleaned_data.get(name) or ""

    @property
    def valid_as_given(self):
        """The values as given, when each is valid as it stands (the form then looks the
        same for everyone who gave them); else None."""
        given = tuple(self.data.get(name, "") for name in self.fields)
        return given if given == tuple(self.value(name) for name in self.fields) else None

    def query_string(self, **changes):
        """This filter's URL parameters, with some changed (e.g. another page)."""
        params = {name: self.value(name) for name in self.fields} | changes
        return urlencode({key: value for key, value in params.items() if value})


class ProjectFilter(UrlFilter):
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
        label=_("Order"),
        required=False,
        choices=[("", _("Latest activity")), ("title", _("Title")), ("start", _("Start date"))],
    )

    def __init__(self, data=None, request=None):
        super().__init__(data)
        self.fields["area"].choices, self.area_ids = area_choices(request)
        themes = remembered(
            request, "themes", lambda: list(Theme.objects.values_list("slug", "name"))
        )
        self.fields["theme"].choices = [("", _("All themes")), *themes]

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


class NewsFilter(UrlFilter):
    """The news page: updates of one project, or of one area (and the areas inside it)."""

    project = forms.ChoiceField(label=_("Project"), required=False)
    area = forms.ChoiceField(label=_("Area"), required=False)

    def __init__(self, data=None, request=None):
        from .models import Project

        super().__init__(data)
        self.fields["area"].choices, self.area_ids = area_choices(request)
        projects = remembered(
            request,
            "project-choices",
            lambda: list(
                Project.objects.visible().order_by("title").values_list("pk", "slug", "title")
            ),
        )
        self.project_ids = {slug: pk for pk, slug, _title in projects}
        self.fields["project"].choices = [("", _("All projects"))] + [
            (slug, title) for _pk, slug, title in projects
        ]

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
