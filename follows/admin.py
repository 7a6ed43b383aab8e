"""Followers in the admin, and how many follow each project, area and target area.

Addresses are personal data: only users with the permission to view followers
(follows.view_follower; the Process leader group does not have it) see the list, where
they answer a resident's request to see (export) or erase what is kept about them, as
for tips. Everyone who edits projects, areas and target areas sees the number of
confirmed followers of each, never who they are.
"""

import json

from django.contrib import admin, messages
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .models import Follow, Follower


class FollowerCountMixin:
    """A "followers" column for the admin list of projects, areas or target areas: how
    many confirmed followers follow each, counted in the list's own query (a subquery, so
    the number of queries stays the same however many rows). Set follower_count_of to
    the Follow field ("project", "area" or "theme") and add "follower_count" to
    list_display."""

    follower_count_of = "project"

    def get_queryset(self, request):
        counted = Follow.objects.confirmed_count_of(self.follower_count_of)
        return super().get_queryset(request).annotate(confirmed_follower_count=counted)

    @admin.display(
        description=gettext_lazy("followers by email"), ordering="confirmed_follower_count"
    )
    def follower_count(self, obj):
        return getattr(obj, "confirmed_follower_count", 0)


class ConfirmedFilter(admin.SimpleListFilter):
    title = gettext_lazy("confirmed")
    parameter_name = "confirmed"

    def lookups(self, request, model_admin):
        return [("yes", _("Confirmed")), ("no", _("Not confirmed yet"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.confirmed()
        if self.value() == "no":
            return queryset.filter(confirmed_at__isnull=True)
        return queryset


class FollowInline(admin.TabularInline):
    model = Follow
    fields = ["followed", "created_at", "confirmed_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = gettext_lazy("follows")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("project", "area", "theme")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("follows"))
    def followed(self, follow):
        return str(follow)


@admin.register(Follower)
class FollowerAdmin(admin.ModelAdmin):
    """Read only: residents sign up, change and stop on their own page. The admin finds an
    address to export or erase what is kept about it."""

    list_display = ["email", "frequency", "is_confirmed", "follow_count", "created_at"]
    list_filter = [ConfirmedFilter, "frequency"]
    search_fields = ["email"]
    fields = ["email", "frequency", "created_at", "confirmed_at", "last_mailed_at"]
    readonly_fields = fields
    inlines = [FollowInline]
    actions = ["export_personal_data", "erase_personal_data"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_follow_count()

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        # Erasing is the one way to delete, with its own confirmation page.
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)
        return actions

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("confirmed"), boolean=True, ordering="confirmed_at")
    def is_confirmed(self, follower):
        return follower.confirmed_at is not None

    @admin.display(description=gettext_lazy("follows"), ordering="follow_count")
    def follow_count(self, follower):
        return follower.follow_count

    @admin.action(
        description=gettext_lazy("Export what is kept about the selected addresses"),
        permissions=["view"],
    )
    def export_personal_data(self, request, queryset):
        data = {
            "exported": timezone.now().isoformat(),
            "followers": [follower.personal_data() for follower in queryset],
        }
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="follower-data.json"'
        response["Cache-Control"] = "private, no-store"
        return response

    @admin.action(
        description=gettext_lazy("Erase the selected addresses and what they follow"),
        permissions=["delete"],
    )
    def erase_personal_data(self, request, queryset):
        if request.POST.get("confirmed") != "yes":
            return TemplateResponse(
                request,
                "admin/follows/follower/erase_confirmation.html",
                {
                    **self.admin_site.each_context(request),
                    "title": _("Erase these addresses?"),
                    "followers": queryset,
                    "opts": self.model._meta,
                    "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                },
            )
        count = queryset.count()
        self.delete_queryset(request, queryset)  # their follows, notices and mailings too
        self.message_user(
            request,
            ngettext(
                "%d address and everything it followed was erased.",
                "%d addresses and everything they followed were erased.",
                count,
            )
            % count,
            messages.SUCCESS,
        )
        return None
