"""Contact persons, the contacts for the whole site, and steering groups with their
members."""

from urllib.parse import parse_qs, urlsplit, urlunsplit

from django import forms
from django.contrib import admin
from django.db.models import Count, Max
from django.http import HttpResponseRedirect
from django.template.defaultfilters import capfirst
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _

from projects.admin import OneFlaggedRowForm, OneFlaggedRowFormSet, picture_preview
from projects.form_rules import EndsAfterStartForm, ErrorsBesideTranslatedFields
from projects.translated_admin import TranslatedTextsAdmin, TranslatedTextsTabularInline

from .forms import AddMembersForm
from .models import ContactPerson, GroupMember, SiteContact, SteeringGroup

CARDS_CSS = "admin/css/groups.css"


class RoleOtherForm(ErrorsBesideTranslatedFields):
    """A row whose role may be "other (write it)": the model's word on "role_other" stands
    beside the site language's field, the one that must be filled in."""


@admin.display(description=_("role"), ordering="role")
def role_shown(row):
    return capfirst(row.role_name)


@admin.register(ContactPerson)
class ContactPersonAdmin(TranslatedTextsAdmin):
    list_display = ["name", "job_title", "organisation", "email", "phone", "mobile"]
    search_fields = ["name", "organisation", "email"]
    fields = [
        "name",
        ("job_title", "organisation"),
        ("phone", "mobile"),
        "email",
        ("photo", "preview"),
    ]
    readonly_fields = ["preview"]
    preview = staticmethod(picture_preview)


@admin.register(SiteContact)
class SiteContactAdmin(TranslatedTextsAdmin):
    """The contacts for the development work as a whole: on the contact page first, and
    those ticked in the footer of every page, in the order of their numbers."""

    form = RoleOtherForm
    list_display = ["person", role_shown, "in_footer", "position"]
    list_editable = ["in_footer", "position"]
    list_select_related = ["person"]
    search_fields = ["person__name", "person__organisation"]
    autocomplete_fields = ["person"]
    fields = ["person", ("role", "role_other"), "in_footer", "position"]
    ordering = ["position", "pk"]


class ChairFormSet(OneFlaggedRowFormSet):
    constraint_name = "one_chair_per_group"


class MembersFormSet(ChairFormSet):
    """The member rows, and below them "Add several members" (AddMembersForm), checked
    together: one chair among the rows kept and the members added."""

    admin_site = None  # set by GroupMemberInline, for the contact persons' search

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_members = AddMembersForm(
            self.data if self.is_bound else None,
            prefix=f"{self.prefix}-add",
            group=self.instance,
            admin_site=self.admin_site,
        )

    @property
    def media(self):
        return super().media + self.add_members.media

    def clean(self):
        super().clean()
        if self.add_members.is_valid():
            self.check_one_chair()
        if self.add_members.errors:
            raise forms.ValidationError(
                _("Some members could not be added: see “Add several members” below.")
            )

    def check_one_chair(self):
        """A chair among the lines is refused at its line if a kept row or an earlier
        line has one."""
        field, value = self.flag
        kept_chair = any(
            form.cleaned_data.get(field) == value and not form.cleaned_data.get("DELETE")
            for form in self.forms
        )
        chair_lines = self.add_members.chair_lines()
        for line in chair_lines if kept_chair else chair_lines[1:]:
            self.add_members.add_error(
                "lines",
                _("Line %(number)s: %(message)s")
                % {"number": line.number, "message": self.constraint.get_violation_error_message()},
            )

    def save(self, commit=True):
        saved = super().save(commit)
        if commit and self.add_members.is_valid():
            last = self.instance.members.aggregate(last=Max("position"))["last"]
            position = -1 if last is None else last
            for member in self.add_members.new_members():
                position += 1
                member.group, member.position = self.instance, position
                member.save()  # one by one: the page cache hears of each
                self.new_objects.append(member)
                saved.append(member)
        return saved


class MemberForm(RoleOtherForm, EndsAfterStartForm, OneFlaggedRowForm):
    # The term's rule next to its end date rather than at the top of the row.
    dates_constraint = "member_term_ends_after_start"
    date_fields = ("term_starts_on", "term_ends_on")


class GroupMemberInline(TranslatedTextsTabularInline):
    model = GroupMember
    form = MemberForm
    formset = MembersFormSet
    fields = [
        "name",
        "role",
        "role_other",
        "represents",
        "contact_person",
        "term_starts_on",
        "term_ends_on",
        "portrait",
        "preview",
        "position",
    ]
    readonly_fields = ["preview"]
    autocomplete_fields = ["contact_person"]
    extra = 0
    template = "admin/contacts/steeringgroup/members_inline.html"
    preview = staticmethod(picture_preview)

    class Media:
        # Each member a card of labelled fields at every width: the row has too many
        # fields for a table on a laptop.
        css = {"all": [CARDS_CSS, "admin/css/group_members.css"]}

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.admin_site = self.admin_site
        return formset

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "contact_person" and formfield is not None:
            # A new contact person may be made from the row; changing, viewing or deleting
            # one belongs on its own page, and four icons per row do not fit on a phone.
            formfield.widget.can_change_related = False
            formfield.widget.can_delete_related = False
            formfield.widget.can_view_related = False
        return formfield


@admin.register(SteeringGroup)
class SteeringGroupAdmin(TranslatedTextsAdmin):
    list_display = ["name", "kind", "member_count"]
    list_filter = ["kind"]
    search_fields = ["name", "members__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["projects"]
    inlines = [GroupMemberInline]
    fields = ["name", "slug", "kind", "description", "projects", "position"]
    change_form_template = "admin/contacts/steeringgroup/change_form.html"

    # Opened from a project ("Edit group and members", "New steering group for this
    # project") with ?next=<the project's page>: saving leads back there.

    def way_back(self, request):
        target = request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return target
        return ""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = (extra_context or {}) | {"way_back": self.way_back(request)}
        return super().changeform_view(request, object_id, form_url, extra_context)

    def response_add(self, request, obj, post_url_continue=None):
        return self.back_after_saving(
            request, super().response_add(request, obj, post_url_continue)
        )

    def response_change(self, request, obj):
        return self.back_after_saving(request, super().response_change(request, obj))

    def back_after_saving(self, request, response):
        way_back = self.way_back(request)
        if not way_back or not isinstance(response, HttpResponseRedirect):
            return response
        if {"_continue", "_addanother", "_saveasnew"} & set(request.POST):
            # Still editing here: the next save leads back (Django may keep it already).
            location = urlsplit(response["Location"])
            if "next" not in parse_qs(location.query):
                query = "&".join(filter(None, [location.query, urlencode({"next": way_back})]))
                response["Location"] = urlunsplit(location._replace(query=query))
            return response
        return HttpResponseRedirect(way_back)

    def get_queryset(self, request):
        # distinct: a search on members' names joins the members a second time.
        return super().get_queryset(request).annotate(member_count=Count("members", distinct=True))

    @admin.display(description=_("members"), ordering="member_count")
    def member_count(self, group):
        return group.member_count
