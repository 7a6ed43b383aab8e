"""The process leader's editor for areas, themes, projects and the site's own texts."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.template.defaultfilters import capfirst, filesizeformat
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from contacts.models import ProjectContact

from .models import (
    Area,
    Document,
    Partner,
    Phase,
    Project,
    ProjectImage,
    SiteSettings,
    Status,
    Theme,
)

admin.site.site_header = _("Framdrift administration")
admin.site.site_title = _("Framdrift")
admin.site.index_title = _("Keep the projects up to date")


@admin.display(description=_("preview"))
def picture_preview(obj):
    """A small thumbnail of any stored picture, for inlines and change pages."""
    if not obj or not obj.pk or not obj._picture:
        return "–"
    return format_html(
        '<img src="{}" alt="" width="120" class="framdrift-thumbnail">', obj.rendition_url(320)
    )


class CurrentStatusFilter(admin.SimpleListFilter):
    """The status residents see, which a newer status update may have set."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Status.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(current_status=self.value())
        return queryset


class StaleFilter(admin.SimpleListFilter):
    title = _("needs a status update")
    parameter_name = "stale"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes: no update for a long time"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.stale()
        return queryset


class ProjectImageFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        # The database allows one cover; say so here, where all the new rows are seen.
        covers = [
            form
            for form in self.forms
            if form.cleaned_data.get("is_cover") and not form.cleaned_data.get("DELETE")
        ]
        if len(covers) > 1:
            raise ValidationError(
                ProjectImage._meta.constraints[0].violation_error_message, code="one_cover"
            )


class ProjectImageInline(admin.TabularInline):
    model = ProjectImage
    formset = ProjectImageFormSet
    fields = ["preview", "image", "alt_text", "caption", "credit", "is_cover", "position"]
    readonly_fields = ["preview"]
    extra = 0
    preview = staticmethod(picture_preview)


class DocumentInline(admin.TabularInline):
    model = Document
    fields = ["title", "file", "kind_and_size", "position"]
    readonly_fields = ["kind_and_size"]
    extra = 0

    @admin.display(description=_("type and size"))
    def kind_and_size(self, document):
        if not document.pk:
            return "–"
        return f"{document.kind}, {filesizeformat(document.size)}"


class PhaseInline(admin.StackedInline):
    model = Phase
    fields = [("name", "starts_on", "ends_on"), "description"]
    extra = 0


class PartnerInline(admin.TabularInline):
    model = Partner
    fields = ["name", "sector", "website", "position"]
    extra = 0


class ProjectContactInline(admin.TabularInline):
    model = ProjectContact
    fields = ["person", "role", "position"]
    autocomplete_fields = ["person"]
    extra = 0


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "status_shown",
        "progress_shown",
        "last_update",
        "is_published",
        "is_featured",
    ]
    list_filter = [
        CurrentStatusFilter,
        StaleFilter,
        "areas",
        "themes",
        "is_published",
        "is_featured",
    ]
    search_fields = ["title", "summary", "lead_organisation"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["areas", "themes"]
    inlines = [
        ProjectImageInline,
        DocumentInline,
        PhaseInline,
        PartnerInline,
        ProjectContactInline,
    ]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (
            _("Status"),
            {
                "fields": [("status", "progress"), ("starts_on", "ends_on")],
                "description": _(
                    "The status residents see follows the newest status update that sets "
                    "one. To change it with news, post a status update instead."
                ),
            },
        ),
        (
            _("Where, what and who"),
            {"fields": ["areas", "themes", "lead_organisation", "how_to_get_involved"]},
        ),
        (
            _("Publishing"),
            {"fields": [("is_published", "is_featured"), ("created_at", "updated_at")]},
        ),
    ]
    change_form_template = "admin/projects/project/change_form.html"

    def get_queryset(self, request):
        return super().get_queryset(request).with_activity()

    @admin.display(description=_("status"), ordering="current_status")
    def status_shown(self, project):
        label = capfirst(project.get_effective_status_display())
        if project.is_stale():
            return format_html(
                '{} <strong class="framdrift-stale">⚠ {}</strong>', label, _("stale")
            )
        return label

    @admin.display(description=_("progress"), ordering="current_progress")
    def progress_shown(self, project):
        progress = project.effective_progress
        return "–" if progress is None else f"{progress} %"

    @admin.display(description=_("last status update"), ordering="last_update_at")
    def last_update(self, project):
        return project.last_update_at or "–"


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """One record: the list page goes straight to it."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        SiteSettings.objects.get_or_create(pk=1)
        return redirect(reverse("admin:projects_sitesettings_change", args=[1]))
