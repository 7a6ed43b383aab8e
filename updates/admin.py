"""Posting a status update, with its pictures, in one form."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from projects.admin import picture_preview
from projects.models import Project
from projects.translated_admin import TranslatedTextsAdmin, TranslatedTextsTabularInline

from .models import StatusUpdate, StatusUpdateImage


class StatusUpdateImageInline(TranslatedTextsTabularInline):
    model = StatusUpdateImage
    fields = ["preview", "image", "alt_text", "caption", "credit", "position"]
    readonly_fields = ["preview"]
    extra = 1
    preview = staticmethod(picture_preview)


class StateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("published", _("Published")),
            ("scheduled", _("Scheduled")),
            ("draft", _("Draft")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "published":
            return queryset.visible(now)
        if self.value() == "scheduled":
            return queryset.filter(is_published=True, published_at__gt=now)
        if self.value() == "draft":
            return queryset.filter(is_published=False)
        return queryset


@admin.register(StatusUpdate)
class StatusUpdateAdmin(TranslatedTextsAdmin):
    list_display = ["title", "project", "published_at", "state", "new_status", "new_progress"]
    list_filter = [StateFilter, "new_status", "project"]
    list_select_related = ["project"]
    date_hierarchy = "published_at"
    search_fields = ["title", "project__title"]
    autocomplete_fields = ["project"]
    inlines = [StatusUpdateImageInline]
    fieldsets = [
        (None, {"fields": ["project", "title", "body"]}),
        (
            _("The project's status from now on"),
            {
                "fields": [("new_status", "new_progress")],
                "description": _(
                    "Left as they are, the project keeps its status and progress. "
                    "Change them to move the project on."
                ),
            },
        ),
        (_("Publishing"), {"fields": [("published_at", "is_published")]}),
        (
            _("From a resident"),
            {"fields": ["is_resident_report", "source_tip"], "classes": ["collapse"]},
        ),
    ]
    raw_id_fields = ["source_tip"]

    @admin.display(description=_("state"))
    def state(self, update):
        if not update.is_published:
            return _("Draft")
        if update.is_scheduled:
            return _("Scheduled")
        return _("Published")

    def get_changeform_initial_data(self, request):
        """Coming from a project's page: the project, its status and progress filled in."""
        initial = super().get_changeform_initial_data(request)
        project_id = request.GET.get("project", "")
        project = (
            Project.objects.with_activity().filter(pk=project_id).first()
            if project_id.isdigit()
            else None
        )
        if project:
            initial |= {
                "project": project.pk,
                "new_status": project.effective_status,
                "new_progress": project.effective_progress,
            }
        return initial

    def save_model(self, request, obj, form, change):
        if not change:
            # A status equal to today's is no change: keep the update from claiming one.
            current = Project.objects.with_activity().get(pk=obj.project_id)
            if obj.new_status == current.effective_status:
                obj.new_status = ""
            if obj.new_progress == current.effective_progress:
                obj.new_progress = None
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        update = form.instance
        if update.source_tip and update.is_published:
            update.source_tip.mark_published(request.user)

    def response_add(self, request, obj, post_url_continue=None):
        response = super().response_add(request, obj, post_url_continue)
        self.say_where_residents_see_it(request, obj)
        return response

    def response_change(self, request, obj):
        response = super().response_change(request, obj)
        self.say_where_residents_see_it(request, obj)
        return response

    def say_where_residents_see_it(self, request, update):
        """After saving: whether residents see the update yet, and a link to the page."""
        # Staff see drafts and scheduled updates on the public page too, marked as such.
        link = _("Preview it there")
        if not update.is_published:
            status = _("This is a draft: residents do not see it.")
        elif not update.project.is_published:
            status = _("The project is not published, so residents do not see the update yet.")
        elif update.is_scheduled:
            status = _("Residents see it from %(when)s.") % {
                "when": date_format(timezone.localtime(update.published_at), "DATETIME_FORMAT")
            }
        else:
            status, link = _("Residents see it on the project's page."), _("See it there")
        messages.info(
            request,
            format_html('{} <a href="{}">{}</a>', status, update.get_absolute_url(), link),
        )
