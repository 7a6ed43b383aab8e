"""The pages residents read: the overview of all projects, and a page per project."""

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from contacts.models import GroupMember, ProjectContact, SteeringGroup
from updates.models import StatusUpdate, StatusUpdateImage

from .models import Project, ProjectImage, Status

LATEST_UPDATES_ON_OVERVIEW = 5


@require_safe
def overview(request):
    projects = (
        Project.objects.visible()
        .with_activity()
        .prefetch_related(
            Prefetch(
                "images", queryset=ProjectImage.objects.filter(is_cover=True), to_attr="covers"
            ),
            "areas",
        )
        .order_by("-is_featured", "-last_activity_at", "title")
    )
    counts = dict(
        Project.objects.visible()
        .with_activity()
        .order_by()
        .values_list("current_status")
        .annotate(count=Count("pk"))
    )
    status_counts = [
        {"status": status, "label": status.label, "count": counts[status]}
        for status in Status
        if counts.get(status)
    ]
    latest_updates = StatusUpdate.objects.of_visible_projects().select_related("project")[
        :LATEST_UPDATES_ON_OVERVIEW
    ]
    return render(
        request,
        "projects/overview.html",
        {
            "projects": projects,
            "status_counts": status_counts,
            "latest_updates": latest_updates,
        },
    )


@require_safe
def project_detail(request, slug):
    # Staff preview what is not public yet; everyone else gets a 404 for it.
    is_preview = request.user.is_staff
    projects = Project.objects.all() if is_preview else Project.objects.visible()
    updates = StatusUpdate.objects.all() if is_preview else StatusUpdate.objects.visible()
    project = get_object_or_404(
        projects.with_activity().prefetch_related(
            "areas",
            "themes",
            "partners",
            "images",
            "documents",
            "phases",
            Prefetch(
                "updates",
                queryset=updates.prefetch_related(
                    Prefetch(
                        "images", queryset=StatusUpdateImage.objects.order_by("position", "pk")
                    )
                ),
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
                    Prefetch(
                        "members",
                        queryset=GroupMember.objects.select_related("contact_person"),
                    )
                ),
            ),
        ),
        slug=slug,
    )
    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            "updates": project.shown_updates,
            "breadcrumbs": [{"title": project.title}],
        },
    )
