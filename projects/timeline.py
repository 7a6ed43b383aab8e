"""A project's timeline: its phases, its milestones and its status updates in one list,
oldest first, each at its date. Made from what the project page has already fetched
(projects.project_page, and its status updates' cards: updates.cards), so it costs no
query of its own."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from updates.cards import load_update_cards

# On the same day a phase begins before the milestones in it, and news about them follows.
PHASE, MILESTONE, UPDATE = "phase", "milestone", "update"
SAME_DAY_ORDER = {PHASE: 0, MILESTONE: 1, UPDATE: 2}


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    on: date
    item: object

    @property
    def sort_key(self):
        return (self.on, SAME_DAY_ORDER[self.kind])


def timeline_of(project, today=None):
    """The project's timeline, or [] when it has neither phases nor milestones: status
    updates alone are already listed in full on the page."""
    phases = list(project.phases.all())
    milestones = list(project.milestones.all())
    if not phases and not milestones:
        return []
    updates = getattr(project, "shown_updates", None)
    if updates is None:
        updates = load_update_cards(project.updates.visible(), with_subject=False)
    entries = [TimelineEntry(PHASE, phase.starts_on, phase) for phase in phases]
    entries += [TimelineEntry(MILESTONE, milestone.date, milestone) for milestone in milestones]
    entries += [
        TimelineEntry(UPDATE, timezone.localdate(update.published_at), update)
        for update in updates
        # A staff preview lists drafts and scheduled updates too; the timeline is what
        # residents will see.
        if update.is_visible
    ]
    # sorted() is stable: within a kind, the order each was fetched in stays.
    return sorted(entries, key=lambda entry: entry.sort_key)
