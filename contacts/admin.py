"""Contact persons and steering groups with their members."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from projects.admin import OneFlaggedRowForm, OneFlaggedRowFormSet, picture_preview
from projects.translated_admin import TranslatedTextsAdmin, TranslatedTextsTabularInline

from .models import ContactPerson, GroupMember, SteeringGroup


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


class ChairFormSet(OneFlaggedRowFormSet):
    constraint_name = "one_chair_per_group"


class GroupMemberInline(TranslatedTextsTabularInline):
    model = GroupMember
    form = OneFlaggedRowForm
    formset = ChairFormSet
    fields = ["name", "role", "represents", "contact_person", "position"]
    autocomplete_fields = ["contact_person"]
    extra = 0


@admin.register(SteeringGroup)
class SteeringGroupAdmin(TranslatedTextsAdmin):
    list_display = ["name", "kind", "member_count"]
    list_filter = ["kind"]
    search_fields = ["name", "members__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["projects"]
    inlines = [GroupMemberInline]
    fields = ["name", "slug", "kind", "description", "projects", "position"]

    def get_queryset(self, request):
        # distinct: a search on members' names joins the members a second time.
        return super().get_queryset(request).annotate(member_count=Count("members", distinct=True))

    @admin.display(description=_("members"), ordering="member_count")
    def member_count(self, group):
        return group.member_count
