"""A project's steering groups and their members, edited from the project (issue 16).

On the project's page, each group it belongs to is a row: its name, kind and number of
members, and a link to edit the group and its members that leads back to the project
after saving (?next=, honoured by SteeringGroupAdmin). A new row chooses an existing group
by search; "New steering group for this project" opens the group form with the project
chosen.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib import admin
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.template.defaultfilters import capfirst
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import SteeringGroup

ProjectGroup = SteeringGroup.projects.through


def project_page(project_id):
    """The project's change page, at its steering groups."""
    url = reverse("admin:projects_project_change", args=[project_id])
    return f"{url}#{ProjectGroupsFormSet.get_default_prefix()}-group"


def group_page_from_project(group_id, project_id):
    url = reverse("admin:contacts_steeringgroup_change", args=[group_id])
    return f"{url}?{urlencode({'next': project_page(project_id)})}"


def new_group_page_for(project_id):
    url = reverse("admin:contacts_steeringgroup_add")
    return f"{url}?{urlencode({'projects': project_id, 'next': project_page(project_id)})}"


class ChosenGroup(forms.Widget):
    """A group the project already belongs to: shown by name, not chosen again (to swap it,
    remove it and add another). It also spares a search box and its query per row."""

    def __init__(self, group):
        super().__init__()
        self.group = group

    def render(self, name, value, attrs=None, renderer=None):
        return format_html('<strong class="framdrift-group-name">{}</strong>', self.group.name)

    def id_for_label(self, id_):
        return None  # nothing to focus


class ProjectGroupForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            field = self.fields["steeringgroup"]
            field.disabled = True
            field.widget = ChosenGroup(self.instance.steeringgroup)


class ProjectGroupsFormSet(BaseInlineFormSet):
    @classmethod
    def get_default_prefix(cls):
        return "steering_groups"  # instead of the table's name, "SteeringGroup_projects"

    def new_group_url(self):
        """For "New steering group for this project": once the project is saved."""
        return new_group_page_for(self.instance.pk) if self.instance.pk else ""


class SteeringGroupsInline(admin.TabularInline):
    model = ProjectGroup
    form = ProjectGroupForm
    formset = ProjectGroupsFormSet
    fields = ["steeringgroup", "kind", "member_count", "edit_link"]
    readonly_fields = ["kind", "member_count", "edit_link"]
    autocomplete_fields = ["steeringgroup"]
    verbose_name = _("steering group")
    verbose_name_plural = _("steering groups and their members")
    delete_label = _("Remove from the project?")
    extra = 0
    template = "admin/contacts/project/steering_groups_inline.html"

    class Media:
        css = {"all": ["admin/css/groups.css"]}

    def get_queryset(self, request):
        # Name, kind and member count of every group in one query, however many.
        return (
            super()
            .get_queryset(request)
            .select_related("steeringgroup")
            .annotate(member_count=Count("steeringgroup__members"))
            .order_by("steeringgroup__position", "steeringgroup__name", "pk")
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "steeringgroup" and formfield is not None:
            formfield.label = _("steering group")
            # A new group is made with "New steering group for this project", which
            # comes back here; a popup from a row is awkward on a phone.
            formfield.widget.can_add_related = False
            formfield.widget.can_change_related = False
            formfield.widget.can_delete_related = False
            formfield.widget.can_view_related = False
        return formfield

    @admin.display(description=_("kind"))
    def kind(self, row):
        return capfirst(row.steeringgroup.get_kind_display()) if row.pk else "–"

    @admin.display(description=_("members"))
    def member_count(self, row):
        if not row.pk:
            return "–"
        count = row.member_count
        return ngettext("%(count)d member", "%(count)d members", count) % {"count": count}

    @admin.display(description=_("edit"))
    def edit_link(self, row):
        if not row.pk:
            return _("Save the project first.")
        return format_html(
            '<a class="framdrift-edit-group" href="{}">{}</a>',
            group_page_from_project(row.steeringgroup_id, row.project_id),
            _("Edit group and members"),
        )
