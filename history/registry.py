"""Which models are public content, kept in the history, and which parts each one has.

A part (a project's picture, a group's member) has no page of its own: it is edited on
its owner's form, and its changes are shown in its owner's history. So each part follows
its owner and each owner its parts: whatever saves one of them inside a recorded change,
the owner and all its parts are kept as they are after it, and the owner's history can
tell "picture added" from "picture removed" by comparing two such sets.

The translated texts are kept per language (title_nn, title_en, …); the plain column
django-modeltranslation leaves beside them (title) is a copy of one of them, so it is not
kept.
"""

from dataclasses import dataclass

from django.apps import apps
from modeltranslation.translator import NotRegistered, translator


@dataclass(frozen=True)
class Part:
    """Rows of one model shown in their owner's history, found through owner_field."""

    model_label: str
    owner_field: str

    @property
    def model(self):
        return apps.get_model(self.model_label)

    @property
    def accessor(self):
        """The owner's name for its parts, e.g. project.images."""
        return self.model._meta.get_field(self.owner_field).remote_field.get_accessor_name()


# Every model residents see, with its parts.
PUBLIC_CONTENT = {
    "projects.Project": [
        Part("projects.ProjectImage", "project"),
        Part("projects.Document", "project"),
        Part("projects.Phase", "project"),
        Part("projects.Milestone", "project"),
        Part("projects.Funding", "project"),
        Part("projects.ProjectLink", "project"),
        Part("projects.Partner", "project"),
        Part("contacts.ProjectContact", "project"),
    ],
    "projects.Area": [],
    "projects.Theme": [],
    "projects.Strategy": [],
    "projects.SiteSettings": [],
    "updates.StatusUpdate": [
        Part("updates.StatusUpdateImage", "update"),
        Part("projects.Document", "update"),
    ],
    "contacts.ContactPerson": [],
    "contacts.SiteContact": [],
    "contacts.SteeringGroup": [Part("contacts.GroupMember", "group")],
    "events.Event": [Part("projects.Document", "event")],
    "figures.Indicator": [
        Part("figures.Measurement", "indicator"),
        Part("figures.Line", "indicator"),
    ],
    "pages.Page": [Part("pages.PageImage", "page"), Part("projects.Document", "page")],
}


def parts_of(model):
    return PUBLIC_CONTENT.get(model._meta.label, [])


def owner_part(model):
    """The Part a model is, with its owner's model, or (None, None) if it owns itself."""
    for owner_label, parts in PUBLIC_CONTENT.items():
        for part in parts:
            if part.model_label == model._meta.label:
                return part, apps.get_model(owner_label)
    return None, None


def copied_text_fields(model):
    """The plain columns modeltranslation keeps beside the per-language ones."""
    try:
        return tuple(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return ()
