"""The tip inbox: the process leader reads, answers, publishes or rejects residents' tips."""

import json
import re

from django.contrib import admin, messages
from django.core.files.base import ContentFile
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, linebreaks
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from updates.models import StatusUpdate, StatusUpdateImage

from .models import Tip

# A tip's reference as the resident's receipt shows it (Tip.reference).
REFERENCE = re.compile(r"[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}")


@admin.register(Tip)
class TipAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "state",
        "excerpt",
        "project",
        "sender",
        "has_photo",
        "handled_by",
    ]
    list_display_links = ["created_at", "excerpt"]
    list_filter = ["state", ("project", admin.RelatedOnlyFieldListFilter), "wants_to_help"]
    list_select_related = ["project", "handled_by"]
    search_fields = ["message", "name", "email", "phone"]
    date_hierarchy = "created_at"
    autocomplete_fields = ["project"]
    actions = ["mark_in_progress", "mark_spam", "export_personal_data", "erase_personal_data"]
    readonly_fields = [
        "created_at",
        "reference",
        "message_text",
        "photo_preview",
        "photo_may_be_published",
        "name",
        "email_link",
        "phone",
        "wants_answer",
        "wants_to_help",
        "notified_at",
        "confirmed_at",
        "handled_at",
        "personal_data_erased_at",
    ]
    fieldsets = [
        (
            gettext_lazy("From the resident"),
            {
                "fields": [
                    ("created_at", "reference"),
                    "project",
                    "message_text",
                    "photo_preview",
                    "photo_may_be_published",
                    ("name", "email_link", "phone"),
                    ("wants_answer", "wants_to_help"),
                ]
            },
        ),
        (gettext_lazy("Handling"), {"fields": ["state", "handled_by", "internal_notes"]}),
        (
            gettext_lazy("Emails and privacy"),
            {
                "fields": [
                    ("notified_at", "confirmed_at"),
                    ("handled_at", "personal_data_erased_at"),
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return False  # tips come from residents, through the form

    @admin.display(description=gettext_lazy("reference"))
    def reference(self, tip):
        return tip.reference

    def get_search_results(self, request, queryset, search_term):
        """A resident who calls quotes the reference on their receipt (e.g. 3F9A-0C2B)."""
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if REFERENCE.fullmatch(search_term.strip()):
            code = search_term.strip().replace("-", "").lower()
            found |= queryset.filter(submission_id__startswith=code)
        return found, may_have_duplicates

    @admin.display(description=gettext_lazy("tip"))
    def excerpt(self, tip):
        return str(tip)

    @admin.display(description=gettext_lazy("from"))
    def sender(self, tip):
        if tip.personal_data_erased_at:
            return _("(erased)")
        return tip.name or tip.email or tip.phone or _("(anonymous)")

    @admin.display(description=gettext_lazy("photo"), boolean=True)
    def has_photo(self, tip):
        return bool(tip.photo)

    @admin.display(description=gettext_lazy("message"))
    def message_text(self, tip):
        # The filter escapes the resident's text once and marks its own <p> and <br> as
        # safe; escaping it again here would show those tags as text.
        message = linebreaks_filter(tip.message, autoescape=True)
        return format_html('<div class="tip-message">{}</div>', message)

    @admin.display(description=gettext_lazy("email"))
    def email_link(self, tip):
        if not tip.email:
            return "–"
        subject = _("Your tip to %(site)s") % {"site": self.admin_site.site_header}
        return format_html(
            '<a href="mailto:{}?{}">{}</a>',
            tip.email,
            urlencode({"subject": subject}).replace("+", "%20"),
            _("Answer %(email)s by email") % {"email": tip.email},
        )

    @admin.display(description=gettext_lazy("photo"))
    def photo_preview(self, tip):
        if not tip.photo:
            return "–"
        url = reverse("admin:tips_tip_photo", args=[tip.pk])
        return format_html(
            '<a href="{}"><img src="{}" alt="{}" width="320" class="tip-photo"></a>',
            url,
            url,
            _("The photo the resident sent"),
        )

    def save_model(self, request, obj, form, change):
        if "state" in form.changed_data and obj.state != Tip.State.NEW and not obj.handled_by:
            obj.handled_by = request.user
        super().save_model(request, obj, form, change)

    # The photo is private: staff see it through the admin, nobody through a public URL.
    def get_urls(self):
        return [
            path(
                "<int:tip_id>/photo/",
                self.admin_site.admin_view(self.photo_view),
                name="tips_tip_photo",
            ),
            *super().get_urls(),
        ]

    def photo_view(self, request, tip_id):
        tip = get_object_or_404(Tip, pk=tip_id)
        if not self.has_view_permission(request, tip) or not tip.photo:
            raise Http404
        # Read through the private storage (disk or bucket) and streamed: no URL of its own.
        try:
            photo = tip.photo.storage.open(tip.photo.name, "rb")
        except FileNotFoundError:
            raise Http404 from None
        response = FileResponse(photo, content_type=_content_type(tip.photo.name))
        response["Cache-Control"] = "private, no-store"
        return response

    # A tip becomes a status update: a draft the process leader checks and publishes.
    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_make_update"] = bool(
            obj and obj.project_id and request.user.has_perm("updates.add_statusupdate")
        )
        if obj and request.user.has_perm("updates.view_statusupdate"):
            context["updates_from_tip"] = obj.status_updates.order_by("-created_at")
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        if "_make_update" in request.POST and request.user.has_perm("updates.add_statusupdate"):
            if not obj.project_id:
                self.message_user(request, _("Choose the tip's project first."), messages.ERROR)
                return redirect(request.path)
            update = make_status_update(obj, request.user)
            if update.images.exists():
                advice = _(
                    "A draft status update was made from the tip. Check the text, describe "
                    "what the photo shows, tick Published and save: you come back to the tip."
                )
            else:
                advice = _(
                    "A draft status update was made from the tip. Check the text, tick "
                    "Published and save: you come back to the tip."
                )
            self.message_user(request, advice, messages.SUCCESS)
            return redirect(reverse("admin:updates_statusupdate_change", args=[update.pk]))
        return super().response_change(request, obj)

    @admin.action(description=gettext_lazy("Mark as in progress"), permissions=["change"])
    def mark_in_progress(self, request, queryset):
        count = queryset.filter(state=Tip.State.NEW).update(
            state=Tip.State.IN_PROGRESS, handled_by=request.user
        )
        self.message_user(request, ngettext("%d tip marked.", "%d tips marked.", count) % count)

    @admin.action(description=gettext_lazy("Reject as spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        for tip in queryset:
            tip.state = Tip.State.SPAM
            tip.handled_by = tip.handled_by or request.user
            tip.save()
        count = len(queryset)
        self.message_user(request, ngettext("%d tip rejected.", "%d tips rejected.", count) % count)

    @admin.action(
        description=gettext_lazy("Export the personal data of the selected tips"),
        permissions=["view"],
    )
    def export_personal_data(self, request, queryset):
        data = {
            "exported": timezone.now().isoformat(),
            "tips": [tip.personal_data() for tip in queryset.select_related("project")],
        }
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
        return response

    @admin.action(
        description=gettext_lazy("Erase the personal data of the selected tips"),
        permissions=["change"],
    )
    def erase_personal_data(self, request, queryset):
        if request.POST.get("confirmed") != "yes":
            return TemplateResponse(
                request,
                "admin/tips/tip/erase_confirmation.html",
                {
                    **self.admin_site.each_context(request),
                    "title": _("Erase personal data?"),
                    "tips": queryset,
                    "opts": self.model._meta,
                    "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                },
            )
        count = 0
        for tip in queryset:
            tip.erase_personal_data()
            count += 1
        self.message_user(
            request,
            ngettext(
                "The personal data of %d tip was erased.",
                "The personal data of %d tips was erased.",
                count,
            )
            % count,
            messages.SUCCESS,
        )
        return None


def _content_type(name):
    return "image/png" if name.lower().endswith(".png") else "image/jpeg"


def make_status_update(tip, user):
    """A draft update of the tip's project, with the photo if the resident allowed it.

    The photo comes without a description: only the process leader, looking at it, can
    write one, and the update form asks for it before the update is saved again.
    """
    update = StatusUpdate.objects.create(
        project=tip.project,
        title=_("Reported by a resident"),
        body=linebreaks(tip.message, autoescape=True),
        is_published=False,
        is_resident_report=True,
        source_tip=tip,
    )
    if tip.photo and tip.photo_may_be_published:
        with tip.photo.open("rb") as photo:
            picture = ContentFile(photo.read(), name=tip.photo.name.rsplit("/", 1)[-1])
        StatusUpdateImage.objects.create(
            update=update,
            image=picture,
            alt_text="",
            credit=_("Resident"),
        )
    if tip.state == Tip.State.NEW:
        tip.state = Tip.State.IN_PROGRESS
    tip.handled_by = tip.handled_by or user
    tip.save()
    return update
