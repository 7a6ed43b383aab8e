"""Project cards, as the overview, the area, theme and strategy pages show them.

Each card is kept as a fragment (pagecache/fragments.py) for everyone: a list of cards
costs one round trip to the cache, and only the cards not kept yet are made, with their
pictures and areas, in a fixed number of queries however many there are. A card says
what its project is part of, how many actions (sub-projects) it has, and the progress
computed from them where the process leader chose so.
"""

from django.db.models import OuterRef, Prefetch, Subquery
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from pagecache.fragments import remembered_each

from .filters import SORTS
from .models import Project, ProjectImage, attach_computed_progress

# Only the first covers are above the fold on a phone; the rest load as they come near.
EAGER_PICTURES = 2
# The picture a project is shown with (on its card, and on its shared link's card): the
# cover, else the first.
CARD_PICTURE_ORDER = ("-is_cover", "position", "pk")


def card_pictures():
    """One picture per project for its card: the cover, else the first picture.

    A correlated subquery picks it inside the single prefetch query, so a list of cards
    costs the same however many projects and pictures there are.
    """
    first_choice = (
        ProjectImage.objects.filter(project=OuterRef("project"))
        .order_by(*CARD_PICTURE_ORDER)
        .values("pk")[:1]
    )
    return Prefetch(
        "images",
        queryset=ProjectImage.objects.filter(pk=Subquery(first_choice)),
        to_attr="cover_images",
    )


def in_card_order(projects):
    """Published projects as the area and theme pages list them: in the overview's own
    order (featured first, then by latest activity)."""
    return projects.visible().order_by(*SORTS[""])


def project_cards(request, project_ids):
    """The HTML of each project's card, in the order of `project_ids`.

    A project gone since its id was read (deleted in between) is left out.
    """
    wanted = [(pk, index >= EAGER_PICTURES) for index, pk in enumerate(project_ids)]

    def make(missing):
        projects = Project.objects.filter(pk__in={pk for pk, _lazy in missing})
        loaded = {
            project.pk: project
            for project in projects.with_sub_project_count()
            .select_related("parent")
            .prefetch_related(card_pictures(), "areas")
        }
        attach_computed_progress(loaded.values())
        template = get_template("projects/_project_card.html")
        return {
            (pk, lazy): template.render({"project": loaded[pk], "lazy": lazy})
            for pk, lazy in missing
            if pk in loaded
        }

    cards = remembered_each(request, "project-card", wanted, make)
    # Only ever what the card template rendered, escaped as it was then.
    return [mark_safe(cards[item]) for item in wanted if item in cards]
