"""Settings kept as one database record (the site's settings, the weekly email's schedule):
the record is edited in the admin but never added or removed, and until first saved it is
its defaults."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse


class OneRecordAdmin:
    """For a ModelAdmin of a model with a classmethod load() returning the record (pk 1):
    the list page goes straight to it."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_object(self, request, object_id, from_field=None):
        # Until first saved, the one record is edited from its defaults.
        if str(object_id) == "1":
            return self.model.load()
        return None

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        opts = self.model._meta
        return redirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[1]))
