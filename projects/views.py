"""The pages residents read: the overview of all projects, and a page per project."""

from collections import Counter

from django.db.models import OuterRef, Prefetch, Subquery
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from contacts.models import GroupMember, ProjectContact, SteeringGroup
from tips.forms import TipForm
from updates.models import StatusUpdate

from .models import Project, ProjectImage, Status

LATEST_UPDATES_ON_OVERVIEW = 5


def card_pictures():
    """One picture per project for its card: the cover, else the first picture.

    A correlated subquery picks it inside the single prefetch query, so the overview
    costs the same however many projects and pictures there are.
    """
    first_choice = (
        ProjectImage.objects.filter(project=OuterRef("project"))
        .order_by("-is_cover", "position", "pk")
        .values("pk")[:1]
    )
    return Prefetch(
        "images",
        queryset=ProjectImage.objects.filter(pk=Subquery(first_choice)),
        to_attr="cover_images",
    )


def page_prefetches(updates):
    """Everything a project page shows, one query per kind of thing."""
    return [
        "areas",
        "themes",
        "partners",
        "images",
        "documents",
        "phases",
        Prefetch(
            "updates",
            queryset=updates.prefetch_related("images"),
            to_attr="shown_updates",
        ),
        Prefetch(
            "contacts",
            queryset=ProjectContact.objects.select_related("person"),
            to_attr="contact_roles",
        ),
        Prefetch(
            "steering_groups",
            queryset=SteeringGroup.objects.prefetch_related(
                Prefetch("members", queryset=GroupMember.objects.select_related("contact_person"))
            ),
        ),
    ]


@require_safe
def overview(request):
    projects = list(
        Project.objects.visible()
        .with_activity()
        .prefetch_related(card_pictures(), "areas")
        .order_by("-is_featured", "-last_activity_at", "title")
    )
    # Every published project is on the page, so counting them here costs no query.
    counted = Counter(project.effective_status for project in projects)
    status_counts = [
        {"status": status.value, "label": status.label, "count": counted[status.value]}
        for status in Status
        if counted[status.value]
    ]
    latest_updates = StatusUpdate.objects.of_visible_projects().select_related("project")
    return render(
        request,
        "projects/overview.html",
        {
            "projects": projects,
            "status_counts": status_counts,
            "latest_updates": latest_updates[:LATEST_UPDATES_ON_OVERVIEW],
        },
    )


@require_safe
def project_detail(request, slug):
    # Staff preview what is not public yet; everyone else gets a 404 for it.
    is_preview = request.user.is_staff
    projects = Project.objects.all() if is_preview else Project.objects.visible()
    updates = StatusUpdate.objects.all() if is_preview else StatusUpdate.objects.visible()
    project = get_object_or_404(
        projects.with_activity().prefetch_related(*page_prefetches(updates)), slug=slug
    )
    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            "breadcrumbs": [{"title": project.title}],
            "tip_form": TipForm(project=project),
        },
    )


@require_safe
def accessibility_statement(request):
    """The accessibility statement the supervising authorities expect; texts from admin."""
    return render(
        request,
        "projects/accessibility_statement.html",
        {"breadcrumbs": [{"title": _("Accessibility statement")}]},
    )
