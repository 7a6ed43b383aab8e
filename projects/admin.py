"""The process leader's editor for areas, themes, projects and the site's own texts."""

from django import forms
from django.contrib import admin
from django.db.models import FETCH_PEERS
from django.db.models.functions import Greatest
from django.forms.models import BaseInlineFormSet
from django.template.defaultfilters import capfirst
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from config.numbers import with_unit
from config.one_record import OneRecordAdmin
from contacts.models import ProjectContact
from contacts.project_groups import SteeringGroupsInline
from embeds.admin import AreaEmbedMixin, ProjectEmbedMixin, ThemeEmbedMixin
from follows.admin import FollowerCountMixin

from .document_admin import DocumentInline
from .form_rules import EndsAfterStartForm, constraint_named
from .models import (
    Area,
    Partner,
    Phase,
    Project,
    ProjectImage,
    SiteSettings,
    Status,
    Theme,
)
from .plan_admin import FundingInline, MilestoneInline, ProjectLinkInline
from .spreadsheet import SpreadsheetAdminMixin
from .still_on_track import StillOnTrackMixin
from .strategy_admin import StrategyAdmin  # noqa: F401 (registers it)
from .translated_admin import (
    TranslatedTextsAdmin,
    TranslatedTextsStackedInline,
    TranslatedTextsTabularInline,
)
from .widgets import AccentColourInput

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


class OneFlaggedRowForm(forms.ModelForm):
    """A row of a OneFlaggedRowFormSet, which checks the flag rule for all rows at once."""

    flag_field = None  # set by the formset

    def validate_constraints(self):
        # Checked alone against the stored rows, moving the flag from one row to another
        # in the same submit would be refused: the formset judges the submit as a whole.
        try:
            self.instance.validate_constraints(
                exclude=self._get_validation_exclusions() | {self.flag_field}
            )
        except forms.ValidationError as error:
            self._update_errors(error)


class OneFlaggedRowFormSet(BaseInlineFormSet):
    """Inline rows under a rule "one row per parent at most", such as the cover picture.

    The database holds the rule as a conditional unique constraint. Row by row it
    would let two new flagged rows through to crash on save, so the rows of the
    submit are counted here and the error is put on the extra ones, and moving the
    flag between stored rows is saved in an order the database accepts. Use it with
    OneFlaggedRowForm.
    """

    constraint_name = ""

    @cached_property
    def constraint(self):
        return constraint_named(self.model, self.constraint_name)

    @cached_property
    def flag(self):
        # The condition, e.g. Q(is_cover=True), names the field and the value.
        ((field, value),) = self.constraint.condition.children
        return field, value

    def save(self, commit=True):
        # The stored flagged row (the database allows one) is saved or deleted first,
        # whatever order the rows came in: the flag is given up before another row takes
        # it, so the database rule holds at every step. sort() is stable for the rest.
        field, value = self.flag
        stored = self.forms[: self.initial_form_count()]
        stored.sort(key=lambda form: form.initial.get(field) != value)
        self.forms[: self.initial_form_count()] = stored
        return super().save(commit)

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.flag_field = self.flag[0]

    def clean(self):
        super().clean()
        field, value = self.flag
        flagged = [
            form
            for form in self.forms
            if form.cleaned_data.get(field) == value and not form.cleaned_data.get("DELETE")
        ]
        for form in flagged[1:]:
            form.add_error(field, self.constraint.get_violation_error_message())


class ProjectForm(EndsAfterStartForm):
    dates_constraint = "project_ends_after_start"


class PhaseForm(EndsAfterStartForm):
    dates_constraint = "phase_ends_after_start"


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


class PlanLevelFilter(admin.SimpleListFilter):
    """Plans and stand-alone projects apart from the actions (sub-projects) of a plan."""

    title = _("part of a plan")
    parameter_name = "level"

    def lookups(self, request, model_admin):
        return [("top", _("Top-level projects")), ("sub", _("Sub-projects (actions)"))]

    def queryset(self, request, queryset):
        if self.value() in ("top", "sub"):
            return queryset.filter(parent__isnull=self.value() == "top")
        return queryset


class CoverPictureFormSet(OneFlaggedRowFormSet):
    constraint_name = "one_cover_picture_per_project"


class ProjectImageInline(TranslatedTextsTabularInline):
    model = ProjectImage
    form = OneFlaggedRowForm
    formset = CoverPictureFormSet
    fields = ["preview", "image", "alt_text", "caption", "credit", "is_cover", "position"]
    readonly_fields = ["preview"]
    extra = 0
    preview = staticmethod(picture_preview)


class PhaseInline(TranslatedTextsStackedInline):
    model = Phase
    form = PhaseForm
    fields = [("name", "starts_on", "ends_on"), "description"]
    extra = 0


class PartnerInline(admin.TabularInline):
    model = Partner
    fields = ["name", "sector", "website", "position"]
    extra = 0


class ProjectContactInline(admin.TabularInline):
    model = ProjectContact
    fields = ["person", "role", "role_other", "position"]
    autocomplete_fields = ["person"]
    extra = 0


@admin.register(Project)
class ProjectAdmin(
    ProjectEmbedMixin,
    FollowerCountMixin,
    StillOnTrackMixin,
    SpreadsheetAdminMixin,
    TranslatedTextsAdmin,
):
    form = ProjectForm
    list_display = [
        "title",
        "status_shown",
        "progress_shown",
        "last_update",
        "parent",
        "is_published",
        "is_featured",
        "follower_count",
    ]
    list_filter = [
        CurrentStatusFilter,
        StaleFilter,
        PlanLevelFilter,
        "areas",
        "themes",
        "is_published",
        "is_featured",
    ]
    search_fields = ["title", "summary", "lead_organisation"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["areas", "themes", "parent"]
    inlines = [
        ProjectImageInline,
        DocumentInline,
        PhaseInline,
        MilestoneInline,
        FundingInline,
        ProjectLinkInline,
        PartnerInline,
        ProjectContactInline,
        SteeringGroupsInline,
    ]
    readonly_fields = ["created_at", "updated_at", "status_residents_see"]
    # A new project is given the status and progress it starts from. From then on status
    # updates move them (residents read why), so the change form shows them read-only,
    # with the update that set them and the way to post the next one.
    add_fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (
            _("Status"),
            {
                "fields": [("status", "progress"), ("starts_on", "ends_on")],
                "description": _(
                    "Where the project starts. Once it is saved, post a status update to "
                    "move it on: residents then also read what happened."
                ),
            },
        ),
        (
            _("Where, what and who"),
            {"fields": ["areas", "themes", "lead_organisation", "how_to_get_involved"]},
        ),
        (
            _("Part of a plan"),
            {
                "fields": ["parent", "weight", "progress_from"],
                "description": _(
                    "An action of a plan is a project of its own, with the plan as the "
                    "project it is part of. The plan's progress can follow its actions'."
                ),
            },
        ),
        (
            _("Publishing"),
            {"fields": [("is_published", "is_featured"), ("created_at", "updated_at")]},
        ),
    ]
    fieldsets = [
        add_fieldsets[0],
        (_("Status"), {"fields": ["status_residents_see", ("starts_on", "ends_on")]}),
        *add_fieldsets[2:],
    ]
    change_form_template = "admin/projects/project/change_form.html"

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not request.user.has_perm("updates.add_statusupdate"):
            return fieldsets
        # The one place to change the status: a button where the status is shown.
        post_update = format_html(
            '{} <a class="button post-status-update" href="{}?{}">{}</a>',
            _("To change the status or progress, post a status update."),
            reverse("admin:updates_statusupdate_add"),
            urlencode(
                {"project": obj.pk, "next": reverse("admin:projects_project_change", args=[obj.pk])}
            ),
            _("Post a status update"),
        )
        return [
            (name, options | {"description": post_update})
            if "status_residents_see" in options.get("fields", ())
            else (name, options)
            for name, options in fieldsets
        ]

    def get_queryset(self, request):
        # Peers: a plan's progress computed from its sub-projects is found for all the
        # plans of the list at once (Project.computed_progress).
        return super().get_queryset(request).fetch_mode(FETCH_PEERS)

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
        return "–" if progress is None else with_unit(progress, "%")

    @admin.display(description=_("last status update"), ordering="last_update_at")
    def last_update(self, project):
        return project.last_update_at or "–"

    @admin.display(description=_("residents see"))
    def status_residents_see(self, project):
        """The status and progress on the public page, and which update set them."""
        progress = project.effective_progress
        shown = format_html(
            "<strong>{}</strong>, {}",
            capfirst(project.get_effective_status_display()),
            _("progress not given") if progress is None else with_unit(progress, "%"),
        )
        # The same rule as projects/activity.py: what was said after the project's own values.
        said_later = (
            project.updates.visible()
            .alias(stated_at=Greatest("published_at", "created_at"))
            .filter(stated_at__gt=project.status_changed_at)
            .order_by("-published_at", "-pk")
        )
        status_set_by = said_later.filter(new_status__gt="").first()
        if project.follows_sub_projects:
            sources = [("status", status_set_by)]
        else:
            progress_set_by = said_later.filter(new_progress__isnull=False).first()
            if status_set_by == progress_set_by:
                sources = [("both", status_set_by)]
            else:
                sources = [("status", status_set_by), ("progress", progress_set_by)]
        lines = [self.where_it_was_set(project, what, update) for what, update in sources]
        if project.follows_sub_projects:
            lines.append(self.progress_from_sub_projects(project))
        return format_html(
            "{}{}",
            shown,
            format_html_join("", '<div class="status-source">{}</div>', ([line] for line in lines)),
        )

    def progress_from_sub_projects(self, project):
        """Where a computed progress comes from: which sub-projects, and how they count."""
        sub_projects = Project.objects.visible().filter(parent=project)
        shown = list(sub_projects.fetch_mode(FETCH_PEERS))
        counted = [sub for sub in shown if sub.effective_progress is not None]
        sentence = (
            _(
                "Progress is the weighted mean of the progress of its published "
                "sub-projects: {counted} of {shown} give one."
            )
            if project.progress_from == Project.ProgressSource.WEIGHTED
            else _(
                "Progress is the mean of the progress of its published sub-projects: "
                "{counted} of {shown} give one."
            )
        )
        return format_html(
            '{} <a href="{}?{}">{}</a>',
            format_html(sentence, counted=len(counted), shown=len(shown)),
            reverse("admin:projects_project_changelist"),
            urlencode({"parent__id__exact": project.pk}),
            _("See its sub-projects"),
        )

    def where_it_was_set(self, project, what, update):
        if update is None:
            sentence = {
                "both": _("Status and progress set on the project itself, {date}."),
                "status": _("Status set on the project itself, {date}."),
                "progress": _("Progress set on the project itself, {date}."),
            }[what]
            return format_html(
                sentence,
                date=date_format(timezone.localtime(project.status_changed_at), "DATE_FORMAT"),
            )
        sentence = {
            "both": _("Status and progress set by the status update {update}, {date}."),
            "status": _("Status set by the status update {update}, {date}."),
            "progress": _("Progress set by the status update {update}, {date}."),
        }[what]
        return format_html(
            sentence,
            update=format_html(
                '<a href="{}">“{}”</a>',
                reverse("admin:updates_statusupdate_change", args=[update.pk]),
                update.title,
            ),
            date=date_format(timezone.localtime(update.published_at), "DATE_FORMAT"),
        )


@admin.register(Area)
class AreaAdmin(AreaEmbedMixin, FollowerCountMixin, TranslatedTextsAdmin):
    follower_count_of = "area"
    list_display = ["name", "kind", "parent", "follower_count"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]


@admin.register(Theme)
class ThemeAdmin(ThemeEmbedMixin, FollowerCountMixin, TranslatedTextsAdmin):
    follower_count_of = "theme"
    list_display = ["name", "strategy", "position", "follower_count"]
    list_filter = ["strategy"]
    list_select_related = ["strategy"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    # The strategy first: a target area is one of a strategy's (or of none, shown apart).
    fields = ["strategy", "name", "slug", "description", "position"]


@admin.register(SiteSettings)
class SiteSettingsAdmin(OneRecordAdmin, TranslatedTextsAdmin):
    """One record, edited but never added or removed: the list page goes straight to it."""

    fieldsets = [
        (None, {"fields": ["site_name", "tagline", "overview_intro", "about"]}),
        (_("Look"), {"fields": ["logo", "accent_colour"]}),
        (_("Footer"), {"fields": ["footer_contact"]}),
        (_("Privacy"), {"fields": ["privacy_extra"]}),
        (
            _("Accessibility statement"),
            {
                "fields": [
                    "accessibility_conformance",
                    "accessibility_known_issues",
                    "accessibility_checked_on",
                    "accessibility_contact_email",
                    "accessibility_complaint_url",
                ],
                "description": _(
                    "Shown on the accessibility statement page, linked from the footer."
                ),
            },
        ),
        (
            _("Open data and embedding"),
            {
                "fields": ["open_data_licence", "embed_origins"],
                "description": _(
                    "The licence is named on the open-data page, in every file and in the "
                    "data portals' metadata."
                ),
            },
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "accent_colour":
            kwargs["widget"] = AccentColourInput()
        return super().formfield_for_dbfield(db_field, request, **kwargs)
