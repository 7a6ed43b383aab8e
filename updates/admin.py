"""Posting a status update, with its pictures, in one form: quick to fill in on a phone too."""

import re

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.defaultfilters import capfirst
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from config.numbers import with_unit
from projects.admin import picture_preview
from projects.document_admin import UpdateDocumentInline
from projects.models import Project, Status
from projects.translated_admin import TranslatedTextsAdmin, TranslatedTextsTabularInline

from .models import About, StatusUpdate, StatusUpdateImage

# Descriptions that say nothing of what a picture shows: the one a tip's photo used to get
# automatically (in each language the site speaks) and a bare word for "picture".
PLACEHOLDER_ALT_TEXTS = {
    "photo from a resident",
    "bilete frå ein innbyggjar",
    "bilde fra en innbygger",
    "bild från en invånare",
    "billede fra en borger",
    "photo",
    "picture",
    "image",
    "bilete",
    "bilde",
    "biletet",
    "bildet",
    "bild",
    "bilden",
    "billede",
    "billedet",
    "foto",
    "fotoet",
    "fotot",
}
# The names cameras give their files (IMG_2041, DSC00031, PXL_20260301_101010) and a
# picture's number ("Bilete 2"), with or without the extension.
CAMERA_FILE_NAME = re.compile(
    r"(img|dsc|dscn|dcim|pxl|photo|image|picture|foto|bilete|bilde|bild|billede)"
    r"[\W_]*[\d\W_]+(jpe?g|png|heic|webp)?"
)


def says_nothing(alt_text):
    """Whether a picture's description is a placeholder rather than a description."""
    words = " ".join(re.findall(r"\w+", alt_text.casefold()))
    is_file_name = CAMERA_FILE_NAME.fullmatch(alt_text.casefold().strip())
    return words in PLACEHOLDER_ALT_TEXTS or bool(is_file_name)


class PictureForm(forms.ModelForm):
    """A picture of an update: it is described in the process leader's own words."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.alt_text_fields():
            self.fields[name].error_messages["required"] = _(
                "Describe what the photo shows, for those who cannot see it: who or what is "
                "in it, and where."
            )

    def alt_text_fields(self):
        # One field, or one per content language (alt_text_nn, alt_text_en, …).
        return [name for name in self.fields if name == "alt_text" or name.startswith("alt_text_")]

    def clean(self):
        cleaned_data = super().clean()
        for name in self.alt_text_fields():
            alt_text = cleaned_data.get(name) or ""
            if alt_text and says_nothing(alt_text):
                self.add_error(
                    name,
                    _(
                        "“%(text)s” does not say what the photo shows. Describe it in your "
                        "own words: who or what is in it, and where."
                    )
                    % {"text": alt_text},
                )
        return cleaned_data


class StatusUpdateImageInline(TranslatedTextsTabularInline):
    model = StatusUpdateImage
    form = PictureForm
    fields = ["preview", "image", "alt_text", "caption", "credit", "position"]
    readonly_fields = ["preview"]
    extra = 1
    preview = staticmethod(picture_preview)


class ProgressInput(forms.NumberInput):
    """A number from 0 to 100; update_form.js adds large buttons a step down and up."""

    STEP = 10

    def __init__(self, attrs=None):
        super().__init__(
            {
                "min": 0,
                "max": 100,
                "inputmode": "numeric",
                "class": "progress-input",
                "data-step": self.STEP,
                # The buttons' text, as a number is written in the site's language.
                "data-less": "\u2212" + with_unit(self.STEP, "%"),
                "data-more": "+" + with_unit(self.STEP, "%"),
                **(attrs or {}),
            }
        )


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
            return queryset.scheduled(now)
        if self.value() == "draft":
            return queryset.drafts()
        return queryset


class AboutFilter(admin.SimpleListFilter):
    title = _("about")
    parameter_name = "about"

    def lookups(self, request, model_admin):
        return [(kind.value, capfirst(kind.label)) for kind in About]

    def queryset(self, request, queryset):
        if self.value() in About.values:
            return queryset.about_kind(self.value())
        return queryset


# The field that names what an update is about, for each choice but the site as a whole.
ABOUT_FIELDS = {About.PROJECT: "project", About.THEME: "theme", About.AREA: "area"}


class StatusUpdateForm(forms.ModelForm):
    """First what the update is about; then the one field that names it counts.
    update_form.js shows only that field (and the project's status only for a project);
    without the script all are shown and the form says which to empty."""

    about = forms.ChoiceField(
        label=_("The update is about"),
        # A callable, so the labels are in the language of each request, not of the import.
        choices=lambda: [(kind.value, capfirst(kind.label)) for kind in About],
        widget=forms.RadioSelect(attrs={"class": "about-choices"}),
        # Left out (a form from elsewhere), it is what the fields filled in say.
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "about" not in self.initial:
            named = [kind for kind, name in ABOUT_FIELDS.items() if self.initial.get(name)]
            if self.instance.pk:
                self.initial["about"] = self.instance.about
            else:
                self.initial["about"] = named[0] if named else About.PROJECT
        helps = {
            "project": _("The project's page shows it, and so does the news page."),
            "theme": _("The target area's page shows it, and so does the news page."),
            "area": _(
                "The area's page shows it, and the page of the municipality it is part of; "
                "so does the news page."
            ),
        }
        for name, help_text in helps.items():
            if name in self.fields:
                self.fields[name].help_text = help_text

    def clean(self):
        cleaned_data = super().clean()
        about = cleaned_data.get("about")
        if not about:
            named = [kind for kind, name in ABOUT_FIELDS.items() if cleaned_data.get(name)]
            about = cleaned_data["about"] = named[0] if named else About.SITE
        chosen = ABOUT_FIELDS.get(about)
        for name in ABOUT_FIELDS.values():
            if name != chosen and cleaned_data.get(name):
                self.add_error(
                    name,
                    _(
                        "The update is about %(about)s: empty this field, or choose above "
                        "what the update is about."
                    )
                    % {"about": About(about).label},
                )
        missing = {
            "project": _("Choose the project the update is about."),
            "theme": _("Choose the target area the update is about."),
            "area": _("Choose the area the update is about."),
        }
        if chosen and not cleaned_data.get(chosen) and chosen not in self.errors:
            self.add_error(chosen, missing[chosen])
        return cleaned_data


STATUS_FIELDSET = (
    _("The project's status from now on"),
    {
        "fields": ["new_status", "new_progress"],
        "description": _(
            "Left as they are, the project keeps its status and progress. "
            "Change them to move the project on."
        ),
        "classes": ["status-fieldset"],
    },
)


@admin.register(StatusUpdate)
class StatusUpdateAdmin(TranslatedTextsAdmin):
    form = StatusUpdateForm
    list_display = [
        "title",
        "what_it_is_about",
        "published_at",
        "state",
        "new_status",
        "new_progress",
    ]
    list_filter = [StateFilter, AboutFilter, "new_status", "project"]
    list_select_related = ["project", "theme", "area"]
    date_hierarchy = "published_at"
    search_fields = ["title", "project__title", "theme__name", "area__name", "byline"]
    autocomplete_fields = ["project", "theme", "area", "authors"]
    inlines = [StatusUpdateImageInline, UpdateDocumentInline]
    readonly_fields = ["from_tip"]
    # A new update has no tip: one made from a tip is made by the tip's button.
    add_fieldsets = [
        (
            None,
            {
                "fields": ["about", "project", "theme", "area", "title", "body"],
                "description": _(
                    "News about a project shows on the project's page, news about a target "
                    "area or an area on that page. All news shows on the news page, the "
                    "latest on the front page."
                ),
            },
        ),
        STATUS_FIELDSET,
        (_("Written by"), {"fields": ["authors", "byline"]}),
        (_("Publishing"), {"fields": [("published_at", "is_published")]}),
        (
            _("From a resident"),
            {"fields": ["is_resident_report"], "classes": ["collapse"]},
        ),
    ]
    fieldsets = [
        *add_fieldsets[:4],
        (_("From a resident"), {"fields": ["is_resident_report", "from_tip"]}),
    ]
    change_form_template = "admin/updates/statusupdate/change_form.html"

    class Media:
        css = {"all": ["admin/css/update_form.css"]}
        js = ["admin/js/update_form.js"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # Large controls a thumb can hit: the statuses as buttons, progress with steps.
        if db_field.name == "new_status":
            field = super().formfield_for_dbfield(
                db_field, request, widget=forms.RadioSelect(attrs={"class": "status-choices"})
            )
            field.choices = [("", _("Keep as it is"))] + [
                (value, capfirst(label)) for value, label in Status.choices
            ]
            field.help_text = ""  # the fieldset says it; radio buttons have no one id to point to
            return field
        if db_field.name == "new_progress":
            field = super().formfield_for_dbfield(db_field, request, widget=ProgressInput)
            field.help_text = _(
                "How far the project has come, 0 to 100. Left as it is, it does not change."
            )
            return field
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("about"), ordering="project__title")
    def what_it_is_about(self, update):
        if update.subject is None:
            return capfirst(About.SITE.label)
        return f"{capfirst(About(update.about).label)}: {update.subject}"

    @admin.display(description=_("state"))
    def state(self, update):
        if not update.is_published:
            return _("Draft")
        if update.is_scheduled:
            return _("Scheduled")
        return _("Published")

    @admin.display(description=_("from the tip"))
    def from_tip(self, update):
        tip = update.source_tip
        if tip is None:
            return "–"
        return format_html(
            '<a href="{}">{} {}</a>, {}: “{}”',
            reverse("admin:tips_tip_change", args=[tip.pk]),
            _("Tip"),
            tip.reference,
            date_format(timezone.localtime(tip.created_at), "SHORT_DATETIME_FORMAT"),
            str(tip),
        )

    def get_changeform_initial_data(self, request):
        """Coming from a project's page: the project, its status and progress filled in."""
        initial = super().get_changeform_initial_data(request)
        project_id = request.GET.get("project", "")
        project = Project.objects.filter(pk=project_id).first() if project_id.isdigit() else None
        if project:
            initial |= {
                "project": project.pk,
                "new_status": project.effective_status,
                "new_progress": project.effective_progress,
            }
        return initial

    def save_model(self, request, obj, form, change):
        if not change and obj.project_id:
            # A status equal to today's is no change: keep the update from claiming one.
            current = Project.objects.get(pk=obj.project_id)
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

    def response_post_save_add(self, request, obj):
        return self.back_to_where_it_came_from(request, obj)

    def response_post_save_change(self, request, obj):
        return self.back_to_where_it_came_from(request, obj)

    def back_to_where_it_came_from(self, request, update):
        """After Save: the page the form was opened from (?next=), else the tip the update
        was made from, else what it is about; the list of updates only as a last resort."""
        next_url = request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return redirect(next_url)
        if update.source_tip_id and request.user.has_perm("tips.view_tip"):
            return redirect(reverse("admin:tips_tip_change", args=[update.source_tip_id]))
        subject = update.subject
        if subject is not None and request.user.has_perm(
            f"projects.view_{subject._meta.model_name}"
        ):
            return redirect(
                reverse(f"admin:projects_{subject._meta.model_name}_change", args=[subject.pk])
            )
        return super().response_post_save_change(request, update)

    where_residents_see_it = {
        About.PROJECT: _("Residents see it on the project's page."),
        About.THEME: _("Residents see it on the target area's page and on the news page."),
        About.AREA: _("Residents see it on the area's page and on the news page."),
        About.SITE: _("Residents see it on the news page and on the front page."),
    }

    def say_where_residents_see_it(self, request, update):
        """After saving: whether residents see the update yet, and a link to the page."""
        # Staff see drafts and scheduled updates on the public page too, marked as such.
        link = _("Preview it there")
        if not update.is_published:
            status = _("This is a draft: residents do not see it.")
        elif update.project and not update.project.is_published:
            status = _("The project is not published, so residents do not see the update yet.")
        elif update.is_scheduled:
            status = _("Residents see it from %(when)s.") % {
                "when": date_format(timezone.localtime(update.published_at), "DATETIME_FORMAT")
            }
        else:
            status, link = self.where_residents_see_it[update.about], _("See it there")
        messages.info(
            request,
            format_html('{} <a href="{}">{}</a>', status, update.get_absolute_url(), link),
        )
