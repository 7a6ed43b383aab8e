"""Who changed what and when, on every object of public content, with undo (issue 16).

HistoryAdminMixin is part of every admin of public content (projects/translated_admin.py):
- every add, change, delete, list edit and action through it is kept as one change, by
  the user, with the admin's own log message as its comment;
- the object's History page lists each kept change, newest first: when, who, and what it
  altered (fields old → new, rich text as the words around each edit, parts such as
  pictures added, removed or changed);
- beside each change, "Undo this change" (for users who may change the object) puts back
  what that change altered; history/changes.py says when it is refused and why.

The list "All changes" (History > All changes) answers who published what, site-wide.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.admin.views.main import PAGE_VAR
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion import revisions
from reversion.models import Version

from . import record
from .changes import judge_undo, read_changes, related_names, shown_value, the_change, versions_of
from .models import KeptChange
from .undo import UndoRefused, undo

CHANGES_PER_PAGE = 50


class HistoryAdminMixin:
    object_history_template = "admin/history/object_history.html"

    # Keeping changes.

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        with record(request.user):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        # A POST is a list edit or an action: what it saves is one change.
        if request.method != "POST":
            return super().changelist_view(request, extra_context)
        with record(request.user):
            return super().changelist_view(request, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        # Parts deleted with their owner leave nothing to keep; a deleted part alone keeps
        # its owner as it is after (history/registry.py).
        if request.method != "POST":
            return super().delete_view(request, object_id, extra_context)
        with record(request.user):
            return super().delete_view(request, object_id, extra_context)

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        keep_as_comment(entry)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        keep_as_comment(entry)
        return entry

    # Showing and undoing changes.

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/history/<int:version_id>/undo/",
                self.admin_site.admin_view(self.undo_view),
                name="{}_{}_undo".format(*info),
            ),
            *super().get_urls(),
        ]

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        paginator = self.get_paginator(request, versions_of(obj), CHANGES_PER_PAGE)
        page = paginator.get_page(request.GET.get(PAGE_VAR))
        versions = list(page.object_list)
        # The version before the oldest on the page, to tell what the oldest changed.
        older = versions_of(obj).filter(pk__lt=versions[-1].pk).first() if versions else None
        changes = read_changes(obj, versions, older)
        judge_undo(obj, changes)
        describe(changes)
        may_undo = self.has_change_permission(request, obj)
        for change in changes:
            change.undo_url = (
                reverse(
                    f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_undo",
                    args=[quote(obj.pk), change.version.pk],
                )
                if may_undo
                else ""
            )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Change history: %s") % obj,
            "subtitle": None,
            "changes": changes,
            "page_obj": page,
            "page_range": paginator.get_elided_page_range(page.number),
            "page_var": PAGE_VAR,
            "pagination_required": paginator.num_pages > 1,
            "may_undo": may_undo,
            "module_name": str(capfirst(self.opts.verbose_name_plural)),
            "object": obj,
            "opts": self.opts,
            "preserved_filters": self.get_preserved_filters(request),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_template, context)

    def undo_view(self, request, object_id, version_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(versions_of(obj), pk=version_id)
        history_url = reverse(
            f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_history",
            args=[quote(obj.pk)],
        )
        change = the_change(obj, version)
        if change.blockers:
            messages.error(
                request, " ".join([_("This change cannot be undone."), *change.blockers])
            )
            return redirect(history_url)
        note = _("Undid the change of %(when)s by %(who)s") % {
            "when": change.when,
            "who": change.who,
        }
        try:
            with transaction.atomic(), record(request.user, note):
                undo(change, obj)
                self.log_change(request, obj, note)
        except UndoRefused as refused:
            messages.error(request, " ".join([_("This change cannot be undone."), str(refused)]))
            return redirect(history_url)
        except IntegrityError:
            messages.error(
                request,
                _(
                    "This change cannot be undone: what it would put back clashes with "
                    "something changed since (for example a name or address used twice)."
                ),
            )
            return redirect(history_url)
        messages.success(request, _("Done. %(note)s.") % {"note": note})
        return redirect(history_url)


def keep_as_comment(entry):
    """The admin's log message, unless the change already has a comment in words."""
    if revisions.is_active() and not revisions.get_comment():
        revisions.set_comment(entry.change_message)


def describe(changes):
    """Each field change's old and new value as words, related rows by their names."""
    names = related_names(changes)
    for change in changes:
        for changed in [
            *change.fields,
            *(part_field for part in change.parts for part_field in part.fields),
        ]:
            changed.old_shown = shown_value(changed.model_field, changed.old, names)
            changed.new_shown = shown_value(changed.model_field, changed.new, names)


@admin.register(KeptChange)
class KeptChangeAdmin(admin.ModelAdmin):
    """All kept changes, site-wide: who published what, and when."""

    list_display = ["date_created", "who", "what"]
    list_filter = [("user", admin.RelatedOnlyFieldListFilter)]
    date_hierarchy = "date_created"
    search_fields = ["comment", "version__object_repr", "user__username", "user__first_name"]
    list_select_related = ["user"]
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("version_set", queryset=Version.objects.select_related("content_type"))
            )
        )

    def get_search_results(self, request, queryset, search_term):
        queryset, _may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("who"), ordering="user__username")
    def who(self, revision):
        if revision.user is None:
            return _("the system")
        return revision.user.get_full_name() or revision.user.get_username()

    @admin.display(description=gettext_lazy("what was changed"))
    def what(self, revision):
        """Links to the history of each object the change kept that has an admin page."""
        links = []
        for version in revision.version_set.all():
            model = version.content_type.model_class()
            if model is None or model not in admin.site._registry:
                continue  # a part, shown in its owner's history
            try:
                url = reverse(
                    f"admin:{model._meta.app_label}_{model._meta.model_name}_history",
                    args=[quote(version.object_id)],
                )
            except NoReverseMatch:
                continue
            links.append((url, capfirst(model._meta.verbose_name), version.object_repr))
        return format_html_join(", ", '<a href="{}">{}: {}</a>', links) or format_html("{}", "–")
