"""What a project page reads of its project: the project by its address, and what it
shows of each kind (its areas, target areas, partners, pictures, phases, the timeline's
milestones, the funding table, the links, its documents, contacts, actions and steering
groups with their members, its key figures with their values), one query each, put where
prefetch_related would put it.

Every project page made afresh reads them all, so they are prepared queries
(config/prepared.py), compiled once. Its status updates are read as cards (updates.cards).
"""

from django.db.models import F

from config.prepared import Prepared, as_prefetched, as_prefetched_among
from contacts.models import GroupMember, ProjectContact, SteeringGroup
from figures.models import LINE_ORDER, MEASUREMENT_ORDER, Indicator, Line, Measurement

from .models import (
    Area,
    Funding,
    Milestone,
    Partner,
    Phase,
    Project,
    ProjectImage,
    ProjectLink,
    Theme,
    documents_prefetch,
)


def _of_a_project(model, link):
    """Prepared: the model's objects whose `link` is the given project, in their order."""
    return Prepared(lambda project: model._default_manager.filter(**{link: project}))


# project.<name>.all(), each as prefetch_related(name) would read it.
PAGE_RELATIONS = {
    "areas": _of_a_project(Area, "projects"),
    "themes": _of_a_project(Theme, "projects"),
    "partners": _of_a_project(Partner, "project"),
    "images": _of_a_project(ProjectImage, "project"),
    "phases": _of_a_project(Phase, "project"),
    "milestones": _of_a_project(Milestone, "project"),
    "funding": _of_a_project(Funding, "project"),
    "links": _of_a_project(ProjectLink, "project"),
}
# Its sub-projects residents see (a plan's actions), in the order they start.
_sub_projects_of = Prepared(
    lambda project: (
        Project.objects.visible()
        .filter(parent=project)
        .order_by(F("starts_on").asc(nulls_last=True), "title")
    )
)
# Its documents, as documents_prefetch() reads them; its contacts with their persons; its
# steering groups, and their members.
_documents_of = Prepared(lambda project: documents_prefetch().queryset.filter(project=project))
_contacts_of = Prepared(
    lambda project: ProjectContact.objects.select_related("person").filter(project=project)
)
_groups_of = _of_a_project(SteeringGroup, "projects")
_members_of = Prepared(
    lambda groups: GroupMember.objects.select_related("contact_person").filter(group__in=groups)
)
# Its published key figures, with their values and further series, as
# indicators_prefetch() reads them.
_indicators_of = Prepared(lambda project: Indicator.objects.published().filter(project=project))
_measurements_of = Prepared(
    lambda indicators: Measurement.objects.filter(indicator__in=indicators).order_by(
        *MEASUREMENT_ORDER
    )
)
_lines_of = Prepared(
    lambda indicators: Line.objects.filter(indicator__in=indicators).order_by(*LINE_ORDER)
)
# The project with the plan it is part of; staff preview what is not published yet.
_by_address = Prepared(
    lambda slug, preview: (
        (Project.objects.all() if preview else Project.objects.visible())
        .select_related("parent")
        .filter(slug=slug)[:1]
    )
)


def project_by_address(slug, preview=False):
    """The project (published, unless preview) with this slug, or None."""
    found = _by_address(slug=slug, preview=preview)
    return found[0] if found else None


def fetch_page_relations(project):
    """What a project page shows of its project, one query per kind of thing, as
    prefetch_related would put it: project.areas.all() and the rest of PAGE_RELATIONS,
    project.shown_documents, project.contact_roles, project.shown_sub_projects and
    project.steering_groups.all(), each group's members.all() with their persons, and
    its key figures (fetch_key_figures)."""
    pk = project.pk
    for name, prepared in PAGE_RELATIONS.items():
        as_prefetched(project, name, prepared(project=pk))
    as_prefetched(project, "documents", _documents_of(project=pk), "shown_documents")
    as_prefetched(project, "contacts", _contacts_of(project=pk), "contact_roles")
    as_prefetched(project, "sub_projects", _sub_projects_of(project=pk), "shown_sub_projects")
    groups = _groups_of(project=pk)
    as_prefetched_among(groups, "members", _members_of(groups=[group.pk for group in groups]))
    as_prefetched(project, "steering_groups", groups)
    fetch_key_figures(project)


def fetch_key_figures(project):
    """project.published_indicators, each with its measurements.all() and lines.all(), as
    indicators_prefetch() puts them."""
    indicators = _indicators_of(project=project.pk)
    keys = [indicator.pk for indicator in indicators]
    as_prefetched_among(indicators, "measurements", _measurements_of(indicators=keys))
    as_prefetched_among(indicators, "lines", _lines_of(indicators=keys))
    as_prefetched(project, "indicators", indicators, "published_indicators")
