"""The people of the development work: its steering and advisory groups, and everyone to
contact. Both a page at a time, each group or person naming only its first projects, so
that neither page grows with the number of projects; a fixed number of queries each."""

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from config.subqueries import count_of
from contacts.models import ContactPerson, GroupMember, ProjectContact, SiteContact, SteeringGroup

from .cards import in_card_order
from .models import Project

# A group is its members' table (a dozen rows or so): ten keep a page well under 50 KB.
GROUPS_PER_PAGE = 10
PEOPLE_PER_PAGE = 24
# A group or person working with more (the municipality's own officer, a steering group
# over the whole programme) says how many more: each project's page names them too.
PROJECTS_NAMED_EACH = 8


def a_page_of(request, items, per_page):
    # get_page turns a page number that is not one, or too high, into a page that is.
    return Paginator(items, per_page).get_page(request.GET.get("page"))


@require_safe
def groups_page(request):
    """Every group with its members; each names its most active published projects."""
    groups = SteeringGroup.objects.annotate(
        project_count=count_of(
            SteeringGroup.projects.through.objects.filter(
                steeringgroup=OuterRef("pk"), project__is_published=True
            )
        )
    ).prefetch_related(
        Prefetch("members", queryset=GroupMember.objects.select_related("contact_person")),
        Prefetch(
            "projects",
            queryset=in_card_order(Project.objects.all())[:PROJECTS_NAMED_EACH],
            to_attr="named_projects",
        ),
    )
    page = a_page_of(request, groups.order_by("position", "name", "pk"), GROUPS_PER_PAGE)
    page.object_list = list(page.object_list)
    for group in page.object_list:
        group.more_projects = group.project_count - len(group.named_projects)
    return render(
        request,
        "projects/groups.html",
        {"page": page, "breadcrumbs": [{"title": _("Steering and advisory groups")}]},
    )


@require_safe
def contacts_page(request):
    """The contacts for the whole development work first, then, a page at a time by name,
    everyone with a role in a published project."""
    published_roles = ProjectContact.objects.filter(
        person=OuterRef("pk"), project__is_published=True
    )
    people = (
        ContactPerson.objects.filter(Exists(published_roles))
        .annotate(role_count=count_of(published_roles))
        .prefetch_related(
            Prefetch(
                "project_roles",
                queryset=ProjectContact.objects.filter(project__is_published=True)
                .select_related("project")
                .order_by("project__title", "pk")[:PROJECTS_NAMED_EACH],
                to_attr="roles",
            )
        )
        .order_by("name", "pk")
    )
    page = a_page_of(request, people, PEOPLE_PER_PAGE)
    page.object_list = list(page.object_list)
    for person in page.object_list:
        person.more_roles = person.role_count - len(person.roles)
    return render(
        request,
        "projects/contacts.html",
        {
            "site_contacts": SiteContact.objects.select_related("person"),
            "page": page,
            "breadcrumbs": [{"title": _("Contact")}],
        },
    )
