"""The weekly email in admin: its day and hour for the whole site (a process leader's
job), and My reminders, where each staff user turns it on or off for themselves."""

from functools import partial

from django.conf import settings
from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext_lazy as _

from config.one_record import OneRecordAdmin

from .models import DigestPreference, DigestSchedule
from .views import my_reminders, unsubscribe


@admin.register(DigestSchedule)
class DigestScheduleAdmin(OneRecordAdmin, admin.ModelAdmin):
    """One record, edited but never added or removed: the list page goes straight to it."""

    fields = ["is_enabled", "weekday", "hour"]

    def get_fieldsets(self, request, obj=None):
        description = _(
            "Every process leader gets an email on this day and hour listing their projects "
            "without a status update for %(days)s days or more, with a link to post one for "
            "each. Nothing is sent to someone with no such project."
        ) % {"days": settings.STALE_AFTER_DAYS}
        return [(None, {"fields": self.fields, "description": description})]


@admin.register(DigestPreference)
class DigestPreferenceAdmin(admin.ModelAdmin):
    """Not a list of everyone's choices: one page, My reminders, where every staff user
    sees and sets their own; and the way out the emails link to."""

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request) and (
            obj is None or obj.user_id == request.user.pk
        )

    def has_change_permission(self, request, obj=None):
        return self.has_view_permission(request, obj)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        site = self.admin_site
        return [
            # Named as the list page, so the admin's index links My reminders.
            path(
                "",
                site.admin_view(partial(my_reminders, site=site)),
                name="nudges_digestpreference_changelist",
            ),
            # No login: the link in each email is the key (see views.py).
            path("stop/<str:token>/", partial(unsubscribe, site=site), name="nudges_unsubscribe"),
        ]
