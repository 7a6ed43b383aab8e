"""'No change: still on track' for many projects at once (issue 16).

The process leader ticks quiet projects, on the project list or on the start page, and
chooses the action. A page then lists them, each with its own short text (prefilled) and
a box to leave it out, and one date for all. Confirmed, each project gets a published
status update that leaves its status and progress as they are, so residents see the
project is alive and it leaves the stale list.

Rules:
- All or nothing: the updates are saved in one transaction, each with save(), so the
  page cache renews and the history keeps who posted them (history.record).
- A wrong field (an empty text, a bad date) is shown next to that field, and every text
  typed stays as it was.
- From the start page, the process leader lands back on the start page.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IS_POPUP_VAR, ActionLocation
from django.contrib.admin.widgets import AdminSplitDateTime
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import linebreaks
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from history import record
from updates.models import StatusUpdate

# Each project on the page sends a few fields; Django takes 1,000 fields per request
# (DATA_UPLOAD_MAX_NUMBER_FIELDS), so a page holds this many projects at most.
MOST_AT_ONCE = 200


class StillOnTrackDateForm(forms.Form):
    published_at = forms.SplitDateTimeField(
        label=gettext_lazy("when"),
        widget=AdminSplitDateTime,
        help_text=gettext_lazy(
            "Residents see the updates from this time. A future time schedules them."
        ),
    )


class StillOnTrackTextForm(forms.Form):
    """The text of one project's update; the project is known from the form's prefix."""

    text = forms.CharField(
        label=gettext_lazy("Text"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}),
        error_messages={
            "required": gettext_lazy("Write a few words for residents, or leave the project out.")
        },
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, prefix=f"project-{project.pk}", **kwargs)
        self.project = project
        self.fields["text"].initial = _("No change: still on track.")

    def status_update(self, published_at):
        """The update to post, unsaved: no new status or progress, so both stay."""
        return StatusUpdate(
            project=self.project,
            title=_("Still on track"),
            body=linebreaks(self.cleaned_data["text"], autoescape=True),
            published_at=published_at,
            is_published=True,
        )


class StillOnTrackMixin:
    """A ModelAdmin for projects gets the action "Post “No change: still on track”"."""

    still_on_track_template = "admin/projects/still_on_track.html"

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        # Added here rather than in `actions`, which another mixin of the admin may set.
        actions = super().get_actions(request, action_location)
        enabled = self.actions is not None and IS_POPUP_VAR not in request.GET
        if enabled and self.has_post_status_update_permission(request):
            action = self.get_action("post_still_on_track", action_location)
            if action:
                actions.setdefault(action.name, action)
        return actions

    def has_post_status_update_permission(self, request):
        return request.user.has_perm("updates.add_statusupdate")

    @admin.action(
        description=gettext_lazy("Post “No change: still on track”"),
        permissions=["post_status_update"],
    )
    def post_still_on_track(self, request, queryset):
        projects = list(queryset.order_by("last_activity_at", "pk")[: MOST_AT_ONCE + 1])
        if len(projects) > MOST_AT_ONCE:
            self.message_user(
                request,
                _("Choose at most %(count)d projects at a time.") % {"count": MOST_AT_ONCE},
                messages.ERROR,
            )
            return None
        data = request.POST if "confirmed" in request.POST else None
        date_form = StillOnTrackDateForm(
            data, initial={"published_at": timezone.now().replace(microsecond=0)}
        )
        text_forms = [StillOnTrackTextForm(data, project=project) for project in projects]
        # Every form is validated, so each error is shown at once, not one at a time.
        if data is not None and all([date_form.is_valid(), *[f.is_valid() for f in text_forms]]):
            posted = self.post_updates(request, date_form.cleaned_data["published_at"], text_forms)
            self.message_user(
                request,
                ngettext(
                    "Posted “No change: still on track” for %(count)d project.",
                    "Posted “No change: still on track” for %(count)d projects.",
                    posted,
                )
                % {"count": posted},
                messages.SUCCESS,
            )
            return self.back_where_it_began(request)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Post “No change: still on track”"),
            "opts": self.opts,
            "date_form": date_form,
            "text_forms": text_forms,
            "has_errors": any(form.errors for form in [date_form, *text_forms]),
            "media": self.media + date_form.media,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "next": self.safe_next(request) or "",
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.still_on_track_template, context)

    def post_updates(self, request, published_at, text_forms):
        comment = _("Still on track: posted for several projects at once")
        with transaction.atomic(), record(request.user, comment):
            for form in text_forms:
                form.status_update(published_at).save()
        return len(text_forms)

    def safe_next(self, request):
        """Where the action was started, if it is a page of this site (the start page)."""
        next_url = request.POST.get("next", "")
        allowed = url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        return next_url if allowed else None

    def back_where_it_began(self, request):
        next_url = self.safe_next(request)
        # None makes the change list show itself again, as after any action.
        return HttpResponseRedirect(next_url) if next_url else None
